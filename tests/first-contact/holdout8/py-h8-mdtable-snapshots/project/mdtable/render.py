"""Markdown table rendering."""
from __future__ import annotations

from collections.abc import Sequence



def _fmt(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value).replace("|", "\\|").replace("\n", " ")


def _cell(text: str, width: int, align: str | None) -> str:
    if align == "right":
        return text.rjust(width)
    if align == "center":
        return text.center(width)
    return text.ljust(width)


def _marker(width: int, align: str | None) -> str:
    """Delimiter cell as wide as its column, e.g. ``:-----`` for a left column."""
    if align == "left":
        return ":" + "-" * (width - 1)
    if align == "right":
        return "-" * (width - 1) + ":"
    if align == "center":
        return ":" + "-" * (width - 2) + ":"
    return "-" * width


def _delimiter(widths: list[int], align: Sequence[str | None]) -> str:
    return "| " + " | ".join(_marker(w, a) for w, a in zip(widths, align)) + " |"


def render(headers: Sequence[str], rows: Sequence[Sequence[object]],
           align: Sequence[str | None] | None = None) -> str:
    """Render ``rows`` under ``headers`` as a Markdown table.

    ``align`` holds "left", "right", "center" or None per column. Cells are padded
    so the source lines up; numbers get thousands separators.
    """
    ncols = len(headers)
    align = list(align) if align is not None else [None] * ncols
    if len(align) != ncols:
        raise ValueError(f"align has {len(align)} entries for {ncols} columns")
    table = [[_fmt(h) for h in headers]]
    for i, row in enumerate(rows):
        if len(row) != ncols:
            raise ValueError(f"row {i} has {len(row)} cells, expected {ncols}")
        table.append([_fmt(c) for c in row])
    widths = [max(3, *(len(r[c]) for r in table)) for c in range(ncols)]
    lines = ["| " + " | ".join(_cell(t, w, a) for t, w, a in zip(r, widths, align)) + " |" for r in table]
    lines.insert(1, _delimiter(widths, align))
    return "\n".join(lines) + "\n"
