from shop.catalog import Product


def test_product_defaults_to_standard_vat():
    assert Product("A-1", "Mug", 800).vat_rate == 0.2
