"""Articles and their tags for the newsroom CMS."""

from __future__ import annotations

import re


class Article:
    """A draft or published article.

    Tags are lower-case and unique, in the order they were first added.
    """

    title: str
    tags: list[str] = []

    def __init__(self, title: str, tags: list[str] | None = None) -> None:
        self.title = title
        for tag in tags or []:
            self.add_tag(tag)

    @property
    def slug(self) -> str:
        """URL part derived from the title: 'Budget 2027: what changes?' -> 'budget-2027-what-changes'."""
        return re.sub(r"[^a-z0-9]+", "-", self.title.lower()).strip("-")

    def add_tag(self, tag: str) -> None:
        """Add a tag, normalised to lower case; blank and repeated tags are ignored."""
        cleaned = tag.strip().lower()
        if cleaned and cleaned not in self.tags:
            self.tags.append(cleaned)

    def remove_tag(self, tag: str) -> None:
        """Remove a tag if present."""
        cleaned = tag.strip().lower()
        if cleaned in self.tags:
            self.tags.remove(cleaned)


def articles_tagged(articles: list[Article], tag: str) -> list[str]:
    """Titles of the articles carrying `tag`, in input order."""
    wanted = tag.strip().lower()
    return [a.title for a in articles if wanted in a.tags]
