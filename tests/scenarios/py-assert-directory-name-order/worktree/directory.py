"""Display names for the staff directory."""


def display_name(first: str, last: str) -> str:
    """How a person is listed: surname first, for sorting."""
    first, last = first.strip().title(), last.strip().title()
    if not last:
        return first
    return f"{last}, {first}"


def initials(first: str, last: str) -> str:
    return "".join(part[:1].upper() for part in (first, last) if part)
