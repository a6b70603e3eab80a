import pytest

from tabular.exporters import available, export

ROWS = [{"sku": "MUG-01", "qty": 2}, {"sku": "POT-XL", "qty": 1}]


def test_builtin_formats():
    assert available() == ["csv", "json"]


def test_csv():
    assert export(ROWS, "csv") == "sku,qty\nMUG-01,2\nPOT-XL,1\n"


def test_json():
    assert export(ROWS, "json") == '[{"qty": 2, "sku": "MUG-01"}, {"qty": 1, "sku": "POT-XL"}]'


def test_unknown_format_lists_choices():
    with pytest.raises(ValueError, match="unknown format 'xlsx'; choose one of csv, json"):
        export(ROWS, "xlsx")
