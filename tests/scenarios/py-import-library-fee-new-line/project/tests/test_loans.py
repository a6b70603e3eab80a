from datetime import date

from library.loans import Loan


def test_due_in_three_weeks():
    loan = Loan("978-0", "ann", date(2024, 3, 1))
    assert loan.due == date(2024, 3, 22)


def test_late_loan_costs_per_day():
    loan = Loan("978-0", "ann", date(2024, 3, 1))
    assert overdue_fee(loan.days_late(date(2024, 3, 26))) == 100


def test_fee_is_capped():
    assert overdue_fee(365) == 1000
