"""SMS texts for one-time sign-in codes."""
from __future__ import annotations

import secrets

CODE_LENGTH = 6
VALID_MINUTES = 10


def new_code(rng: secrets.SystemRandom | None = None) -> str:
    """A random numeric code of CODE_LENGTH digits (leading zeros kept)."""
    rng = rng or secrets.SystemRandom()
    return "".join(str(rng.randrange(10)) for _ in range(CODE_LENGTH))


def sms_text(code: str, app: str = "Fernweh") -> str:
    """The SMS body; codes are valid for ten minutes."""
    if len(code) != CODE_LENGTH or not code.isdigit():
        raise ValueError("malformed code")
    return f"{code} is your {app} sign-in code. It expires in {VALID_MINUTES} minutes. Never share it."
