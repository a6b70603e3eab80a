from datetime import date

from members.cards import Member, card


def test_card():
    ada = Member(7, "Ada", "Lovelace", "ada@analytical.org", date(2019, 5, 1), visits=31)
    assert card(ada) == {
        "id": 7,
        "name": "Ada Lovelace",
        "email": "a***@analytical.org",
        "member_since": 2019,
        "badge": "silver",
    }


def test_new_member_is_bronze():
    bob = Member(8, "Bob", "Stone", "bob@x.io", date(2024, 1, 2))
    assert card(bob)["badge"] == "bronze"
