"""A job queue whose drain() waits until every accepted job is acknowledged."""
from __future__ import annotations

import time


class JobQueue:
    def __init__(self) -> None:
        self._pending: dict[int, str] = {}
        self._next = 1

    def push(self, payload: str) -> int:
        job_id = self._next
        self._next += 1
        self._pending[job_id] = payload
        return job_id

    def ack(self, job_id: int) -> None:
        """Marks a job done."""
        # Bug: looks the job up but never removes it, so drain() waits forever.
        if job_id not in self._pending:
            raise KeyError(job_id)

    def drain(self, poll: float = 0.01) -> int:
        """Blocks until no job is pending; returns how many polls it took."""
        polls = 0
        while self._pending:
            time.sleep(poll)
            polls += 1
        return polls
