from feeds.reader import Item, read_feed

DOC = """<rss version="2.0"><channel>
  <item><title> Release 2.1 </title><link>https://example.org/2.1</link></item>
  <item><title>Draft</title></item>
  <item><title>Release 2.0</title><link>https://example.org/2.0</link></item>
</channel></rss>"""


def fake_load(url):
    assert url == "https://example.org/feed.xml"
    return DOC


def test_items_in_feed_order():
    items = read_feed("https://example.org/feed.xml", fake_load)
    assert [i.title for i in items] == ["Release 2.1", "Release 2.0"]


def test_items_without_link_skipped():
    items = read_feed("https://example.org/feed.xml", fake_load)
    assert Item("Draft", "") not in items
    assert len(items) == 2
