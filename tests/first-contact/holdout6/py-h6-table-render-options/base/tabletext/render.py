"""Render rows of dicts as a fixed-width plain-text table."""
from __future__ import annotations

from typing import Any


def _cell(value: Any, width: int, align: str) -> str:
    text = f"{value:.2f}" if isinstance(value, float) else str(value)
    if len(text) > width:
        text = text[: width - 1] + "~"
    return text.rjust(width) if align == "right" else text.ljust(width)


def render_table(
    rows: list[dict[str, Any]],
    columns: list[str],
    width: int = 12,
    align: str = "left",
    total: str | None = None,
) -> str:
    """Render ``rows`` as text, one line per row, columns separated by ' | '.

    width: characters per column (longer values are cut and end with '~').
    align: "left" or "right".
    total: name of a numeric column to sum in a final "TOTAL" line.
    """
    if align not in ("left", "right"):
        raise ValueError(f"align must be 'left' or 'right', not {align!r}")
    lines = [" | ".join(_cell(c.upper(), width, align) for c in columns)]
    lines.append("-+-".join("-" * width for _ in columns))
    for row in rows:
        lines.append(" | ".join(_cell(row.get(c, ""), width, align) for c in columns))
    if total is not None:
        summed = sum(row.get(total, 0) for row in rows)
        cells = ["TOTAL" if i == 0 else (summed if c == total else "") for i, c in enumerate(columns)]
        lines.append(" | ".join(_cell(v, width, align) for v in cells))
    return "\n".join(line.rstrip() for line in lines)
