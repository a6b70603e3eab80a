"""Shop settings: a profile chosen by APP_ENV, overridden by SHOP_* variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import Mapping


class MissingSetting(RuntimeError):
    """A setting the chosen profile cannot run without is not set."""


@dataclass(frozen=True)
class Settings:
    debug: bool
    database_url: str
    page_size: int


#: APP_ENV -> profile. Production has no database default on purpose: a
#: production server silently writing to a local SQLite file lost orders once.
PROFILES: dict[str, Settings] = {
    "development": Settings(debug=True, database_url="sqlite:///shop.db", page_size=20),
    "production": Settings(debug=False, database_url="", page_size=50),
}


def _flag(text: str) -> bool:
    return text.strip().lower() in {"1", "true", "yes", "on"}


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """The APP_ENV profile (development when unset) with SHOP_DEBUG / DATABASE_URL / SHOP_PAGE_SIZE applied."""
    env = os.environ if environ is None else environ
    name = env.get("APP_ENV", "development")
    try:
        profile = PROFILES[name]
    except KeyError:
        raise ValueError(f"unknown APP_ENV {name!r}; expected one of {sorted(PROFILES)}") from None
    settings = replace(
        profile,
        debug=_flag(env["SHOP_DEBUG"]) if "SHOP_DEBUG" in env else profile.debug,
        database_url=env.get("DATABASE_URL", profile.database_url),
        page_size=int(env.get("SHOP_PAGE_SIZE", profile.page_size)),
    )
    if not settings.database_url:
        raise MissingSetting(f"DATABASE_URL must be set when APP_ENV={name}")
    return settings
