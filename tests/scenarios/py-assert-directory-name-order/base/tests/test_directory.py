from directory import display_name, initials


def test_display_name():
    assert display_name(" ada", "LOVELACE ") == "Ada Lovelace"


def test_single_name():
    assert display_name("plato", "") == "Plato"


def test_initials():
    assert initials("grace", "hopper") == "GH"
