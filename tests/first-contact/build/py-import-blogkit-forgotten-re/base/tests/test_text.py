from blogkit.text import excerpt, slugify


def test_slugify_strips_accents_and_punctuation():
    assert slugify("Crème Brûlée, Twice!") == "creme-brulee-twice"


def test_short_body_is_kept_whole():
    assert excerpt("A  short\n post.") == "A short post."


def test_long_body_is_cut_at_a_word():
    body = "word " * 30
    assert excerpt(body, limit=12) == "word word..."
