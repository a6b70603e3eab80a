from billing.invoice import Invoice, Line


def test_subtotal_sums_lines():
    inv = Invoice("acme")
    inv.add("pen", 150, 4)
    inv.add("pad", 300)
    assert inv.subtotal() == 900


def test_total_adds_tax():
    inv = Invoice("acme", tax_rate=0.1)
    inv.add("pen", 1000)
    assert inv.total() == 1100


def test_line_total_multiplies_quantity():
    assert line_total(Line("pen", 150, 3)) == 450
