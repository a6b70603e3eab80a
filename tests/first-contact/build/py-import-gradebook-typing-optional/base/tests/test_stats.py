from gradebook.stats import failing, mean


def test_mean():
    assert mean([40, 60, 80]) == 60
    assert mean([]) == 0.0


def test_failing_students():
    book = {"zoe": [45, 50], "adam": [90, 70], "liv": [20, 70]}
    assert failing(book) == ["liv", "zoe"]
