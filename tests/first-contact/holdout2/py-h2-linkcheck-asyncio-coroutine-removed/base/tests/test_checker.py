import asyncio

from linkcheck.checker import Result, broken_links, check_all

STATUS = {
    "https://example.org/": 200,
    "https://example.org/old": 404,
    "https://example.org/api": 503,
    "https://example.org/about": 200,
}


@asyncio.coroutine
def fake_fetch(url):
    yield from asyncio.sleep(0)
    return STATUS[url]


def test_results_keep_input_order():
    urls = list(STATUS)
    results = asyncio.run(check_all(urls, fake_fetch, limit=2))
    assert [r.url for r in results] == urls
    assert [r.status for r in results] == [200, 404, 503, 200]


def test_broken_links():
    results = asyncio.run(check_all(list(STATUS), fake_fetch))
    assert broken_links(results) == ["https://example.org/old", "https://example.org/api"]


def test_result_broken_threshold():
    assert Result("u", 399).broken is False
    assert Result("u", 400).broken is True
