import asyncio

from mirrors.check import check_all, answering

CODES = {"https://a.example": 200, "https://b.example": 503, "https://c.example": 204}


async def fake_probe(url):
    await asyncio.sleep(0)
    return CODES[url]


def test_statuses_in_input_order():
    result = asyncio.run(check_all(list(CODES), fake_probe, limit=2))
    assert list(result) == list(CODES)
    assert result["https://b.example"] == 503


def test_answering_urls():
    result = asyncio.run(check_all(list(CODES), fake_probe))
    assert answering(result) == ["https://a.example", "https://c.example"]
