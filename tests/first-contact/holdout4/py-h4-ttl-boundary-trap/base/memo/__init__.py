from memo.ttl import TTLCache

__all__ = ["TTLCache"]
