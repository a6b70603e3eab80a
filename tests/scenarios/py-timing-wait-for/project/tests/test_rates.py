import asyncio

from fx.rates import median_rate


def test_median_of_three_providers():
    async def scenario():
        return await asyncio.wait_for(median_rate(["ecb", "fed", "boe"]), timeout=0.05)

    assert asyncio.run(scenario()) == 1.08


def test_median_of_two_is_the_mean():
    assert asyncio.run(median_rate(["ecb", "boe"])) == 1.075
