"""Blog posts and their URLs."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from blogkit.text import excerpt, slugify
from blogkit.utils import reading_time


@dataclass
class Post:
    title: str
    published: date
    body: str

    @property
    def url(self) -> str:
        return f"/{self.published:%Y/%m}/{slugify(self.title)}/"

    @property
    def minutes(self) -> int:
        return reading_time(self.body)

    @property
    def summary(self) -> str:
        return excerpt(self.body)
