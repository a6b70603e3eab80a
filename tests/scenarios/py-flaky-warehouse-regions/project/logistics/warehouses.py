"""Warehouses and the regions they serve."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Warehouse:
    code: str
    region: str
    capacity: int


def by_capacity(warehouses: list[Warehouse], minimum: int) -> list[Warehouse]:
    """Warehouses with at least `minimum` capacity, largest first."""
    big = [w for w in warehouses if w.capacity >= minimum]
    return sorted(big, key=lambda w: (-w.capacity, w.code))


def total_capacity(warehouses: list[Warehouse], region: str) -> int:
    """Summed capacity of one region."""
    return sum(w.capacity for w in warehouses if w.region == region)
