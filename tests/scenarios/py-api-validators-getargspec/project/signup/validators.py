"""Field validators for a sign-up form."""
import re

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")


def valid_email(address):
    """True for something@domain.tld."""
    return bool(EMAIL.match(address))


def valid_username(name, min_length=3):
    """Letters, digits and underscores, at least `min_length` long."""
    return len(name) >= min_length and name.replace("_", "").isalnum()
