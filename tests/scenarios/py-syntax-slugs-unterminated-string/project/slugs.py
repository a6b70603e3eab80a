"""URL slugs for blog post titles."""
import re
import unicodedata

MAX_LENGTH = 60


def slugify(title: str, max_length: int = MAX_LENGTH) -> str:
    """Lowercase ASCII words joined by hyphens, cut at a word boundary."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    return slug


def unique_slug(title: str, taken: set[str]) -> str:
    """A slug not in `taken`, numbered from 2 when needed."""
    base = slugify(title)
    slug, n = base, 2
    while slug in taken:
        slug = f"{base}-{n}"
        n += 1
    return slug
