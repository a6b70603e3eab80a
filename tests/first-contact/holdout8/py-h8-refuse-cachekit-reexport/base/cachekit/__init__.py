"""Small caches with a common get/set interface."""
from .backends import DiskCache, MemoryCache, make_key
from .decorators import cached

__all__ = ["DiskCache", "MemoryCache", "cached", "make_key"]
