import pytest

from jobs.queue import JobQueue


@pytest.mark.timeout(1)
def test_drain_returns_once_everything_is_acked():
    q = JobQueue()
    ids = [q.push("a"), q.push("b")]
    for job_id in ids:
        q.ack(job_id)
    assert q.drain() == 0
