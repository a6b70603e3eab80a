from payroll.payslip import payslip


def test_pension_is_five_percent():
    assert payslip(2000).pension == 100


def test_net_is_gross_minus_deductions():
    slip = payslip(2000)
    assert slip.net == slip.gross - slip.pension - slip.tax


def test_low_income_pays_no_tax():
    assert payslip(1000).tax == 0


def test_tax_is_banded():
    assert payslip(4000).tax == 720
