from parcels.labels import address_lines

HOME = {
    "name": "Jane Doe",
    "street": "12 Harbour Road",
    "postcode": "BS1 4RN",
    "city": "Bristol",
    "country": "United Kingdom",
}


def test_home_address():
    assert address_lines(HOME) == [
        "Jane Doe",
        "12 Harbour Road",
        "BS1 4RN Bristol",
        "UNITED KINGDOM",
    ]


def test_long_street_is_cut():
    address = dict(HOME, street="Unit 4, The Old Rope Works, 118-120 Long Ashton Road")
    assert address_lines(address)[1] == "Unit 4, The Old Rope Works, 118."
