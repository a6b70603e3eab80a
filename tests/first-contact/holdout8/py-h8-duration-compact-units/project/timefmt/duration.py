"""Human-readable durations."""
from __future__ import annotations

UNITS: list[tuple[str, int]] = [
    ("d", 86_400),
    ("h", 3_600),
    ("m", 60),
    ("s", 1),
]


def _unit(n: int, name: str) -> str:
    return f"{n}{name}"


def humanize(seconds: int, parts: int = 2) -> str:
    """Render ``seconds`` with at most ``parts`` non-zero units, largest first.

    Smaller units are dropped, not rounded: 3725 s is "1h 2m".
    """
    if seconds < 0:
        raise ValueError("seconds must not be negative")
    if parts < 1:
        raise ValueError("parts must be at least 1")
    seconds = int(seconds)
    if seconds == 0:
        return _unit(0, "s")
    out: list[str] = []
    for name, size in UNITS:
        n, seconds = divmod(seconds, size)
        if n:
            out.append(_unit(n, name))
        if len(out) == parts:
            break
    return " ".join(out)


def eta_message(done: int, total: int, elapsed: float) -> str:
    """Estimate the time left from progress so far, assuming a constant rate."""
    if total <= 0 or not 0 <= done <= total:
        raise ValueError("need 0 <= done <= total and total > 0")
    if done == total:
        return "finished"
    if done == 0:
        return "starting"
    remaining = elapsed / done * (total - done)
    return f"about {humanize(round(remaining), parts=1)} left"
