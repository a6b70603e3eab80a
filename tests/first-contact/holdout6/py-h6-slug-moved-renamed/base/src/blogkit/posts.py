"""Blog posts and their URLs."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from blogkit.utils import make_slug, reading_time


@dataclass
class Post:
    title: str
    published: date
    body: str

    @property
    def url(self) -> str:
        return f"/{self.published:%Y/%m}/{make_slug(self.title)}/"

    @property
    def minutes(self) -> int:
        return reading_time(self.body)
