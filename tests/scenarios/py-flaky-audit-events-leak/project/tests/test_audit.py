from accounts.audit import EVENTS, login, logout


def test_logout_is_recorded():
    logout("bo")
    assert EVENTS[-1] == "logout:bo"


def test_login_records_one_event():
    assert login("ana")
    assert EVENTS == ["login:ana"]
