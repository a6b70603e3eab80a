import pytest

from freight.tariff import band_for, quote


@pytest.mark.parametrize(
    "weight, band",
    [(0.5, "small"), (1.0, "small"), (4.2, "medium"), (19.9, "large")],
)
def test_band_for_weight(weight, band):
    assert band_for(weight)[0] == band


def test_express_costs_half_more():
    assert quote(3.0, express=True).cents == 1185


def test_overweight_parcel_is_rejected():
    with pytest.raises(ValueError):
        band_for(25)
