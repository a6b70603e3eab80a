from decimal import Decimal

import pytest

from vatcalc import InvoiceLine


@pytest.fixture
def mixed_invoice():
    return [
        InvoiceLine("consulting", Decimal("100.00")),
        InvoiceLine("book", Decimal("12.50"), "reduced"),     # 0.625 VAT
        InvoiceLine("shipping abroad", Decimal("8.00"), "zero"),
    ]
