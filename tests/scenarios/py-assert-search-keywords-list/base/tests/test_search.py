from search import keywords


def test_keywords_drop_stop_words():
    assert keywords("The Art of the Deal") == ["Art", "Deal"]


def test_repeats_once():
    assert keywords("go go go") == ["go"]
