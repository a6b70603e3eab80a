"""The JSON shape of a parcel in the public tracking API (v2)."""

from __future__ import annotations

from typing import Any

from .models import Parcel


def parcel_to_dict(parcel: Parcel) -> dict[str, Any]:
    """Serialize ``parcel`` for ``GET /v2/parcels/<id>``.

    Weights are reported in kilograms with one decimal, timestamps in ISO 8601.
    """
    return {
        "id": parcel.tracking_id,
        "weight_kg": round(parcel.weight_grams / 1000, 1),
        "status": parcel.status.value,
        "delivered": parcel.status.value == "delivered",
        "events": [
            {"at": at.isoformat(), "status": status.value}
            for at, status in parcel.history
        ],
    }
