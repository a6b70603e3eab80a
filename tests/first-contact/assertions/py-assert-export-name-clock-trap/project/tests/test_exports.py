from datetime import datetime

from reports.exports import export_filename, safe_name


def test_safe_name():
    assert safe_name("Sales / EU") == "sales-eu"


def test_export_filename():
    assert export_filename("Sales", datetime(2024, 3, 9, 14, 30)) == "sales-2024-03-09T1430.csv"
