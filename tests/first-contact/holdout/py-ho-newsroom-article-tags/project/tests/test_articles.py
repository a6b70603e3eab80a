from newsroom.articles import Article, articles_tagged


def test_tags_are_normalised():
    article = Article("Budget 2027")
    article.add_tag("  Politics ")
    article.add_tag("POLITICS")
    assert article.tags == ["politics"]


def test_new_article_has_no_tags():
    assert Article("Weather warning").tags == []


def test_initial_tags_are_cleaned():
    assert Article("Derby", ["Sport", " sport", "Local"]).tags == ["sport", "local"]


def test_remove_tag():
    article = Article("Recall", ["food", "health"])
    article.remove_tag("FOOD")
    assert article.tags == ["health"]


def test_articles_tagged():
    a = Article("A", ["sport"])
    b = Article("B", ["politics"])
    c = Article("C", ["Sport"])
    assert articles_tagged([a, b, c], "SPORT") == ["A", "C"]
