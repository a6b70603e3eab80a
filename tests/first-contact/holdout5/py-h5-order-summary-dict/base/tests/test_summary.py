from orders.summary import summarize


def test_summary_for_berlin_order(berlin_order):
    assert summarize(berlin_order) == {
        "order": "A-1042",
        "contact": "mia@example.org",
        "shipping": {
            "name": "Mia Weber",
            "address": ["Torstrasse 12", "10119 Berlin"],
            "country": "Germany",
        },
        "items": [{"sku": "MUG-01", "qty": 2}, {"sku": "TEA-GRN", "qty": 1}],
        "totals": {"goods": "23.20", "shipping": "4.90", "grand": "28.10"},
    }


def test_free_shipping_order(lyon_order):
    summary = summarize(lyon_order)
    assert summary["totals"] == {"goods": "42.00", "shipping": "0.00", "grand": "42.00"}
    assert summary["shipping"] == {
        "name": "Leo Martin",
        "address": ["5 rue Merciere", "69002 Lyon"],
        "country": "France",
    }


def test_items_keep_order(berlin_order):
    assert [i["sku"] for i in summarize(berlin_order)["items"]] == ["MUG-01", "TEA-GRN"]
