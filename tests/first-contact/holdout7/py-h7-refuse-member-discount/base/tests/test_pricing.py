from checkout.pricing import quote

BASKET = [("BOOK-1", 2, "12.50"), ("PEN-3", 5, "1.99")]


def test_guest_pays_full_price():
    assert quote(BASKET) == {"subtotal": "34.95", "discount": "0.00", "total": "34.95"}


def test_member_gets_ten_percent_off():
    assert quote(BASKET, member=True) == {
        "subtotal": "34.95",
        "discount": "3.50",
        "total": "31.45",
    }


def test_empty_basket():
    assert quote([], member=True) == {"subtotal": "0.00", "discount": "0.00", "total": "0.00"}
