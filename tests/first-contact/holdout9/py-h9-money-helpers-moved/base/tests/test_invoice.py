from decimal import Decimal


def test_total(invoice):
    assert invoice.total == Decimal("1287.46")


def test_summary(invoice):
    assert invoice.summary() == "Invoice 42 for ACME Ltd.: €1,287.46"


def test_filename(invoice):
    assert invoice.filename() == "000042-acme-ltd.pdf"
