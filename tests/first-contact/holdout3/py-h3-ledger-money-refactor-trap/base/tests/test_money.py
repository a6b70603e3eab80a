from ledger.money import format_balance, format_money

CASES = [
    {"cents": 0, "currency": "USD", "text": "$0.00"},
    {"cents": 5, "currency": "USD", "text": "$0.05"},
    {"cents": 123456, "currency": "USD", "text": "$1,234.56"},
    {"cents": -500, "currency": "USD", "text": "-$5.00"},
    {"cents": 99, "currency": "EUR", "text": "€0.99"},
    {"cents": -1000000, "currency": "GBP", "text": "-£10,000.00"},
]


def test_format_money_table():
    for case in CASES:
        assert format_money(case["cents"], case["currency"]) == case["text"]


def test_balance():
    assert format_balance([1000, -250, 75]) == "$8.25"
