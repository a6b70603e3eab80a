"""Shuffle-and-split, optionally stratified by label.

Splits are random. Pass ``seed`` to get the same split on every run (the
experiment scripts always do); without it each call draws a fresh shuffle.
"""
from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Split(Generic[T]):
    train: list[T]
    test: list[T]


def split_rows(
    rows: Sequence[T],
    test_fraction: float = 0.2,
    *,
    seed: int | None = None,
    label: Callable[[T], object] | None = None,
) -> Split[T]:
    """Split ``rows`` into train and test parts.

    With ``label`` the split is stratified: every label contributes
    ``ceil(n_label * test_fraction)`` rows to the test part.
    """
    if not 0 < test_fraction < 1:
        raise ValueError("test_fraction must be between 0 and 1")
    rng = random.Random(seed)
    groups: dict[object, list[T]] = defaultdict(list)
    for row in rows:
        groups[label(row) if label else None].append(row)
    train: list[T] = []
    test: list[T] = []
    for key in sorted(groups, key=repr):
        members = groups[key][:]
        rng.shuffle(members)
        cut = math.ceil(len(members) * test_fraction)
        test.extend(members[:cut])
        train.extend(members[cut:])
    return Split(train, test)
