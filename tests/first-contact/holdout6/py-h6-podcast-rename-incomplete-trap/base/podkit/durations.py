"""Episode durations."""
from __future__ import annotations


def format_duration(seconds: int) -> str:
    """itunes:duration text: "H:MM:SS", or "M:SS" under an hour."""
    if seconds < 0:
        raise ValueError("duration cannot be negative")
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def parse_duration(text: str) -> int:
    """Seconds from "H:MM:SS", "M:SS" or plain seconds."""
    total = 0
    for part in text.split(":"):
        total = total * 60 + int(part)
    return total
