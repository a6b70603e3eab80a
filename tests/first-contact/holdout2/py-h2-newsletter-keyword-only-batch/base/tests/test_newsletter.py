import pytest

from newsletter import chunk_recipients


def test_batches_of_two():
    addrs = ["a@x.io", "b@x.io", "c@x.io"]
    assert list(chunk_recipients(addrs, 2)) == [["a@x.io", "b@x.io"], ["c@x.io"]]


def test_duplicates_are_sent_once():
    addrs = ["Ann@x.io", "ann@x.io ", "bo@x.io"]
    assert list(chunk_recipients(addrs, 10)) == [["ann@x.io", "bo@x.io"]]


def test_duplicates_kept_when_asked():
    addrs = ["ann@x.io", "ANN@x.io"]
    assert list(chunk_recipients(addrs, 10, False)) == [["ann@x.io", "ann@x.io"]]


def test_blank_entries_dropped():
    assert list(chunk_recipients(["", "  ", "c@x.io"])) == [["c@x.io"]]


def test_zero_batch_size_rejected():
    with pytest.raises(ValueError):
        list(chunk_recipients(["a@x.io"], 0))
