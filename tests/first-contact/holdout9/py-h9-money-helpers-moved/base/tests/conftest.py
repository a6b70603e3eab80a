import pytest

from invoicing.invoice import Invoice


@pytest.fixture
def invoice():
    inv = Invoice(42, "ACME Ltd.")
    inv.add("Consulting", "1,200")
    inv.add("Travel", "87.455")
    return inv
