import time

from telemetry.batcher import BatchUploader


def test_events_are_sent_after_the_linger():
    sent = []
    uploader = BatchUploader(sent.append)
    uploader.add({"event": "open"})
    uploader.add({"event": "click"})
    time.sleep(0.2)
    assert sent == [[{"event": "open"}, {"event": "click"}]]
    uploader.close()


def test_full_batch_is_sent_at_once():
    sent = []
    uploader = BatchUploader(sent.append, max_batch=3)
    for n in range(3):
        uploader.add({"n": n})
    assert sent == [[{"n": 0}, {"n": 1}, {"n": 2}]]
    uploader.close()


def test_close_sends_what_is_pending():
    sent = []
    uploader = BatchUploader(sent.append)
    uploader.add({"event": "quit"})
    uploader.close()
    assert sent == [[{"event": "quit"}]]


def test_close_with_nothing_pending_sends_nothing():
    sent = []
    BatchUploader(sent.append).close()
    assert sent == []
