"""@cached: memoise a function in any backend."""
from __future__ import annotations

import functools

from .backends import MemoryCache, make_key


def cached(backend=None, ttl: float | None = None):
    backend = backend if backend is not None else MemoryCache()

    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            key = make_key(func.__qualname__, args, kwargs)
            sentinel = object()
            value = backend.get(key, sentinel)
            if value is sentinel:
                value = func(*args, **kwargs)
                backend.set(key, value, ttl)
            return value
        wrapper.cache = backend
        return wrapper
    return decorate
