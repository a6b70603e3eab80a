from reports.export import to_csv


def test_default_comma_and_two_decimals():
    assert to_csv(["item", "price"], [["tea", 3.5], ["cake", None]]) == "item,price\ntea,3.50\ncake,\n"


def test_semicolon_for_excel():
    out = to_csv(["a", "b"], [[1, "x;y"]], delimiter=";")
    assert out == 'a;b\n1;"x;y"\n'
