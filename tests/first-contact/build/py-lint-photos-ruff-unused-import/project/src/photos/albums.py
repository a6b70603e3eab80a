"""Groups photo files into albums by the date in their file name."""
from __future__ import annotations

import os
from collections import defaultdict
from pathlib import PurePosixPath


def album_for(filename: str) -> str:
    """IMG_20240612_101500.jpg -> "2024-06"; files without a date go to "undated"."""
    stem = PurePosixPath(filename).stem
    parts = stem.split("_")
    if len(parts) >= 2 and len(parts[1]) == 8 and parts[1].isdigit():
        return f"{parts[1][:4]}-{parts[1][4:6]}"
    return "undated"


def group(filenames: list[str]) -> dict[str, list[str]]:
    """Album name -> sorted file names."""
    albums: dict[str, list[str]] = defaultdict(list)
    for name in filenames:
        albums[album_for(name)].append(name)
    return {k: sorted(v) for k, v in sorted(albums.items())}
