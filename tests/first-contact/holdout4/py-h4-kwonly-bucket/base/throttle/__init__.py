"""Request throttling for the public API."""
from throttle.bucket import TokenBucket

__all__ = ["TokenBucket"]
