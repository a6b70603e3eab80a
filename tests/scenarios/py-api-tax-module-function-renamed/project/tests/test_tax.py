from billing import tax


def test_standard_rate():
    assert tax.vat_amount(100.0) == 21.0


def test_reduced_rate():
    assert tax.vat_amount(50.0, "reduced") == 4.5


def test_gross_includes_vat():
    assert tax.gross(10.0) == 12.1
