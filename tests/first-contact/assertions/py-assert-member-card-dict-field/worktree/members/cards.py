"""Member cards shown on the public club page."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass
class Member:
    id: int
    first_name: str
    last_name: str
    email: str
    joined: date
    visits: int = 0


def mask_email(email: str) -> str:
    """Keep the first letter of the local part and the domain: ``a***@example.org``."""
    local, _, domain = email.partition("@")
    return f"{local[:1]}***@{domain}"


def badge(visits: int) -> str:
    """Badge level by number of visits."""
    if visits >= 100:
        return "gold"
    if visits >= 25:
        return "silver"
    return "bronze"


def display_name(member: Member) -> str:
    """First name and surname initial, so public cards do not show full names."""
    return f"{member.first_name} {member.last_name[:1]}."


def card(member: Member) -> dict[str, object]:
    """Public card data for ``member``."""
    return {
        "id": member.id,
        "name": display_name(member),
        "email": mask_email(member.email),
        "member_since": member.joined.year,
        "badge": badge(member.visits),
    }
