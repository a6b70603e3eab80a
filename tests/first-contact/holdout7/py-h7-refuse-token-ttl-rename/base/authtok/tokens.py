"""HMAC-signed access tokens: ``base64(json claims).base64(signature)``."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any


class TokenError(Exception):
    """The token is malformed, forged or expired."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(payload: str, secret: bytes) -> str:
    return _b64(hmac.new(secret, payload.encode("ascii"), hashlib.sha256).digest())


def issue_token(
    user_id: str,
    *,
    secret: bytes,
    ttl: int = 3600,
    scope: str = "read",
    now: float | None = None,
) -> str:
    """Issue a token for ``user_id``.

    :param ttl: lifetime in seconds; must be positive.
    :param scope: ``"read"`` or ``"write"``.
    :param now: current UNIX time (defaults to ``time.time()``).
    """
    if ttl <= 0:
        raise ValueError("ttl must be positive")
    if scope not in ("read", "write"):
        raise ValueError(f"unknown scope {scope!r}")
    issued = int(time.time() if now is None else now)
    claims = {"sub": user_id, "scope": scope, "iat": issued, "exp": issued + ttl}
    payload = _b64(json.dumps(claims, sort_keys=True).encode("utf-8"))
    return f"{payload}.{_sign(payload, secret)}"


def verify_token(token: str, *, secret: bytes, now: float | None = None) -> dict[str, Any]:
    """Return the claims of a valid token, or raise :class:`TokenError`."""
    try:
        payload, signature = token.split(".")
    except ValueError:
        raise TokenError("malformed token") from None
    if not hmac.compare_digest(signature, _sign(payload, secret)):
        raise TokenError("bad signature")
    claims: dict[str, Any] = json.loads(_unb64(payload))
    current = time.time() if now is None else now
    if current >= claims["exp"]:
        raise TokenError("token expired")
    return claims
