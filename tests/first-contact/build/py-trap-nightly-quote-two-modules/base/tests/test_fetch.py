from nightly.fetch import export_path, fetch_command


def test_export_path():
    assert export_path("sales", "2024-05-01") == "sales/2024-05-01.csv.gz"


def test_fetch_command():
    assert fetch_command("sales", "2024-05-01", "/data/sales.csv.gz") == (
        "curl -fsS -o /data/sales.csv.gz https://exports.example.org/sales/2024-05-01.csv.gz"
    )
