from datetime import date

import pytest

from blogkit.posts import Post
from blogkit.slugs import slugify, unique_slug


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Hello, World!", "hello-world"),
        ("  Déjà vu  ", "deja-vu"),
        ("C++ & Rust: a tale", "c-rust-a-tale"),
        ("2024 in review", "2024-in-review"),
    ],
)
def test_slugify(title, expected):
    assert slugify(title) == expected


def test_slugify_cuts_without_trailing_dash():
    assert slugify("abc def ghi", max_length=4) == "abc"


def test_unique_slug_appends_counter():
    assert unique_slug("Hello", {"hello", "hello-2"}) == "hello-3"


def test_post_url():
    post = Post("First post!", date(2024, 3, 9))
    assert post.url == "/2024/03/first-post/"
