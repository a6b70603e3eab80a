import csv

from reports.export import Sale, export_quarter

SALES = [
    Sale("north", "kettle", 3, 20.0),
    Sale("south", "kettle", 1, 20.0),
    Sale("north", "toaster", 2, 35.5),
    Sale("north", "kettle", 1, 20.0),
]


def test_export_quarter_writes_sorted_rows():
    count = export_quarter(SALES, "/tmp/sales-reports/q1.csv")
    with open("/tmp/sales-reports/q1.csv", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert count == 3
    assert rows[1] == ["north", "kettle", "80.00"]
    assert rows[-1] == ["south", "kettle", "20.00"]
