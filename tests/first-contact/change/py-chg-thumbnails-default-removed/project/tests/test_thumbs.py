import pytest

from imaging.thumbs import fit_box


def test_landscape_keeps_ratio():
    assert fit_box(1600, 900, 320) == (320, 180)


def test_portrait_keeps_ratio():
    assert fit_box(600, 1200, 200) == (100, 200)


def test_small_image_not_enlarged():
    assert fit_box(64, 48, 128) == (64, 48)


def test_stretch_when_ratio_not_kept():
    assert fit_box(1600, 900, 320, keep_ratio=False) == (320, 320)


def test_empty_image_rejected():
    with pytest.raises(ValueError):
        fit_box(0, 10, 100)
