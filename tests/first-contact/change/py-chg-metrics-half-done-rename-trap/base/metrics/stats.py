"""Order statistics for latency samples."""
from __future__ import annotations

import math


def percentile(samples: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of ``samples``.

    >>> percentile([15, 20, 35, 40, 50], 40)
    20
    """
    if not samples:
        raise ValueError("no samples")
    if not 0 < p <= 100:
        raise ValueError("p must be in (0, 100]")
    ordered = sorted(samples)
    rank = math.ceil(p / 100 * len(ordered))
    return ordered[rank - 1]
