from payroll.payslip import payslip


def test_payslip_3000():
    slip = payslip(3000.0)
    assert slip.pension == 150.0
    assert slip.taxable == 2850.0
    assert slip.tax == 370.0
    assert slip.net == 2480.0


def test_low_income_pays_no_tax():
    assert payslip(900.0).tax == 0.0
