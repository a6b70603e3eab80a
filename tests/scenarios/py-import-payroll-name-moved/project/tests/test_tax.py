from payroll.tax import gross_to_net, tax_bracket


def test_low_income_pays_no_tax():
    assert tax_bracket(10_000) == 0.0
    assert gross_to_net(10_000) == 9_500


def test_middle_bracket():
    assert tax_bracket(40_000) == 0.2
    assert gross_to_net(40_000) == 30_000


def test_top_rate():
    assert tax_bracket(1_000_000) == 0.45
