import pytest

from throttle import TokenBucket
from throttle.middleware import ClientThrottle


@pytest.fixture
def bucket(clock):
    return TokenBucket(3, 2.0, clock=clock)


def test_starts_full(bucket):
    assert [bucket.try_acquire() for _ in range(4)] == [True, True, True, False]


def test_refills_over_time(bucket, clock):
    for _ in range(3):
        bucket.try_acquire()
    clock.advance(0.5)
    assert bucket.try_acquire()
    assert not bucket.try_acquire()


def test_never_exceeds_capacity(bucket, clock):
    clock.advance(60)
    assert bucket.wait_time(3) == 0.0
    assert bucket.wait_time(4) == pytest.approx(0.5)


def test_rejects_bad_rate(clock):
    with pytest.raises(ValueError):
        TokenBucket(3, refill_per_sec=0, clock=clock)


def test_middleware_separates_clients():
    throttle = ClientThrottle()
    assert all(throttle.allow("a") for _ in range(20))
    assert not throttle.allow("a")
    assert throttle.allow("b")
