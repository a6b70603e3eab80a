import pytest

from tabletext import render_table

ROWS = [
    {"item": "apples", "qty": 3, "price": 1.2},
    {"item": "blueberries", "qty": 12, "price": 4.5},
]


class TestLayout:
    def test_default_width_left_aligned(self):
        out = render_table(ROWS[:1], ["item", "qty"])
        assert out.splitlines() == [
            "ITEM         | QTY",
            "-------------+-------------",
            "apples       | 3",
        ]

    def test_narrow_columns_cut_long_values(self):
        out = render_table(ROWS, ["item"], 6)
        assert out.splitlines()[-1] == "blueb~"

    def test_right_aligned(self):
        out = render_table(ROWS, ["item", "price"], 12, "right")
        assert out.splitlines()[2] == "      apples |         1.20"


class TestTotals:
    def test_total_line(self):
        out = render_table(ROWS, ["item", "qty"], 8, "right", "qty")
        assert out.splitlines()[-1] == "   TOTAL |       15"

    def test_total_by_keyword(self):
        out = render_table(ROWS, ["item", "price"], width=8, total="price")
        assert out.splitlines()[-1] == "TOTAL    | 5.70"


def test_bad_alignment():
    with pytest.raises(ValueError, match="align must be 'left' or 'right'"):
        render_table(ROWS, ["item"], align="center")
