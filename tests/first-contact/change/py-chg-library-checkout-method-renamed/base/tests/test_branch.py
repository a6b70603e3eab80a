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
