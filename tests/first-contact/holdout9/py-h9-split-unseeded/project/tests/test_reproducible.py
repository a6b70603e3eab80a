"""The experiment reports quote test-set ids, so a split must be repeatable."""
from holdout import split_rows


def test_same_split_twice(rows):
    first = split_rows(rows, 0.25)
    second = split_rows(rows, 0.25)
    assert first == second


def test_stratified_split_is_repeatable(rows):
    by_label = lambda r: r["label"]  # noqa: E731
    a = split_rows(rows, 0.2, label=by_label)
    b = split_rows(rows, 0.2, label=by_label)
    assert [r["id"] for r in a.test] == [r["id"] for r in b.test]


def test_different_fraction_differs(rows):
    assert split_rows(rows, 0.25) != split_rows(rows, 0.5)
