"""Derive issue labels from an issue's fields."""
from __future__ import annotations

from typing import Iterable

SEPARATOR = ":"
PRIORITIES = ("low", "normal", "high", "critical")


def scoped(scope: str, value: str) -> str:
    """A scoped label such as ``priority:high``."""
    return f"{scope}{SEPARATOR}{value}"


def labels_for(priority: str, components: Iterable[str], blocked: bool = False) -> list[str]:
    """All labels an issue should carry, sorted for stable display."""
    if priority not in PRIORITIES:
        raise ValueError(f"unknown priority {priority!r}")
    labels = {scoped("priority", priority)}
    labels.update(scoped("component", c.lower()) for c in components)
    if blocked:
        labels.add("blocked")
    return sorted(labels)
