"""User records for the membership desk."""
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Member:
    name: str
    age: int
    joined: date
    tier: str = "basic"

    def is_adult(self) -> bool:
        return self.age >= 18

    def years_of_membership(self, today: date) -> int:
        """Whole years since joining."""
        years = today.year - self.joined.year
        if (today.month, today.day) < (self.joined.month, self.joined.day):
            years -= 1
        return years


def make_member(name: str, age: int, joined: date, tier: str = "basic") -> Member:
    """Validates and builds a member."""
    if not name.strip():
        raise ValueError("name is required")
    if age < 0:
        raise ValueError("age must not be negative")
    if tier not in ("basic", "gold"):
        raise ValueError(f"unknown tier {tier!r}")
    return Member(name.strip(), age, joined, tier)
