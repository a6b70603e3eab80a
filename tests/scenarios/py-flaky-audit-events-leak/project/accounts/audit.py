"""An in-process audit trail."""

EVENTS: list[str] = []


def record(kind: str, user: str) -> None:
    """Append one `kind:user` event."""
    if not user:
        raise ValueError("user is required")
    EVENTS.append(f"{kind}:{user}")


def login(user: str) -> bool:
    record("login", user)
    return True


def logout(user: str) -> None:
    record("logout", user)
