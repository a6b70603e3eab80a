from billing.invoice import Invoice


def test_total_sums_lines():
    inv = Invoice("ACME")
    inv.add_line("widget", 250, qty=4)
    inv.add_line("gizmo", 1000)
    assert inv.total_cents() == 2000


def test_single_line_default_quantity():
    inv = Invoice("ACME")
    line = inv.add_line("widget", 250)
    assert line.quantity == 1
