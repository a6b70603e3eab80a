import pytest

from packing.slip import Item, item_line, render_slip
from slip_asserts import assert_slip_lines, expected_line


@pytest.fixture
def items():
    return [
        Item("TEA-GRN", "Green tea 100g", 3),
        Item("MUG-01", "Mug, blue", 2),
        Item("POT-XL", "Teapot 1.5l", 1),
    ]


def test_item_line():
    assert item_line(Item("MUG-01", "Mug, blue", 2)) == expected_line("MUG-01", 2, "Mug, blue")


def test_slip_lines_sorted_by_sku(items):
    assert_slip_lines(
        render_slip("A-1042", items),
        [("MUG-01", 2, "Mug, blue"), ("POT-XL", 1, "Teapot 1.5l"), ("TEA-GRN", 3, "Green tea 100g")],
    )


def test_slip_header_and_footer(items):
    lines = render_slip("A-1042", items).splitlines()
    assert lines[0] == "PACKING SLIP #A-1042"
    assert lines[-1] == "6 pieces in 3 lines"


def test_large_quantity():
    assert_slip_lines(render_slip("A-7", [Item("CUP-S", "Espresso cup", 120)]), [("CUP-S", 120, "Espresso cup")])


def test_empty_slip():
    with pytest.raises(ValueError, match="at least one item"):
        render_slip("A-1", [])
