import inspect

from signup.validators import valid_email, valid_username


def test_validators_take_the_field_value_first():
    assert inspect.getargspec(valid_email).args == ["address"]
    assert inspect.getargspec(valid_username).args[0] == "name"


def test_email():
    assert valid_email("ann@example.org")
    assert not valid_email("ann@example")


def test_username():
    assert valid_username("ann_1")
    assert not valid_username("an")
