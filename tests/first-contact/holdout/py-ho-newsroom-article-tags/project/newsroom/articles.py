"""Articles and their tags for the newsroom CMS."""

from __future__ import annotations


class Article:
    """A draft or published article.

    Tags are lower-case and unique, in the order they were first added.
    """

    def __init__(self, title: str, tags: list[str] | None = None) -> None:
        self.title = title
        self.tags: list[str] = []
        for tag in tags or []:
            self.add_tag(tag)

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
