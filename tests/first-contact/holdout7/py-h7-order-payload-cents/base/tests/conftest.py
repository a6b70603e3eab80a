import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shop.orders import Order  # noqa: E402


@pytest.fixture
def order():
    o = Order(id="ord-1001", customer="c-42")
    o.add("TEA-EARLGREY", 2, "4.99")
    o.add("MUG-BLUE", 1, "14.99")
    return o
