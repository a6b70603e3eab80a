import unittest
from datetime import date
from decimal import Decimal

from ledger.journal import Line, UnbalancedEntry, balance, post


class JournalTest(unittest.TestCase):
    def setUp(self):
        self.fees = post(
            date(2026, 3, 14),
            "Membership fees",
            Line("bank", debit=Decimal("240.00")),
            Line("fees", credit=Decimal("240.00")),
        )
        self.hall = post(
            date(2026, 3, 20),
            "Hall rent",
            Line("rent", debit=Decimal("90.00")),
            Line("bank", credit=Decimal("90.00")),
        )

    def test_bank_balance(self):
        self.assertEquals(balance([self.fees, self.hall], "bank"), Decimal("150.00"))

    def test_income_account_has_a_credit_balance(self):
        self.assertEquals(balance([self.fees], "fees"), Decimal("-240.00"))
        self.assertNotEquals(balance([self.fees], "fees"), Decimal("240.00"))

    def test_reference(self):
        self.assertRegexpMatches(self.fees.reference, r"^JE-2026-03-14-")
        self.assertEquals(self.fees.reference, "JE-2026-03-14-membership-fees")

    def test_unbalanced_entry_is_refused(self):
        with self.assertRaises(UnbalancedEntry):
            post(date(2026, 3, 21), "Typo", Line("bank", debit=Decimal("10")), Line("fees", credit=Decimal("1")))
