from unittest.mock import Mock

from hooks.dispatch import handle_charge


def test_paid_invoice_sends_one_event():
    send = Mock()
    handle_charge({"status": "succeeded", "amount": 4900, "metadata": {"invoice_id": "in_77"}}, send)
    send.assert_called_once_with("invoice.payment_succeeded", {"invoice": "in_77", "amount_cents": 4900})


def test_failed_charge_reason():
    send = Mock()
    handle_charge({"status": "failed", "amount": 4900, "failure_code": "card_declined",
                   "metadata": {"invoice_id": "in_78"}}, send)
    assert send.call_args.args[1] == {"invoice": "in_78", "reason": "card_declined"}


def test_pending_sends_nothing():
    send = Mock()
    handle_charge({"status": "pending", "amount": 1, "metadata": {"invoice_id": "in_79"}}, send)
    send.assert_not_called()
