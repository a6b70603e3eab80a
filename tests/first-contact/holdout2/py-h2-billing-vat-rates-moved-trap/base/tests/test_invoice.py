from decimal import Decimal

from billing.invoice import Line, line_vat, totals


def test_standard_line_vat():
    assert line_vat(Line("desk lamp", Decimal("39.90"))) == Decimal("7.98")


def test_reduced_line_vat():
    assert line_vat(Line("novel", Decimal("12.00"), reduced_rate=True)) == Decimal("0.60")


def test_vat_rounds_half_up():
    assert line_vat(Line("pencil", Decimal("0.125"), quantity=1)) == Decimal("0.03")


def test_invoice_totals():
    lines = [
        Line("desk lamp", Decimal("39.90")),
        Line("novel", Decimal("12.00"), quantity=2, reduced_rate=True),
    ]
    assert totals(lines) == {
        "net": Decimal("63.90"),
        "vat": Decimal("9.18"),
        "gross": Decimal("73.08"),
    }
