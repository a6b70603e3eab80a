import time

import pytest

from media.worker import ThumbnailWorker


def test_submitted_jobs_are_rendered_in_order():
    worker = ThumbnailWorker()
    worker.submit("cat.png", 64)
    worker.submit("dog.png", 128)
    time.sleep(0.02)
    assert worker.done == ["cat.png@64", "dog.png@128"]


def test_rejects_zero_width():
    with pytest.raises(ValueError):
        ThumbnailWorker().submit("x.png", 0)
