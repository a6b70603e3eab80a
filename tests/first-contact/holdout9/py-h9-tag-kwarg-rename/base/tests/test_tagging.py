import pytest

from tagging import normalize_tag, unique_tags


def tag(text, **kw):
    return normalize_tag(text, **kw)


def test_basic_words():
    assert tag("Hello, World!") == "hello-world"


def test_accents_are_folded():
    assert tag("Crème Brûlée") == "creme-brulee"


def test_custom_separator():
    assert tag("Hello World", sep="_") == "hello_world"


@pytest.mark.parametrize(
    "text, limit, expected",
    [
        ("alpha beta gamma", 10, "alpha-beta"),
        ("alpha beta gamma", 16, "alpha-beta-gamma"),
        ("supercalifragilistic", 5, "super"),
    ],
    ids=["cut-at-word", "fits", "long-word"],
)
def test_length_limit(text, limit, expected):
    assert tag(text, max_len=limit) == expected


def test_limit_must_be_positive():
    with pytest.raises(ValueError):
        tag("x", max_len=0)


def test_stop_words():
    assert tag("The Art of War", drop_stop_words=True, sep=".") == "art.war"


def test_unique_tags_keeps_order():
    assert unique_tags(["B b", "a", "b-B", "A"], sep="_") == ["b_b", "a"]
