"""Prize draws for the community newsletter."""
from __future__ import annotations

import random

DEFAULT_SEED = 2024


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

    Without ``rng`` the draw uses a generator seeded with ``DEFAULT_SEED``.
    """
    if k > len(entries):
        raise ValueError(f"cannot draw {k} winners from {len(entries)} entries")
    rng = rng or random.Random(DEFAULT_SEED)
    return rng.sample(entries, k)
