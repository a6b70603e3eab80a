"""Shipping prices by destination zone and parcel weight.

The rate card is a CSV file with columns ``zone,max_kg,price``; rows for a zone
give the price for parcels up to ``max_kg`` kilograms. Parcels heavier than the
last band of their zone cannot be shipped.
"""
from __future__ import annotations

import bisect
import csv
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from os import PathLike


class Zone(str, Enum):
    DOMESTIC = "domestic"
    EU = "eu"
    WORLD = "world"


@dataclass
class RateTable:
    bands: dict[Zone, list[tuple[Decimal, Decimal]]] = field(default_factory=dict)

    def add_band(self, zone: Zone, max_kg: Decimal, price: Decimal) -> None:
        rows = self.bands.setdefault(zone, [])
        bisect.insort(rows, (max_kg, price))

    @classmethod
    def from_csv(cls, path: str | PathLike[str]) -> "RateTable":
        table = cls()
        with open(path, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                table.add_band(Zone(row["zone"]), Decimal(row["max_kg"]), Decimal(row["price"]))
        return table

    def price(self, zone: Zone, weight_kg: Decimal | float) -> Decimal:
        """Price for a parcel; ValueError if it is too heavy or has no weight."""
        weight = Decimal(str(weight_kg))
        if weight <= 0:
            raise ValueError("weight must be positive")
        rows = self.bands.get(zone, [])
        i = bisect.bisect_left([max_kg for max_kg, _ in rows], weight)
        if i == len(rows):
            raise ValueError(f"{weight} kg is over the {zone.value} limit")
        return rows[i][1]
