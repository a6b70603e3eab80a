import pytest

from fees import card_fee, payout, statement


def test_fee_on_hundred_euros():
    assert card_fee(10_000) == 10_000 * 14 // 1000 + 25


def test_fee_on_small_payment():
    # 3.00 -> 1.4 % is 4.2 cents, rounded to 4
    assert card_fee(300) == 4 + 25


def test_percentage_rounds_half_up():
    # 1.4 % of 12.50 is exactly 17.5 cents
    assert card_fee(1_250) == 18 + 25


def test_payout_is_amount_minus_fee():
    assert payout(2_000) == 2_000 - (28 + 25)


def test_statement_charges_each_payment():
    s = statement([1_000, 2_500, 10_000])
    assert s.gross == 13_500
    assert s.fees == (14 + 25) + (35 + 25) + (140 + 25)
    assert s.net == 13_500 - s.fees


@pytest.mark.parametrize("amount", [0, -100])
def test_rejects_non_positive_amounts(amount):
    with pytest.raises(ValueError, match="amount must be positive"):
        card_fee(amount)
