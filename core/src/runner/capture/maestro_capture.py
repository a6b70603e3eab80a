"""maestro-heal's capture plugin: records the operands of every failing comparison during the healer's own
re-runs (loaded with ``-p maestro_capture`` from a temporary folder on PYTHONPATH; never installed, nothing
written into the project). The normal report is unchanged: the hook returns None.

With ``MAESTRO_REPEAT=N`` it also runs every selected test N times in a row in this one process (setup, call and
teardown each time, each run reported), stopping a test's repeats at its first failure: a flaky fix's N
consecutive passes cost one runner start instead of N."""
import json
import os
import sys

import pytest

_records = []
_current = {"id": None, "param_id": None, "params": None}
_HERE = os.path.abspath(__file__)


def _json(value):
    try:
        json.dumps(value, allow_nan=False)
        return value
    except (TypeError, ValueError):
        return None


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    spec = getattr(item, "callspec", None)
    _current["id"] = item.nodeid
    _current["param_id"] = spec.id if spec is not None else None
    _current["params"] = {k: repr(v) for k, v in spec.params.items()} if spec is not None else None


def _assert_site():
    frame = sys._getframe(2)
    while frame is not None:
        name = os.path.abspath(frame.f_code.co_filename)
        if name != _HERE and "_pytest" not in name and "pluggy" not in name:
            return name, frame.f_lineno
        frame = frame.f_back
    return None, None


def pytest_assertrepr_compare(config, op, left, right):
    try:
        path, line = _assert_site()
        _records.append({
            "id": _current["id"],
            "param_id": _current["param_id"],
            "params": _current["params"],
            "op": op,
            "left": repr(left),
            "right": repr(right),
            "left_json": _json(left),
            "right_json": _json(right),
            "file": path,
            "line": line,
        })
    except Exception:  # never disturb the user's run
        pass
    return None


def _repeat():
    try:
        return max(1, int(os.environ.get("MAESTRO_REPEAT", "1")))
    except ValueError:
        return 1


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_protocol(item, nextitem):
    repeat = _repeat()
    if repeat <= 1:
        return None
    from _pytest.runner import runtestprotocol

    item.ihook.pytest_runtest_logstart(nodeid=item.nodeid, location=item.location)
    for _ in range(repeat):
        # runtestprotocol sets the item's fixture request up again when an earlier run cleared it.
        reports = runtestprotocol(item, nextitem=nextitem, log=True)
        if any(r.failed for r in reports):
            break
    item.ihook.pytest_runtest_logfinish(nodeid=item.nodeid, location=item.location)
    return True


def pytest_sessionfinish(session, exitstatus):
    out = os.environ.get("MAESTRO_CAPTURE_OUT")
    if not out:
        return
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(_records, f)
    os.replace(tmp, out)
