from datetime import datetime

import pytest

from helpdesk.priority import Priority, escalate, parse_priority, response_due

OPENED = datetime(2024, 5, 6, 9, 30)


@pytest.mark.parametrize(
    "priority, due",
    [
        (Priority.LOW, datetime(2024, 5, 9, 9, 30)),
        (Priority.NORMAL, datetime(2024, 5, 7, 9, 30)),
        (Priority.HIGH, datetime(2024, 5, 6, 17, 30)),
        (Priority.CRIT, datetime(2024, 5, 6, 10, 30)),
    ],
)
def test_response_due(priority, due):
    assert response_due(OPENED, priority) == due


@pytest.mark.parametrize(
    "start, expected",
    [
        (Priority.LOW, Priority.NORMAL),
        (Priority.HIGH, Priority.CRIT),
        (Priority.CRIT, Priority.CRIT),
    ],
)
def test_escalate(start, expected):
    assert escalate(start) is expected


def test_parse_priority_is_case_insensitive():
    assert parse_priority("  high ") is Priority.HIGH


def test_parse_priority_rejects_unknown():
    with pytest.raises(ValueError, match="unknown priority"):
        parse_priority("urgent")
