import pytest

from cachekit import DiskCache, cached, make_key


@pytest.fixture
def disk(tmp_path):
    return DiskCache(tmp_path / "cache", clock=lambda: 5000.0)


def test_roundtrip(disk):
    disk.set("user:1", {"name": "Ada", "langs": ["en", "fr"]})
    assert disk.get("user:1") == {"name": "Ada", "langs": ["en", "fr"]}


def test_expired_entry_is_removed(tmp_path):
    now = [100.0]
    disk = DiskCache(tmp_path, clock=lambda: now[0])
    disk.set("k", 1, ttl=5)
    now[0] = 105.0
    assert disk.get("k") is None
    assert not (tmp_path / "k.json").exists()


def test_corrupt_file_is_a_miss(disk):
    (disk.directory / "bad.json").write_text("{not json")
    assert disk.get("bad", "miss") == "miss"


def test_make_key_is_order_independent_for_kwargs():
    assert make_key("f", (1,), {"a": 1, "b": 2}) == make_key("f", (1,), {"b": 2, "a": 1})
    assert len(make_key("x")) == 16


def test_cached_with_disk_backend(disk):
    calls = []

    @cached(disk, ttl=60)
    def square(n):
        calls.append(n)
        return n * n

    assert square(4) == 16
    assert square(4) == 16
    assert calls == [4]
