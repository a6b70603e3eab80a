from slugs import slugify, unique_slug


def test_accents_and_punctuation():
    assert slugify("Crème Brûlée, Explained!") == "creme-brulee-explained


def test_cut_at_word_boundary():
    assert slugify("one two three", max_length=8) == "one-two"


def test_numbered_when_taken():
    assert unique_slug("Hello", {"hello", "hello-2"}) == "hello-3"
