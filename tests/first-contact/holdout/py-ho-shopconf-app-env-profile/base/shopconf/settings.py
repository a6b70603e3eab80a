"""Shop settings: defaults, overridden by SHOP_* environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Mapping


@dataclass(frozen=True)
class Settings:
    debug: bool
    database_url: str
    page_size: int


DEFAULTS = Settings(debug=True, database_url="sqlite:///shop.db", page_size=20)


def _flag(text: str) -> bool:
    return text.strip().lower() in {"1", "true", "yes", "on"}


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Settings from DEFAULTS with SHOP_DEBUG / DATABASE_URL / SHOP_PAGE_SIZE applied."""
    env = os.environ if environ is None else environ
    return Settings(
        debug=_flag(env["SHOP_DEBUG"]) if "SHOP_DEBUG" in env else DEFAULTS.debug,
        database_url=env.get("DATABASE_URL", DEFAULTS.database_url),
        page_size=int(env.get("SHOP_PAGE_SIZE", DEFAULTS.page_size)),
    )
