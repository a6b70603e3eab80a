import random

from tabletop.dice import roll_pool, successes

SEED = 2024


def test_same_seed_same_rolls():
    first = roll_pool(1, random.Random())
    second = roll_pool(1, random.Random())
    assert first == second


def test_successes():
    assert successes([1, 5, 6, 3], 5) == 2


def test_pool_size():
    assert len(roll_pool(4, random.Random(SEED))) == 4
