import pytest

from blogkit.utils import make_slug, reading_time


@pytest.mark.parametrize(
    "title, slug",
    [
        ("Hello World", "hello-world"),
        ("  Crème brûlée, at home!  ", "creme-brulee-at-home"),
        ("Python 3.12: what's new?", "python-3-12-what-s-new"),
        ("---", ""),
    ],
)
def test_make_slug(title, slug):
    assert make_slug(title) == slug


def test_make_slug_is_capped_at_60_chars():
    slug = make_slug("word " * 30)
    assert len(slug) <= 60
    assert not slug.endswith("-")


def test_reading_time():
    assert reading_time("one two three") == 1
    assert reading_time("word " * 1100) == 5
