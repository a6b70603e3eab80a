"""Prize draws for the community newsletter."""
from __future__ import annotations

import random


def eligible(entries: list[str], banned: set[str]) -> list[str]:
    """Unique, non-banned entrants in the order they entered."""
    seen: set[str] = set()
    out: list[str] = []
    for name in entries:
        key = name.strip().lower()
        if key and key not in banned and key not in seen:
            seen.add(key)
            out.append(key)
    return out


def draw_winners(entries: list[str], k: int, rng: random.Random | None = None) -> list[str]:
    """Pick ``k`` distinct winners, first prize first.

    Without ``rng`` the draw is unpredictable (a fresh, unseeded generator).
    Pass ``rng=random.Random(seed)`` when a reproducible draw is needed, e.g.
    in tests or to replay a published draw.
    """
    if k > len(entries):
        raise ValueError(f"cannot draw {k} winners from {len(entries)} entries")
    rng = rng or random.Random()
    return rng.sample(entries, k)
