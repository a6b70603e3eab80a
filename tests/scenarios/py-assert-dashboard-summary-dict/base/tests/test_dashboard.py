import pytest

from dashboard import summarize


def test_summary():
    assert summarize([3, 4, 5]) == {"n": 3, "sum": 12}


def test_empty():
    with pytest.raises(ValueError):
        summarize([])
