import pytest

from orders.status import OrderStatus, can_move, from_row


@pytest.mark.parametrize(
    "raw, status",
    [
        ("pending", OrderStatus.PENDING),
        ("paid", OrderStatus.PAID),
        ("on-hold", OrderStatus.ON_HOLD),
        ("shipped", OrderStatus.SHIPPED),
        ("cancelled", OrderStatus.CANCELLED),
    ],
)
def test_rows_written_by_older_releases_still_load(raw, status):
    assert from_row(raw) is status


def test_status_serialises_to_stored_value():
    assert OrderStatus.ON_HOLD.value == "on-hold"


@pytest.mark.parametrize(
    "current, target, allowed",
    [
        (OrderStatus.PENDING, OrderStatus.PAID, True),
        (OrderStatus.PAID, OrderStatus.SHIPPED, True),
        (OrderStatus.SHIPPED, OrderStatus.PENDING, False),
        (OrderStatus.CANCELLED, OrderStatus.PAID, False),
    ],
)
def test_transitions(current, target, allowed):
    assert can_move(current, target) is allowed
