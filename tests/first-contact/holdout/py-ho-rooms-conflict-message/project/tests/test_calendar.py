from datetime import time

import pytest

from rooms.calendar import BookingConflict, Room


@pytest.fixture
def cedar():
    room = Room("Cedar")
    room.book("Ops sync", time(10, 0), time(11, 0))
    return room


def test_back_to_back_meetings_are_fine(cedar):
    cedar.book("Retro", time(11, 0), time(12, 0))
    assert [b.title for b in cedar.bookings] == ["Ops sync", "Retro"]


def test_overlap_is_refused(cedar):
    with pytest.raises(BookingConflict, match="overlaps an existing booking"):
        cedar.book("1:1", time(10, 30), time(11, 30))


def test_outside_opening_hours_is_refused(cedar):
    with pytest.raises(BookingConflict, match="room is closed"):
        cedar.book("Late call", time(18, 30), time(19, 30))


def test_end_before_start_is_a_value_error(cedar):
    with pytest.raises(ValueError, match="end after it starts"):
        cedar.book("Oops", time(15, 0), time(14, 0))


def test_free_until(cedar):
    assert cedar.free_until(time(9, 0)) == time(10, 0)
    assert cedar.free_until(time(11, 0)) == time(19, 0)
