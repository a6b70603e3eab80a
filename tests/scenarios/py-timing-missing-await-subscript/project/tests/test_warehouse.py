import asyncio

from stock.warehouse import Warehouse


def test_reserve_lowers_the_level():
    async def scenario():
        warehouse = Warehouse({"bolt": 10, "nut": 3})
        assert await warehouse.reserve("bolt", 4)
        levels = warehouse.levels(["bolt", "nut"])
        assert levels["bolt"] == 6
        assert levels["nut"] == 3

    asyncio.run(scenario())


def test_reserve_refuses_more_than_stock():
    assert not asyncio.run(Warehouse({"nut": 1}).reserve("nut", 2))
