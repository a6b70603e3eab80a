"""Greedy word wrapping for plain-text e-mails."""
from __future__ import annotations


def wrap(text: str, width: int = 72) -> list[str]:
    """Split ``text`` into lines of at most ``width`` characters.

    Words longer than ``width`` are put on a line of their own, unbroken.
    Runs of whitespace collapse to one space.
    """
    if width < 1:
        raise ValueError("width must be at least 1")
    lines: list[str] = []
    current = ""
    for word in text.split():
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += " " + word
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines
