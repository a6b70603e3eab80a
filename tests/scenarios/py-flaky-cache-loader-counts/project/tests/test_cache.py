from store.cache import ReadThrough

loads = {}


def fake_loader(key: str) -> str:
    loads[key] = loads.get(key, 0) + 1
    return key.upper()


def test_invalidate_reloads():
    cache = ReadThrough(fake_loader)
    cache.get("a")
    cache.invalidate("a")
    assert cache.get("a") == "A"
    assert loads["a"] == 2


def test_second_get_is_cached():
    cache = ReadThrough(fake_loader)
    cache.get("a")
    cache.get("a")
    assert loads == {"a": 1}
