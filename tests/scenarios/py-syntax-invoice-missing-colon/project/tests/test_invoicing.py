from invoicing import Invoice


def make() -> Invoice:
    return Invoice().add("widget", 250, 4).add("gadget", 1000)


def test_subtotal_sums_lines()
    assert make().subtotal() == 2000


def test_discount_applies_before_tax():
    inv = make()
    inv.discount_percent = 10
    assert inv.discount() == 200
    assert inv.tax() == 360
    assert inv.grand_total() == 2160


def test_rejects_zero_quantity():
    try:
        Invoice().add("nothing", 100, 0)
    except ValueError as e:
        assert "positive" in str(e)
    else:
        raise AssertionError("expected ValueError")
