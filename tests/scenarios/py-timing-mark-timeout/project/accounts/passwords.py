"""Password hashing with a work factor tuned for servers, not for tests."""
from __future__ import annotations

import hashlib
import hmac
import os

ITERATIONS = 200_000


def hash_password(password: str, salt: bytes | None = None) -> str:
    """Returns `salt$digest` in hex, using PBKDF2-HMAC-SHA256."""
    if not password:
        raise ValueError("empty password")
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)
    return f"{salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    salt_hex, _, digest_hex = stored.partition("$")
    candidate = hash_password(password, bytes.fromhex(salt_hex))
    return hmac.compare_digest(candidate.partition("$")[2], digest_hex)
