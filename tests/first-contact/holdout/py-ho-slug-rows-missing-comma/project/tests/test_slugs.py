import pytest

from blogcore.slugs import slugify, unique_slug


@pytest.mark.parametrize(
    "title, slug",
    [
        ("Hello World", "hello-world"),
        ("  Trim me!  ", "trim-me"),
        ("Crème brûlée at home", "creme-brulee-at-home"),
    ],
)
def test_slugify(title, slug):
    assert slugify(title) == slug


def test_long_titles_are_cut_at_a_word_boundary():
    title = "A very long title about the many reasons to write shorter titles"
    assert slugify(title) == "a-very-long-title-about-the-many-reasons-to"


def test_unique_slug_counts_up():
    assert unique_slug("Hello World", {"hello-world", "hello-world-2"}) == "hello-world-3"
