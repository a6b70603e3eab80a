from photos.albums import album_for, group


def test_album_from_camera_name():
    assert album_for("DCIM/IMG_20240612_101500.jpg") == "2024-06"


def test_undated_files():
    assert album_for("scan.png") == "undated"


def test_group():
    assert group(["IMG_20240101_1.jpg", "x.png", "IMG_20231231_9.jpg"]) == {
        "2023-12": ["IMG_20231231_9.jpg"],
        "2024-01": ["IMG_20240101_1.jpg"],
        "undated": ["x.png"],
    }
