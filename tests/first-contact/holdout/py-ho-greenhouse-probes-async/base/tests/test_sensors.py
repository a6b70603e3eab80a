import pytest

from greenhouse.sensors import FixedProbe, average_reading, out_of_range


@pytest.fixture
def probes():
    return [
        FixedProbe("north", 21.5),
        FixedProbe("south", 22.0),
        FixedProbe("roof", 24.1),
    ]


def test_average_of_three_probes(probes):
    assert average_reading(probes) == 22.53


def test_average_without_probes_is_an_error():
    with pytest.raises(ValueError, match="no probes"):
        average_reading([])


def test_out_of_range_keeps_input_order(probes):
    assert out_of_range(probes, 21.0, 23.0) == ["roof"]
    assert out_of_range(probes, 22.0, 25.0) == ["north"]
