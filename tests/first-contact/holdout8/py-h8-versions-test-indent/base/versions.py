"""Semantic versions: parse, order, bump."""
from __future__ import annotations

import re
from dataclasses import dataclass

_RE = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)$")


@dataclass(frozen=True, order=True)
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
        return cls(*(int(g) for g in m.groups()))

    def bump(self, part: str) -> "Version":
        if part == "major":
            return Version(self.major + 1, 0, 0)
        if part == "minor":
            return Version(self.major, self.minor + 1, 0)
        if part == "patch":
            return Version(self.major, self.minor, self.patch + 1)
        raise ValueError(f"unknown part {part!r}")

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


def latest(tags: list[str]) -> Version | None:
    """The highest version among ``tags``; tags that are not versions are ignored."""
    found = []
    for tag in tags:
        try:
            found.append(Version.parse(tag))
        except ValueError:
            continue
    return max(found, default=None)
