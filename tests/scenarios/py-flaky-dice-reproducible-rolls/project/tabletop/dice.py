"""Dice pools for a tabletop helper."""
import random


def roll_pool(count: int, rng: random.Random, sides: int = 6) -> list[int]:
    """`count` dice of `sides` faces, drawn from `rng`."""
    if count < 1 or sides < 2:
        raise ValueError("need at least one die with two sides")
    return [rng.randint(1, sides) for _ in range(count)]


def successes(rolls: list[int], target: int) -> int:
    """Dice at or above the target number."""
    return sum(1 for r in rolls if r >= target)
