"""Session lifetimes: when a login stops being valid."""

from __future__ import annotations

from dataclasses import dataclass

SESSION_SECONDS = 14 * 24 * 60 * 60
REMEMBER_ME_SECONDS = 30 * 24 * 60 * 60
EXTENSION_SECONDS = 24 * 60 * 60


@dataclass
class Session:
    user: str
    started_at: int
    expires_at: int


def start(user: str, now: int, remember_me: bool = False) -> Session:
    """A session beginning at unix time `now`."""
    lifetime = REMEMBER_ME_SECONDS if remember_me else SESSION_SECONDS
    return Session(user, now, now + lifetime)


def touch(session: Session, now: int) -> Session:
    """Extend a session by a day when it is used in its last day, capped at 30 days from login."""
    if now >= session.expires_at:
        raise PermissionError("session expired")
    if session.expires_at - now <= EXTENSION_SECONDS:
        cap = session.started_at + REMEMBER_ME_SECONDS
        session.expires_at = min(session.expires_at + EXTENSION_SECONDS, cap)
    return session
