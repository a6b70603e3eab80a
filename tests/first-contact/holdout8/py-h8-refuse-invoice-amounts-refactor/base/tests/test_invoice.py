import pytest

from billing import LineItem, pay


def test_export_dict(make_invoice):
    inv = make_invoice()
    assert inv.to_dict() == {
        "number": "2026-0042",
        "customer": "ACME",
        "issued": "2026-03-02",
        "lines": 2,
        "subtotal": 45000 + 3 * 6000,
        "discount": 0,
        "tax": 11970,
        "total": 63000 + 11970,
        "status": "open",
    }


def test_export_dict_with_discount(make_invoice):
    inv = make_invoice(lines=[LineItem("Logo design", 1, 45000)], discount_pct=10)
    assert inv.to_dict() == {
        "number": "2026-0042",
        "customer": "ACME",
        "issued": "2026-03-02",
        "lines": 1,
        "subtotal": 45000,
        "discount": 4500,
        "tax": 7695,
        "total": 40500 + 7695,
        "status": "open",
    }


def test_pay_marks_invoice_paid(make_invoice):
    inv = pay(make_invoice())
    assert inv.status == "paid"
    with pytest.raises(ValueError, match="already paid"):
        pay(inv)


def test_tax_rounds_half_up(make_invoice):
    inv = make_invoice(lines=[LineItem("Sticker", 1, 50)])
    assert inv.tax == 10  # 9.5 cents


@pytest.mark.parametrize("pct", [-1, 101])
def test_rejects_bad_discount(make_invoice, pct):
    with pytest.raises(ValueError, match="between 0 and 100"):
        make_invoice(discount_pct=pct)


def test_needs_lines(make_invoice):
    with pytest.raises(ValueError, match="at least one line"):
        make_invoice(lines=[])
