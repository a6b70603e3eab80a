"""Contacts as imported from the old address book CSV."""
from __future__ import annotations

from dataclasses import dataclass

from phonebook import phones


@dataclass
class Contact:
    name: str
    phone: str


def import_contact(name: str, raw_phone: str, country: str = phones.DEFAULT_COUNTRY) -> Contact:
    """Build a Contact with a trimmed name and a normalized phone number."""
    return Contact(" ".join(name.split()), phones.normalize_phone(raw_phone, country))
