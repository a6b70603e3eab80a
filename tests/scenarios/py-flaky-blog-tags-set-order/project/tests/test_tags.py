from blog.tags import Post, tag_counts, unique_tags


POSTS = [
    Post("Intro", ["Python", "Testing"]),
    Post("Async", ["python", "Web Dev"]),
    Post("Ownership", ["Rust", " "]),
]


def test_unique_tags_are_normalized():
    assert unique_tags(POSTS) == ["python", "rust", "testing", "web-dev"]


def test_counts():
    assert tag_counts(POSTS) == {"python": 2, "testing": 1, "web-dev": 1, "rust": 1}
