"""File names and headers for CSV report exports."""
from __future__ import annotations

import re
from datetime import datetime

_UNSAFE = re.compile(r"[^a-z0-9_-]+")


def safe_name(report: str) -> str:
    """Lowercase report name with anything unsafe for a file name replaced by '-'."""
    return _UNSAFE.sub("-", report.lower()).strip("-")


def export_filename(report: str, at: datetime) -> str:
    """``<report>-<date>.csv`` for the export taken at ``at``."""
    return f"{safe_name(report)}-{at:%Y-%m-%d}.csv"
