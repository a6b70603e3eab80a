import unittest
from datetime import date
from decimal import Decimal
from unittest import mock

from dunning import Invoice, ReminderService

INV = Invoice("INV-0117", "ops@northwind.example", Decimal("1250"), date(2024, 5, 1))


class ReminderServiceTest(unittest.TestCase):
    def setUp(self):
        self.mailer = mock.Mock()
        self.service = ReminderService(self.mailer)

    def test_no_mail_within_grace_period(self):
        self.assertFalse(self.service.remind(INV, date(2024, 5, 4)))
        self.mailer.send.assert_not_called()

    def test_mail_after_grace_period(self):
        self.assertTrue(self.service.remind(INV, date(2024, 5, 9)))
        self.mailer.send.assert_called_once_with(
            to="ops@northwind.example",
            subject="Invoice INV-0117 is overdue",
            body=mock.ANY,
        )

    def test_body_mentions_amount_and_due_date(self):
        self.service.remind(INV, date(2024, 5, 9))
        body = self.mailer.send.call_args.kwargs["body"]
        self.assertIn("1250.00 EUR", body)
        self.assertIn("due on 2024-05-01 (8 days ago)", body)

    def test_custom_grace(self):
        service = ReminderService(self.mailer, grace_days=10)
        self.assertFalse(service.remind(INV, date(2024, 5, 9)))
        self.assertTrue(service.remind(INV, date(2024, 5, 20)))
        self.mailer.send.assert_called_once_with(
            to="ops@northwind.example",
            subject="Invoice INV-0117 is overdue",
            body=mock.ANY,
        )


if __name__ == "__main__":
    unittest.main()
