"""Tiny semantic-version parsing and ordering for the plugin loader."""

from __future__ import annotations

import re
from dataclasses import dataclass

_RE = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int
    patch: int


def parse(text: str) -> Version:
    m = _RE.match(text.strip())
    if not m:
        raise ValueError(f"not a version: {text!r}")
    return Version(*(int(g) for g in m.groups()))
