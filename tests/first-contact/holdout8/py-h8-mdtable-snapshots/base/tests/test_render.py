import pytest

from mdtable import render
from tests.snapshot import assert_snapshot

TEAMS = [
    ["infra", 3, 0.25],
    ["web", 12, 1.5],
    ["data | ml", 1204, None],
]


def test_weekly_report_table():
    assert_snapshot("weekly", render(["team", "open issues", "days/issue"], TEAMS, align=["left", "right", "right"]))


def test_default_alignment():
    assert_snapshot("plain", render(["key", "value"], [["a", "x"], ["bb", True]]))


def test_center_column():
    assert_snapshot("center", render(["status", "n"], [["ok", 7], ["failing", 2]], align=["center", None]))


def test_escapes_pipes_and_newlines():
    out = render(["note"], [["a|b\nc"]])
    assert "a\\|b c" in out


def test_row_length_checked():
    with pytest.raises(ValueError, match="row 1 has 1 cells, expected 2"):
        render(["a", "b"], [["x", "y"], ["z"]])


def test_align_length_checked():
    with pytest.raises(ValueError, match="align has 1 entries for 2 columns"):
        render(["a", "b"], [], align=["left"])
