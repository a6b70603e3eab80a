import pytest

from library.loans import Library


def make_library():
    lib = Library()
    lib.stock("978-0", count=2)
    return lib


def test_borrow_reduces_available_copies():
    lib = make_library()
    lib.borrow_book("978-0", member_id=7)
    assert lib.available("978-0") == 1


def test_borrow_fails_when_no_copy_is_left():
    lib = make_library()
    lib.borrow_book("978-0", 1)
    lib.borrow_book("978-0", 2)
    with pytest.raises(LookupError):
        lib.borrow_book("978-0", 3)


def test_return_puts_the_copy_back():
    lib = make_library()
    loan = lib.borrow_book("978-0", 5)
    lib.return_book(loan)
    assert lib.available("978-0") == 2
