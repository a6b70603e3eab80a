"""A tiny event-hook registry: handlers receive only the keyword arguments they name."""
import inspect
from collections import defaultdict


class Hooks:
    """Maps event names to handler functions."""

    def __init__(self):
        self._handlers = defaultdict(list)

    def on(self, event):
        """Decorator registering a handler for `event`."""
        def register(fn):
            self._handlers[event].append(fn)
            return fn
        return register

    def emit(self, event, **context):
        """Calls each handler with the subset of `context` it accepts; returns their results."""
        results = []
        for fn in self._handlers[event]:
            wanted = inspect.getargspec(fn).args
            results.append(fn(**{k: v for k, v in context.items() if k in wanted}))
        return results
