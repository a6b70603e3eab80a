"""Episode durations: seconds <-> the text shown in the feed."""

from __future__ import annotations


def format_duration(seconds: int) -> str:
    """Clock-style duration as podcast apps display it: '1:02:05', '4:10', '0:45'.

    Hours are only shown when there are any; minutes are never padded when
    they lead, seconds always are. The same text is written to
    <itunes:duration>, which accepts H:MM:SS and M:SS.
    """
    if seconds < 0:
        raise ValueError("duration cannot be negative")
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


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
