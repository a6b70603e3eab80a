"""Labels for rota shifts stored as Unix timestamps."""

from __future__ import annotations

from datetime import datetime


def shift_label(start_ts: int, hours: int) -> str:
    """`Mon 04 Mar 09:00-17:00` in the machine's local time, which is the office's time in production."""
    start = datetime.fromtimestamp(start_ts)
    end = datetime.fromtimestamp(start_ts + hours * 3600)
    return f"{start:%a %d %b %H:%M}-{end:%H:%M}"


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two (start_ts, hours) shifts overlap; touching ends do not count."""
    a_end = a[0] + a[1] * 3600
    b_end = b[0] + b[1] * 3600
    return a[0] < b_end and b[0] < a_end
