from .client import Notifier, Request
from .settings import Settings

__all__ = ["Notifier", "Request", "Settings"]
