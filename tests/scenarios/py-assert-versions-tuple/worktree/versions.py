"""Release version strings."""


def parse_version(text: str) -> tuple:
    """'v2.1' -> numeric parts, padded to major.minor.patch."""
    parts = [int(p) for p in text.lstrip("v").split(".")]
    parts += [0] * (3 - len(parts))
    return tuple(parts)


def is_newer(a: str, b: str) -> bool:
    return parse_version(a) > parse_version(b)
