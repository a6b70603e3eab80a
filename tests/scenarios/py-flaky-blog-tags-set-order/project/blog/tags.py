"""Tag handling for blog posts."""
from dataclasses import dataclass, field


@dataclass
class Post:
    title: str
    tags: list[str] = field(default_factory=list)


def normalize(tag: str) -> str:
    """Lower-case a tag and turn inner spaces into dashes."""
    return "-".join(tag.strip().lower().split())


def unique_tags(posts: list[Post]) -> list[str]:
    """Every distinct normalized tag used by the posts (order not specified)."""
    seen: set[str] = set()
    for post in posts:
        for tag in post.tags:
            if tag.strip():
                seen.add(normalize(tag))
    return list(seen)


def tag_counts(posts: list[Post]) -> dict[str, int]:
    """How many posts use each normalized tag."""
    counts: dict[str, int] = {}
    for post in posts:
        for tag in {normalize(t) for t in post.tags if t.strip()}:
            counts[tag] = counts.get(tag, 0) + 1
    return counts
