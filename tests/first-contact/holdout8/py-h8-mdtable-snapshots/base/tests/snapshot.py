"""Tiny snapshot helper: compare text with tests/__snapshots__/<name>.md.

Run with UPDATE_SNAPSHOTS=1 to (re)write the files instead of comparing.
"""
import os
from pathlib import Path

SNAPSHOT_DIR = Path(__file__).parent / "__snapshots__"


def assert_snapshot(name: str, text: str) -> None:
    path = SNAPSHOT_DIR / f"{name}.md"
    if os.environ.get("UPDATE_SNAPSHOTS") == "1" or not path.exists():
        path.write_text(text, encoding="utf-8")
        return
    expected = path.read_text(encoding="utf-8")
    assert text == expected, f"snapshot {name!r} differs:\n--- expected\n{expected}--- got\n{text}"
