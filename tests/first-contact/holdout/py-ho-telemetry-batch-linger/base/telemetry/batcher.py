"""Buffers telemetry events and uploads them in batches from a timer thread."""

from __future__ import annotations

import threading
from typing import Callable

Event = dict[str, object]

#: How long the first event of a batch waits for company before the batch is sent.
LINGER_SECONDS = 0.05


class BatchUploader:
    """Collect events; send them when the batch is full or the linger expires.

    `send` is called from a timer thread (or the caller's thread for a full
    batch) with a list of events, never with an empty list.
    """

    def __init__(
        self,
        send: Callable[[list[Event]], None],
        *,
        linger: float = LINGER_SECONDS,
        max_batch: int = 50,
    ) -> None:
        self._send = send
        self._linger = linger
        self._max_batch = max_batch
        self._pending: list[Event] = []
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None

    def add(self, event: Event) -> None:
        """Queue one event; a full batch is sent right away."""
        with self._lock:
            self._pending.append(event)
            full = len(self._pending) >= self._max_batch
            if not full and self._timer is None:
                self._timer = threading.Timer(self._linger, self.flush)
                self._timer.daemon = True
                self._timer.start()
        if full:
            self.flush()

    def flush(self) -> None:
        """Send whatever is pending now."""
        with self._lock:
            batch, self._pending = self._pending, []
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
        if batch:
            self._send(batch)

    def close(self) -> None:
        """Send the rest; call on shutdown so no event is lost."""
        self.flush()
