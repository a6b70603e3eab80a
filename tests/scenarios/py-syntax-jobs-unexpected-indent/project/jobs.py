"""A bounded job queue with priorities (lower number runs first)."""
import heapq
import itertools
from typing import List, Tuple


class JobQueue:
    def __init__(self, capacity: int) -> None:
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self._heap: List[Tuple[int, int, str]] = []
        self._order = itertools.count()

    def __len__(self) -> int:
        return len(self._heap)

    def push(self, job: str, priority: int = 10) -> bool:
        """Adds a job; returns False when the queue is full."""
        if len(self._heap) >= self.capacity:
            return False
        heapq.heappush(self._heap, (priority, next(self._order), job))
        return True

    def pop(self) -> str:
        """The most urgent job; equal priorities keep insertion order."""
        if not self._heap:
            raise IndexError("pop from an empty queue")
        return heapq.heappop(self._heap)[2]

    def drain(self) -> List[str]:
        jobs = []
        while self._heap:
            jobs.append(self.pop())
        return jobs
