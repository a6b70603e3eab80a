import pytest

from reports.paging import footer, page_bounds, page_count


@pytest.mark.parametrize(
    "total, per_page, pages",
    [
        (0, 20, 0),
        (1, 20, 1),
        (19, 20, 1),
        (20, 20, 1),
        (21, 20, 2),
        (40, 20, 2),
        (45, 20, 3),
    ],
)
def test_page_count(total, per_page, pages):
    assert page_count(total, per_page) == pages


def test_last_page_bounds():
    assert page_bounds(3, 45, 20) == (40, 45)


def test_page_past_the_end_is_an_error():
    with pytest.raises(IndexError):
        page_bounds(3, 40, 20)


def test_footer_on_a_full_last_page():
    assert footer(2, 40, 20) == "Page 2 of 2 (21-40 of 40 rows)"


def test_per_page_must_be_positive():
    with pytest.raises(ValueError):
        page_count(10, 0)
