from logistics.warehouses import Warehouse, by_capacity, total_capacity

SITES = [
    Warehouse("AMS1", "emea", 900),
    Warehouse("FRA2", "emea", 400),
    Warehouse("IAD1", "amer", 1200),
    Warehouse("SIN1", "apac", 650),
    Warehouse("GRU1", "latam", 300),
    Warehouse("JNB1", "africa", 500),
]


def test_regions_served_by_large_sites():
    regions = list(set(w.region for w in by_capacity(SITES, 250)))
    assert regions == ["amer", "emea", "apac", "africa", "latam"]


def test_total_capacity():
    assert total_capacity(SITES, "emea") == 1300
