"""Training sessions and weekly totals.

Durations are whole seconds, as the watch exports them (they used to be
minutes, which lost the seconds of every session).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Session:
    kind: str  # "run", "ride", "swim"
    seconds: int
    km: float = 0.0

    @classmethod
    def from_watch(cls, record: dict) -> "Session":
        """A session from one record of the watch's JSON export."""
        return cls(record["sport"], int(record["duration_s"]), record.get("distance_m", 0) / 1000)


def total_seconds(sessions: list[Session]) -> int:
    """Total training time of ``sessions`` in seconds."""
    return sum(s.seconds for s in sessions) * 60


def weekly_summary(sessions: list[Session]) -> str:
    """One line for the weekly e-mail, e.g. "3 sessions, 2h 15m"."""
    hours, rest = divmod(total_seconds(sessions), 3600)
    return f"{len(sessions)} sessions, {hours}h {rest // 60:02d}m"


def pace_per_km(session: Session) -> str:
    """Average pace as m:ss per km."""
    if session.km <= 0:
        raise ValueError("no distance recorded")
    per_km = round(session.seconds / session.km)
    return f"{per_km // 60}:{per_km % 60:02d}"
