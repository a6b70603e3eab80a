from podkit.feed import Episode, item_xml


def test_item_xml():
    ep = Episode("Bits & Bytes #12", "https://cdn.example.org/e12.mp3", 2712)
    assert item_xml(ep) == (
        "<item><title>Bits &amp; Bytes #12</title>"
        '<enclosure url="https://cdn.example.org/e12.mp3" type="audio/mpeg"/>'
        "<itunes:duration>45:12</itunes:duration></item>"
    )
