"""URL slugs for blog posts."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")

#: Slugs longer than this are cut at a word boundary; long URLs get truncated in shares.
MAX_LENGTH = 48


def slugify(title: str, max_length: int = MAX_LENGTH) -> str:
    """ASCII, lower-case, hyphen-separated slug for a post title.

    Accents are folded ('Crème' -> 'creme'), apostrophes vanish instead of
    becoming a hyphen ("C'est" -> 'cest'), and everything else that is not a
    letter or digit separates words.
    """
    folded = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    folded = folded.lower().replace("'", "").replace("\u2019", "")
    slug = _NON_WORD.sub("-", folded).strip("-")
    if len(slug) <= max_length:
        return slug
    cut = slug[: max_length + 1]
    return cut[: cut.rfind("-")] if "-" in cut else slug[:max_length]


def unique_slug(title: str, taken: set[str]) -> str:
    """slugify(title), suffixed -2, -3, ... until it is not in `taken`."""
    base = slugify(title)
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    return candidate
