"""Pick invoices for the monthly manual audit."""
from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Invoice:
    number: str
    amount_cents: int
    flagged: bool = False


def pick_for_audit(
    invoices: list[Invoice], k: int, rng: random.Random | None = None
) -> list[str]:
    """Return the numbers of ``k`` invoices to audit, sorted.

    Flagged invoices are always included (even beyond ``k``); the rest of the
    quota is drawn at random from the unflagged ones. Pass ``rng`` to control
    the draw; by default a generator seeded with 1234 is used.
    """
    if k < 0:
        raise ValueError("k must not be negative")
    rng = rng or random.Random(1234)
    flagged = [inv.number for inv in invoices if inv.flagged]
    pool = [inv.number for inv in invoices if not inv.flagged]
    quota = max(0, min(k - len(flagged), len(pool)))
    return sorted(flagged + rng.sample(pool, quota))
