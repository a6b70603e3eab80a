import unittest
from unittest import mock

from notify import Order, Settings, ShipmentNotifier

SETTINGS = Settings(shop_name="Acme Garden", sender="orders@acme.test")


def make_order(number=1042, customer="Ann", email="ann@example.com"):
    return Order(number=number, customer=customer, email=email)


class NotifyShipped(unittest.TestCase):
    def setUp(self):
        self.mailer = mock.Mock()
        self.notifier = ShipmentNotifier(self.mailer, SETTINGS)

    def test_sends_one_mail_to_the_customer(self):
        order = make_order()
        self.assertTrue(self.notifier.notify_shipped(order, "dhl", "JD0001"))
        self.mailer.send.assert_called_once_with(
            to="ann@example.com",
            sender="orders@acme.test",
            subject=f"Your order {order.number} has shipped",
            body=mock.ANY,
        )

    def test_body_has_tracking_link_and_signature(self):
        self.notifier.notify_shipped(make_order(), "ups", "1Z999")
        body = self.mailer.send.call_args.kwargs["body"]
        self.assertIn("https://track.example/ups/1Z999", body)
        self.assertTrue(body.endswith("-- Acme Garden"))

    def test_unknown_carrier_gets_bare_code(self):
        self.notifier.notify_shipped(make_order(), "PostNord", "PN-77")
        self.assertIn("Track it here: PN-77\n", self.mailer.send.call_args.kwargs["body"])

    def test_order_without_email_is_skipped(self):
        self.assertFalse(self.notifier.notify_shipped(make_order(email=None), "dhl", "X"))
        self.mailer.send.assert_not_called()

    def test_subjects_for_several_orders(self):
        for number in (1, 99, 123456):
            with self.subTest(number=number):
                self.assertEqual(
                    self.notifier.subject(make_order(number=number)),
                    "Your order %d has shipped" % number,
                )


if __name__ == "__main__":
    unittest.main()
