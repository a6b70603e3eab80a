from datetime import date

from blogkit.posts import Post


def test_post_url():
    post = Post("Crème brûlée, at home!", date(2024, 3, 9), "text")
    assert post.url == "/2024/03/creme-brulee-at-home/"
