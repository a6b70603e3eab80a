import time

from rota.shifts import overlaps, shift_label

MONDAY_9AM_UTC = 1709542800


def test_shift_label():
    assert shift_label(MONDAY_9AM_UTC, 8) == "Mon 04 Mar 09:00-17:00"


def test_back_to_back_shifts_do_not_overlap():
    assert not overlaps((MONDAY_9AM_UTC, 8), (MONDAY_9AM_UTC + 8 * 3600, 8))


def test_machine_zone_is_left_alone():
    # Runs after test_shift_label in the same process: whatever that test pins, the zone the suite was started
    # in (the command sets New York) must be back.
    assert time.strftime("%Z", time.localtime(MONDAY_9AM_UTC)) == "EST"
