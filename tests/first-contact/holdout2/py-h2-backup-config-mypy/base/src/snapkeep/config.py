"""Reading the retention policy from TOML."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass


@dataclass(frozen=True)
class Retention:
    """How many snapshots to keep per period."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass(frozen=True)
class BackupConfig:
    source: str
    target: str
    retention: Retention


def load_config(text: str) -> BackupConfig:
    """Parse a ``snapkeep.toml`` document."""
    data = tomllib.loads(text)
    try:
        source = str(data["source"])
        target = str(data["target"])
    except KeyError as exc:
        raise ValueError(f"missing key: {exc.args[0]}") from None
    keep = data.get("keep", {})
    retention = Retention(**{k: int(v) for k, v in keep.items()})
    if min(retention.daily, retention.weekly, retention.monthly) < 0:
        raise ValueError("retention counts cannot be negative")
    return BackupConfig(source, target, retention)
