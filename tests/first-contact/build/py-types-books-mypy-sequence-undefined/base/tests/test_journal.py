from decimal import Decimal

from books.journal import Entry, balances, is_balanced


def test_balances():
    lines = [Entry("cash", Decimal("10.00"), True), Entry("sales", Decimal("10.00"), False)]
    assert balances(lines) == {"cash": Decimal("10.00"), "sales": Decimal("-10.00")}
    assert is_balanced(lines)
