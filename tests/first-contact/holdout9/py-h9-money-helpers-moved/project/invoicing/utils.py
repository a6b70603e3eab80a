"""Small text helpers used across the invoicing package.

Money helpers live in :mod:`invoicing.money` since 0.8.0.
"""
from __future__ import annotations

import re


def slug(text: str) -> str:
    """'ACME Ltd.' -> 'acme-ltd' (used in invoice file names)."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")

