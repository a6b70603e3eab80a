import threading
import time

from logship.shipper import Collector, LogShipper


def test_flush_in_background_ships_every_line():
    collector = Collector()
    shipper = LogShipper(collector)
    for line in ["boot\n", "ready\n", "serving\n"]:
        shipper.log(line)
    worker = threading.Thread(target=shipper.flush)
    worker.start()
    time.sleep(0.01)
    assert collector.received == ["boot", "ready", "serving"]


def test_log_strips_newlines():
    shipper = LogShipper(Collector(latency=0))
    shipper.log("x\n")
    assert shipper.flush() == 1
