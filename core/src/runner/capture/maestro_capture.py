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


_HELPER_ASSERT = None


def pytest_exception_interact(node, call, report):
    """An assertion inside a helper the test calls (``def assert_equal(expected, result): assert expected ==
    result`` in a module pytest does not rewrite) fails with an empty AssertionError: record the operands of
    ``assert name == name`` from the innermost frame's locals, with the helper's file and line."""
    global _HELPER_ASSERT
    try:
        import linecache
        import re

        excinfo = getattr(call, "excinfo", None)
        if excinfo is None or not isinstance(excinfo.value, AssertionError):
            return
        tb = excinfo.tb
        while tb.tb_next is not None:
            tb = tb.tb_next
        frame = tb.tb_frame
        path = os.path.abspath(frame.f_code.co_filename)
        line = tb.tb_lineno
        if any(r["file"] == path and r["line"] == line and r["id"] == node.nodeid for r in _records):
            return
        if _HELPER_ASSERT is None:
            _HELPER_ASSERT = re.compile(r"^\s*assert\s+([A-Za-z_]\w*)\s*==\s*([A-Za-z_]\w*)\s*(,.*)?$")
        m = _HELPER_ASSERT.match(linecache.getline(path, line))
        if not m or m.group(1) not in frame.f_locals or m.group(2) not in frame.f_locals:
            return
        left, right = frame.f_locals[m.group(1)], frame.f_locals[m.group(2)]
        _records.append({
            "id": node.nodeid,
            "param_id": _current["param_id"],
            "params": _current["params"],
            "op": "==",
            "left": repr(left),
            "right": repr(right),
            "left_json": _json(left),
            "right_json": _json(right),
            "file": path,
            "line": line,
        })
    except Exception:  # never disturb the user's run
        pass


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
