"""Compute thumbnail sizes."""
from __future__ import annotations


def fit_box(width: int, height: int, box: int, keep_ratio: bool) -> tuple[int, int]:
    """Size of an image scaled to fit a ``box`` x ``box`` square.

    With keep_ratio the longer side becomes ``box`` and the other side is scaled
    proportionally (at least 1 px); without it the image is stretched to the box.
    Images already inside the box are not enlarged.
    """
    if width <= 0 or height <= 0:
        raise ValueError("image has no pixels")
    if width <= box and height <= box:
        return width, height
    if not keep_ratio:
        return box, box
    scale = box / max(width, height)
    return max(1, round(width * scale)), max(1, round(height * scale))
