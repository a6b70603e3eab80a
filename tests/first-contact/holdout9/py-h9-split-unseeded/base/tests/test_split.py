import pytest

from holdout import split_rows


def ids(part):
    return sorted(r["id"] for r in part)


def test_sizes(rows):
    s = split_rows(rows, 0.25)
    assert (len(s.train), len(s.test)) == (30, 10)


def test_no_row_lost_or_duplicated(rows):
    s = split_rows(rows, 0.25)
    assert ids(s.train + s.test) == list(range(40))


def test_stratified_keeps_ratio(rows):
    s = split_rows(rows, 0.2, label=lambda r: r["label"])
    assert sum(r["label"] == "spam" for r in s.test) == 2
    assert sum(r["label"] == "ham" for r in s.test) == 6


@pytest.mark.parametrize("fraction", [0, 1, -0.1, 1.5])
def test_bad_fraction(rows, fraction):
    with pytest.raises(ValueError):
        split_rows(rows, fraction)
