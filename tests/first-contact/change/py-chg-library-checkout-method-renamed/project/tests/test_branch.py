from datetime import date

import pytest

from library.branch import NotAvailable


class TestLending:
    def test_due_in_three_weeks(self, branch):
        assert branch.check_out("B001", "m-17", date(2026, 3, 1)) == date(2026, 3, 22)

    def test_cannot_lend_twice(self, branch):
        branch.check_out("B002", "m-17", date(2026, 3, 1))
        with pytest.raises(NotAvailable):
            branch.check_out("B002", "m-99", date(2026, 3, 2))

    def test_overdue_after_return_window(self, branch):
        branch.check_out("B001", "m-1", date(2026, 1, 1))
        branch.check_out("B003", "m-2", date(2026, 1, 20))
        branch.give_back("B003")
        assert branch.overdue(date(2026, 2, 1)) == ["B001"]
