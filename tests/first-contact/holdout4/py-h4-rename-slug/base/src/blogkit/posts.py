"""Post model used by the site builder."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from blogkit.slugs import slugify


@dataclass
class Post:
    title: str
    published: date
    body: str = ""
    tags: list[str] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return slugify(self.title)

    @property
    def url(self) -> str:
        return f"/{self.published:%Y/%m}/{self.slug}/"
