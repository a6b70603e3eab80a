"""Greedy word wrapping for plain-text e-mails."""
from __future__ import annotations


def wrap(text: str, width: int = 72, hanging: int = 0) -> list[str]:
    """Split ``text`` into lines of at most ``width`` characters.

    Words longer than the available width are put on a line of their own,
    unbroken. Runs of whitespace collapse to one space. With ``hanging`` > 0,
    every line after the first is indented by that many spaces (the indent
    counts towards ``width``), as for bullet points and footnotes.
    """
    if width < 1:
        raise ValueError("width must be at least 1")
    if not 0 <= hanging < width:
        raise ValueError("hanging indent must be between 0 and width - 1")
    lines: list[str] = []
    current = ""
    room = width
    for word in text.split():
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= room:
            current += " " + word
        else:
            lines.append(current)
            current = word
            room = width - hanging
    if current:
        lines.append(current)
    pad = " " * hanging
    return lines[:1] + [pad + line for line in lines[1:]]
