from datetime import date

import pytest

from crm.records import Customer, to_record


@pytest.fixture
def anna():
    return Customer(
        id=7,
        first="Anna",
        last="Berg",
        email="Anna.Berg@Example.COM",
        street="Lindenweg 4",
        postcode="80331",
        city="Muenchen",
        country="DE",
        since=date(2021, 6, 1),
        opted_in=True,
    )


def test_record(anna):
    assert to_record(anna) == {
        "id": 7,
        "name": {"display": "Anna Berg", "sort": "Berg, Anna"},
        "email": "anna.berg@example.com",
        "address": {"lines": ["Lindenweg 4", "80331 Muenchen"], "country": "DE"},
        "customer_since": "2021-06-01",
        "newsletter": True,
    }


def test_newsletter_defaults_to_false(anna):
    c = Customer(**{**anna.__dict__, "opted_in": False})
    assert to_record(c)["newsletter"] is False
