import pytest

from thermo.convert import c_to_f, f_to_c


@pytest.mark.parametrize(
    "celsius, fahrenheit",
    [
        (0, 32.0),
        (100, 212.0),
        (-40, -40.0),
        (21.5, 70.7),
    ],
)
def test_c_to_f(celsius, fahrenheit):
    assert c_to_f(celsius) == fahrenheit


def test_f_to_c():
    assert f_to_c(98.6) == 37.0
    assert f_to_c(32) == 0.0


def test_below_absolute_zero():
    with pytest.raises(ValueError, match="below absolute zero"):
        c_to_f(-300)
