"""A tiny cron-like scheduler: jobs run every N minutes."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Job:
    name: str
    every_minutes: int


class Scheduler:
    def __init__(self, jobs):
        self.jobs = list(jobs)

    def due(self, minute: int) -> list:
        """Names of the jobs due at `minute` (minutes since midnight)."""
        return [job.name for job in self.jobs if minute % job.every_minutes == 0]
