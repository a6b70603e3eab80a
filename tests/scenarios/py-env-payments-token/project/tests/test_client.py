import pytest

from payments.client import refund_request


def test_refund_request_targets_the_charge():
    req = refund_request("ch_42", 500)
    assert req.url.endswith("/charges/ch_42/refunds")
    assert req.body == {"amount": 500}
    assert req.headers["Authorization"].startswith("Bearer ")


def test_refund_must_be_positive():
    with pytest.raises(ValueError):
        refund_request("ch_42", 0)
