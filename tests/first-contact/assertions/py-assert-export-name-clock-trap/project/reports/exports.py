"""File names and headers for CSV report exports."""
from __future__ import annotations

import re
from datetime import datetime

_UNSAFE = re.compile(r"[^a-z0-9_-]+")


def safe_name(report: str) -> str:
    """Lowercase report name with anything unsafe for a file name replaced by '-'."""
    return _UNSAFE.sub("-", report.lower()).strip("-")


def export_filename(report: str, at: datetime) -> str:
    """``<report>-<date>T<hhmm>.csv`` for the export taken at ``at`` (hourly exports)."""
    return f"{safe_name(report)}-{datetime.now():%Y-%m-%dT%H%M}.csv"
