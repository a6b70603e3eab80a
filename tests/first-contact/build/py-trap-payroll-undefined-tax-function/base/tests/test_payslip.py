from payroll.payslip import payslip


def test_pension_is_five_percent():
    assert payslip(2000).pension == 100


def test_net_is_gross_minus_deductions():
    slip = payslip(2000)
    assert slip.net == slip.gross - slip.pension - slip.tax
