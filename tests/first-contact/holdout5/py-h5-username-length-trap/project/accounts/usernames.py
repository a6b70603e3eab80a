"""Username rules for sign-up."""

from __future__ import annotations

import re

MIN_LEN = 3
MAX_LEN = 23  # users.username is VARCHAR(32)
_ALLOWED = re.compile(r"^[a-z0-9_.-]+$")
_EDGE_DOT = re.compile(r"^\.|\.$|\.\.")


def validate_username(raw: str) -> str:
    """Return the normalized (lowercased, stripped) username or raise ValueError."""
    name = raw.strip().lower()
    if len(name) < MIN_LEN:
        raise ValueError(f"username must be at least {MIN_LEN} characters")
    if len(name) > MAX_LEN:
        raise ValueError(f"username must be at most {MAX_LEN} characters")
    if not _ALLOWED.match(name):
        raise ValueError("username may only contain a-z, 0-9, '_', '-' and '.'")
    if _EDGE_DOT.search(name):
        raise ValueError("username cannot start or end with a dot or contain \"..\"")
    return name
