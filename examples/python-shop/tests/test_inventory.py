from shop.inventory import Inventory


def make_inventory() -> Inventory:
    inv = Inventory()
    inv.add_product("mug-01", "Mug", 3)
    inv.add_product("TEE-02", "T-shirt", 12)
    return inv


def test_add_product_tops_up_quantity():
    inv = make_inventory()
    inv.add_product("MUG-01", "Mug", 4)
    assert inv.find_sku("MUG-01")["qty"] == 7


def test_find_sku_is_case_insensitive():
    inv = make_inventory()
    assert inv.find_sku("mug-01") == {"sku": "MUG-01", "name": "Mug", "qty": 3}


def test_reserve():
    inv = make_inventory()
    assert inv.reserve("tee-02", 10) is True
    assert inv.reserve("tee-02", 10) is False


def test_low_stock():
    inv = make_inventory()
    assert inv.low_stock() == ["MUG-01"]
