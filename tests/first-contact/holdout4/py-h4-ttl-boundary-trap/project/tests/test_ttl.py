from memo import TTLCache


def test_fresh_entry_is_served(clock):
    cache = TTLCache(10, ttl=30, clock=clock)
    cache.set("a", 1)
    clock.now += 29.9
    assert cache.get("a") == 1


def test_expires_at_exactly_ttl(clock):
    cache = TTLCache(10, ttl=30, clock=clock)
    cache.set("a", 1)
    clock.now += 30
    assert cache.get("a") is None
    assert len(cache) == 0


def test_evicts_oldest_when_full(clock):
    cache = TTLCache(2, ttl=30, clock=clock)
    cache.set("a", 1)
    cache.set("b", 2)
    cache.set("c", 3)
    assert cache.get("a") is None
    assert (cache.get("b"), cache.get("c")) == (2, 3)
