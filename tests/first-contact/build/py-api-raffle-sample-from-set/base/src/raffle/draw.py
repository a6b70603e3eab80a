"""Prize draw for the community garden raffle."""
from __future__ import annotations

import random


def draw(entrants: set[str], prizes: int, seed: int | None = None) -> list[str]:
    """Picks `prizes` distinct winners; the same seed gives the same winners."""
    if prizes > len(entrants):
        raise ValueError("more prizes than entrants")
    rng = random.Random(seed)
    return rng.sample(entrants, prizes)


def entrants_from(lines: list[str]) -> set[str]:
    """One entrant per non-blank line, case-insensitive, duplicates removed."""
    return {line.strip().lower() for line in lines if line.strip()}
