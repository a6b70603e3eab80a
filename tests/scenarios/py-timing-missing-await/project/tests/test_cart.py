import asyncio

from shop.cart import Cart, Catalogue


def test_total_sums_lines():
    cart = Cart(Catalogue({"tea": 450, "mug": 1200}))
    cart.add("tea", 2)
    cart.add("mug")

    async def scenario():
        total = cart.total()
        assert total == 2100

    asyncio.run(scenario())


def test_quantity_must_be_positive():
    cart = Cart(Catalogue({}))
    try:
        cart.add("tea", 0)
    except ValueError:
        return
    raise AssertionError("expected ValueError")
