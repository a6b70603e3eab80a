import pytest

from parcels import labels
from parcels.labels import LINE_WIDTH, address_lines, label_text

HOME = {
    "name": "Jane Doe",
    "street": "12 Harbour Road",
    "postcode": "BS1 4RN",
    "city": "Bristol",
    "country": "United Kingdom",
}

OFFICE = dict(HOME, company="Harbour Tools Ltd", street="Dock 3, Wapping Wharf")


def test_home_address():
    assert address_lines(HOME) == [
        "Jane Doe",
        "12 Harbour Road",
        "BS1 4RN Bristol",
        "UNITED KINGDOM",
    ]


def test_company_goes_under_the_name():
    lines = address_lines(OFFICE)
    assert lines[:2] == [OFFICE["name"], OFFICE["company"]]
    assert lines[3] == f"{OFFICE["postcode"]} {OFFICE["city"]}"


def test_long_street_is_cut():
    address = dict(HOME, street="Unit 4, The Old Rope Works, 118-120 Long Ashton Road")
    assert address_lines(address)[1] == "Unit 4, The Old Rope Works, 118."
    assert all(len(line) <= LINE_WIDTH for line in address_lines(address))


def test_label_ends_with_tracking_number():
    text = label_text(HOME, "JD014600003GB")
    assert text.splitlines()[-2:] == ["", "TRACKING JD014600003GB"]


def test_address_that_does_not_fit(monkeypatch):
    monkeypatch.setattr(labels, "MAX_LINES", 4)
    with pytest.raises(ValueError, match="address needs 5 lines, the label has 4"):
        address_lines(OFFICE)
