"""Roman numerals for chapter headings."""
from __future__ import annotations

SYMBOLS: list[tuple[int, str]] = [
    (1000, "M"),
    (500, "D"),
    (100, "C"),
    (50, "L"),
    (10, "X"),
    (5, "V"),
    (1, "I"),
]


def to_roman(number: int) -> str:
    """Standard Roman numeral with subtractive notation (4 -> IV, 90 -> XC), 1..3999."""
    if not 1 <= number <= 3999:
        raise ValueError("roman numerals cover 1..3999")
    parts: list[str] = []
    for value, symbol in SYMBOLS:
        count, number = divmod(number, value)
        parts.append(symbol * count)
    return "".join(parts)
