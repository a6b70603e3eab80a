from datetime import date

import pytest

from billing import LineItem, create_invoice


@pytest.fixture
def make_invoice():
    """Factory: an invoice for ACME with two lines unless told otherwise."""
    def _make(**overrides):
        kwargs = {
            "customer": "ACME",
            "lines": [LineItem("Logo design", 1, 45000), LineItem("Revisions (h)", 3, 6000)],
            "issued": date(2026, 3, 2),
            "number": "2026-0042",
        }
        kwargs.update(overrides)
        return create_invoice(**kwargs)
    return _make
