"""Password-reset token lifetime (shares the units with sessions)."""

from __future__ import annotations

from gatekeeper.units import SECONDS_PER_HOUR

RESET_TOKEN_SECONDS = 2 * SECONDS_PER_HOUR


def reset_token_valid(issued_at: int, now: int) -> bool:
    """A reset link works for two hours after it was mailed."""
    return issued_at <= now < issued_at + RESET_TOKEN_SECONDS
