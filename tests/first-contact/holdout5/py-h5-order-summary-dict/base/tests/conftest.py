from decimal import Decimal

import pytest

from orders.model import Address, Line, Order


@pytest.fixture
def berlin_order():
    return Order(
        number="A-1042",
        email="mia@example.org",
        ship_to=Address("Mia Weber", "Torstrasse 12", "Berlin", "10119", "Germany"),
        lines=[Line("MUG-01", 2, Decimal("8.50")), Line("TEA-GRN", 1, Decimal("6.20"))],
        shipping_fee=Decimal("4.90"),
    )


@pytest.fixture
def lyon_order():
    return Order(
        number="A-1043",
        email="leo@example.fr",
        ship_to=Address("Leo Martin", "5 rue Merciere", "Lyon", "69002", "France"),
        lines=[Line("POT-XL", 1, Decimal("42.00"))],
    )
