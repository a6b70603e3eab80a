"""Warehouse stock levels and reorder suggestions."""
from typing import Dict, List

DEFAULT_MINIMUM = 5


def low_stock(levels: Dict[str, int], minimum: int = DEFAULT_MINIMUM) -> List[str]:
    """Items at or below the minimum, sorted by name."""
    return sorted(name for name, qty in levels.items() if qty <= minimum)


def reorder_quantities(levels: Dict[str, int], target: int = 20) -> Dict[str, int]:
    """How many of each low item to order to bring it back to `target`."""
    return {name: target - levels[name] for name in low_stock(levels)}


def apply_delivery(levels: Dict[str, int], delivery: Dict[str, int]) -> Dict[str, int]:
    """New levels after a delivery; unknown items are added."""
    updated = dict(levels)
    for name, qty in delivery.items():
        if qty < 0:
            raise ValueError(f"negative delivery for {name}")
        updated[name] = updated.get(name, 0) + qty
    return updated
