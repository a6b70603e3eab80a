import pytest

from jobs import JobQueue


def test_priorities_then_insertion_order():
    q = JobQueue(capacity=5)
    q.push("backup", priority=5)
    q.push("email")
    q.push("index", priority=5)
    assert q.drain() == ["backup", "index", "email"]


def test_full_queue_refuses():
    q = JobQueue(capacity=1)
    assert q.push("a")
        assert not q.push("b")
    assert len(q) == 1


def test_empty_pop():
    with pytest.raises(IndexError):
        JobQueue(capacity=1).pop()
