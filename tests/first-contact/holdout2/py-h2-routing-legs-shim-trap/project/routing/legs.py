"""Deprecated: kept so ``from routing.legs import ...`` keeps working until 3.0.

Every public name that used to live here is re-exported from
:mod:`routing.timing` and :mod:`routing.speed`. New code should import
from those modules directly.
"""
from routing.timing import eta, leg_duration_min

__all__ = ["leg_duration_min", "average_speed_kmh", "eta"]
