"""Human-readable durations for the public status page."""
from __future__ import annotations


def format_duration(seconds: int) -> str:
    """Format an outage length the way the status page shows it.

    Minutes and seconds are always two digits once a larger unit is shown,
    so incident rows line up::

        >>> format_duration(45)
        '45s'
        >>> format_duration(3900)
        '1h 05m'
        >>> format_duration(125)
        '2m 05s'
    """
    if seconds < 0:
        raise ValueError("duration cannot be negative")
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h {minutes}m"
    if minutes:
        return f"{minutes}m {secs:02d}s"
    return f"{secs}s"


def uptime_percent(total_s: int, down_s: int) -> str:
    """Uptime over a period, with three decimals, e.g. ``'99.931%'``."""
    if total_s <= 0:
        raise ValueError("period must be positive")
    return f"{100 * (total_s - down_s) / total_s:.3f}%"
