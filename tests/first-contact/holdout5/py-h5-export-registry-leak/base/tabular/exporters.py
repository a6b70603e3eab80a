"""Export rows (lists of dicts) to text formats, looked up by name."""

from __future__ import annotations

import csv
import io
import json
from typing import Callable, Iterable

Rows = list[dict[str, object]]
Exporter = Callable[[Rows], str]


def to_csv(rows: Rows) -> str:
    if not rows:
        return ""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def to_json(rows: Rows) -> str:
    return json.dumps(rows, sort_keys=True)


_REGISTRY: dict[str, Exporter] = {"csv": to_csv, "json": to_json}


def available() -> list[str]:
    """Names of the formats that can be exported, sorted."""
    return sorted(_REGISTRY)


def export(rows: Iterable[dict[str, object]], fmt: str) -> str:
    try:
        exporter = _REGISTRY[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(available())}") from None
    return exporter(list(rows))
