"""Semantic versions: parse, order, bump."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_RE = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*))?$")


@functools.total_ordering
@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int
    pre: str | None = None

    @classmethod
    def parse(cls, text: str) -> "Version":
        m = _RE.match(text.strip())
        if not m:
            raise ValueError(f"not a version: {text!r}")
        major, minor, patch, pre = m.groups()
        return cls(int(major), int(minor), int(patch), pre)

    def _key(self) -> tuple:
        # A pre-release sorts before the release it leads to: 2.0.0-rc.1 < 2.0.0.
        # Pre-release identifiers compare numerically when both are numbers.
        if self.pre is None:
            return (self.major, self.minor, self.patch, 1, ())
        ids = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in self.pre.split("."))
        return (self.major, self.minor, self.patch, 0, ids)

    def __lt__(self, other: "Version") -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def bump(self, part: str) -> "Version":
        """Next version; a pre-release bumps to its own release for "patch"."""
        if part == "major":
            return Version(self.major + 1, 0, 0)
        if part == "minor":
            return Version(self.major, self.minor + 1, 0)
        if part == "patch":
            if self.pre is not None:
                return Version(self.major, self.minor, self.patch)
            return Version(self.major, self.minor, self.patch + 1)
        raise ValueError(f"unknown part {part!r}")

    def __str__(self) -> str:
        base = f"{self.major}.{self.minor}.{self.patch}"
        return f"{base}-{self.pre}" if self.pre else base


def latest(tags: list[str], include_pre: bool = False) -> Version | None:
    """The highest version among ``tags``; tags that are not versions are ignored,
    and so are pre-releases unless ``include_pre``."""
    found = []
    for tag in tags:
        try:
            v = Version.parse(tag)
        except ValueError:
            continue
        if v.pre is None or include_pre:
            found.append(v)
    return max(found, default=None)
