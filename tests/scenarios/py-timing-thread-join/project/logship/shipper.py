"""Ships buffered log lines to a collector in the background."""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field


@dataclass
class Collector:
    """Stands in for the remote log collector; receiving a batch takes a little network time."""

    latency: float = 0.15
    received: list[str] = field(default_factory=list)

    def receive(self, batch: list[str]) -> None:
        time.sleep(self.latency)
        self.received.extend(batch)


class LogShipper:
    """Buffers lines and ships them in batches of `batch_size`."""

    def __init__(self, collector: Collector, batch_size: int = 2) -> None:
        self.collector = collector
        self.batch_size = batch_size
        self._buffer: list[str] = []
        self._lock = threading.Lock()

    def log(self, line: str) -> None:
        with self._lock:
            self._buffer.append(line.rstrip())

    def flush(self) -> int:
        """Sends every buffered line; returns how many batches were sent."""
        with self._lock:
            lines, self._buffer = self._buffer, []
        batches = [lines[i : i + self.batch_size] for i in range(0, len(lines), self.batch_size)]
        for batch in batches:
            self.collector.receive(batch)
        return len(batches)
