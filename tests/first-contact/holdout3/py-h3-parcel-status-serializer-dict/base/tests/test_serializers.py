from datetime import datetime, timezone

import pytest

from parcels.models import Parcel, Status
from parcels.serializers import parcel_to_dict

T0 = datetime(2026, 3, 2, 8, 15, tzinfo=timezone.utc)
T1 = datetime(2026, 3, 3, 14, 40, tzinfo=timezone.utc)


@pytest.fixture
def parcel():
    p = Parcel("PX-1042", weight_grams=2340)
    p.advance(Status.SHIPPED, T0)
    return p


def test_new_parcel():
    assert parcel_to_dict(Parcel("PX-1", 500)) == {
        "id": "PX-1",
        "weight_kg": 0.5,
        "status": "label_created",
        "delivered": False,
        "events": [],
    }


def test_shipped_parcel(parcel):
    expected = {
        "id": "PX-1042",
        "weight_kg": 2.3,
        "status": "shipped",
        "delivered": False,
        "events": [{"at": "2026-03-02T08:15:00+00:00", "status": "shipped"}],
    }
    assert parcel_to_dict(parcel) == expected


def test_delivered_parcel(parcel):
    parcel.advance(Status.DELIVERED, T1)
    data = parcel_to_dict(parcel)
    assert data["delivered"] is True
    assert [e["status"] for e in data["events"]][-1] == "delivered"
