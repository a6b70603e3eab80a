"""A thumbnail worker: accepts jobs and renders them on its own thread."""
from __future__ import annotations

import queue
import threading
import time


class ThumbnailWorker:
    """Renders `(name, width)` jobs to `name@width` labels, one at a time, off the caller's thread."""

    def __init__(self, render_cost: float = 0.08) -> None:
        self.render_cost = render_cost
        self.done: list[str] = []
        self._jobs: queue.Queue[tuple[str, int]] = queue.Queue()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def submit(self, name: str, width: int) -> None:
        if width <= 0:
            raise ValueError(f"width must be positive, got {width}")
        self._jobs.put((name, width))

    def _run(self) -> None:
        while True:
            name, width = self._jobs.get()
            time.sleep(self.render_cost)
            self.done.append(f"{name}@{width}")
