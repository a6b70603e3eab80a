from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from stockreport import StockItem

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture
def golden():
    def read(name: str) -> str:
        return (GOLDEN / name).read_text(encoding="utf-8")
    return read


@pytest.fixture
def items():
    return [
        StockItem("WASH-8", "Washer 8mm", 4000, Decimal("0.02"), date(2024, 2, 28), 500),
        StockItem("BOLT-M6", "Hex bolt M6", 1250, Decimal("0.15"), date(2024, 3, 4), 200),
        StockItem("DRILL-X", "Cordless drill X200", 3, Decimal("89.90"), date(2024, 1, 15), 5),
        StockItem("GLUE-50", "Wood glue 50ml", 12, Decimal("3.25"), date(2024, 3, 1), 12),
    ]
