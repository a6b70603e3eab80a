"""Small caches with a common get/set interface."""
from .backends import MemoryCache
from .decorators import cached
from .keys import make_key

__all__ = ["DiskCache", "MemoryCache", "cached", "make_key"]
