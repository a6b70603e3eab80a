"""Login endpoint helpers used by the web app."""

from __future__ import annotations

from authtok.tokens import issue_token

SESSION_TTL = 900  # 15 minutes; the web app refreshes silently


def login_token(user_id: str, secret: bytes, *, admin: bool = False) -> str:
    """Token handed out after a successful login."""
    return issue_token(user_id, secret=secret, ttl=SESSION_TTL, scope="write" if admin else "read")
