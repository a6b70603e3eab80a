"""Episode durations: seconds <-> the text shown in the feed."""

from __future__ import annotations


def format_duration(seconds: int) -> str:
    """Human-readable duration: '1h 02m 05s', '4m 10s', '45s'."""
    if seconds < 0:
        raise ValueError("duration cannot be negative")
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h {minutes:02d}m {secs:02d}s"
    if minutes:
        return f"{minutes}m {secs:02d}s"
    return f"{secs}s"


def parse_duration(text: str) -> int:
    """Seconds from 'HH:MM:SS', 'MM:SS' or a bare number of seconds.

    This is what other feeds put in <itunes:duration>, so all three appear
    in the wild.
    """
    parts = text.strip().split(":")
    if len(parts) > 3 or not all(p.isdigit() for p in parts):
        raise ValueError(f"bad duration: {text!r}")
    seconds = 0
    for part in parts:
        seconds = seconds * 60 + int(part)
    return seconds
