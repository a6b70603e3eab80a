"""pytest plugin: ``pytest --heal`` proposes fixes for the session's failures; ``--heal=apply`` applies validated ones.

What it does, honestly:

* ``--heal`` (same as ``--heal=propose``): every failed test and collection error of the session is sent to the
  core's ``heal()`` with its traceback text (pytest's ``longrepr``), and the proposed fixes (confidence, title,
  diff) are printed in the terminal summary. Nothing is written.
* ``--heal=apply`` (with ``--heal-threshold``, default 0.75): after the session, the core's whole loop runs on the
  failing tests in a fresh pytest subprocess (``python -m pytest -q -p no:cacheprovider <failing files/ids>``):
  each fix is applied, the failing tests are re-run, and the fix is kept only if they pass and its confidence
  reaches the threshold; otherwise it is rolled back. Unvalidated fixes are never written. The current
  session's outcome is not changed: re-run pytest to see the healed result.

Put ``--heal`` after the test paths (or write ``--heal=propose``): ``pytest --heal tests/`` reads ``tests/`` as the
mode.
"""

from __future__ import annotations

import os
import re
import sys
from typing import Any, List, Optional, Tuple

import pytest

from . import AutonomousTestHealer, HealerError

_NESTED = "MAESTRO_HEAL_NESTED"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("maestro-heal", "healing failing tests (maestro-test-healer)")
    group.addoption("--heal", action="store", nargs="?", const="propose", default=None,
                    choices=("propose", "apply"),
                    help="propose fixes for failing tests in the summary; --heal=apply writes validated fixes")
    group.addoption("--heal-threshold", action="store", type=float, default=0.75,
                    help="confidence (0..1) a validated fix needs to be applied by --heal=apply (default 0.75)")


def pytest_configure(config: pytest.Config) -> None:
    mode = config.getoption("heal", None)
    # Inside the subprocess --heal=apply starts, stay quiet (no recursion through addopts).
    if mode and not os.environ.get(_NESTED):
        threshold = config.getoption("heal_threshold")
        if not 0.0 <= threshold <= 1.0:
            raise pytest.UsageError(f"--heal-threshold {threshold} is outside 0..1")
        config.pluginmanager.register(HealPlugin(config, mode, threshold), "maestro-heal-session")


def _message(report: Any, text: str) -> str:
    crash = getattr(getattr(report, "longrepr", None), "reprcrash", None)
    if crash is not None and getattr(crash, "message", None):
        # pytest's crash message goes on with the diff lines; the core wants the one-line message.
        return str(crash.message).strip().splitlines()[0]
    e_lines = [line[1:].strip() for line in text.splitlines() if line.startswith("E ")]
    if e_lines:
        return e_lines[-1]
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "failed"


def _line_in(report: Any, file: str, rootdir: str) -> Optional[int]:
    """The line of the innermost traceback entry inside the test file, 1-based."""
    entries = getattr(getattr(getattr(report, "longrepr", None), "reprtraceback", None), "reprentries", None) or []
    want = os.path.normpath(os.path.join(rootdir, file))
    for entry in reversed(entries):
        loc = getattr(entry, "reprfileloc", None)
        if loc is not None and os.path.normpath(os.path.join(rootdir, str(loc.path))) == want:
            return int(loc.lineno)
    return None


class HealPlugin:
    """Collects the session's failures and heals them in the terminal summary."""

    def __init__(self, config: pytest.Config, mode: str, threshold: float) -> None:
        self.config = config
        self.mode = mode
        self.threshold = threshold
        # (nodeid, file relative to rootdir, line or None, message, longrepr text)
        self.failures: List[Tuple[str, str, Optional[int], str, str]] = []

    def _record(self, report: Any) -> None:
        if not report.failed:
            return
        text = report.longreprtext or ""
        nodeid = report.nodeid
        file = nodeid.split("::", 1)[0]
        if not file.endswith(".py"):
            return
        line = _line_in(report, file, str(self.config.rootpath))
        if line is None:
            m = re.search(r'File "[^"]*", line (\d+)', text) or re.search(r"^[^\s:]+\.py:(\d+)", text, re.M)
            line = int(m.group(1)) if m else None
        message = _message(report, text)
        if "::" in nodeid:
            # Frame the traceback as pytest prints it, so the core's pytest parser reads the test id and values.
            name = nodeid.split("::")[-1]
            text = f"{'_' * 20} {name} {'_' * 20}\n\n{text}\n{'=' * 20} short test summary info {'=' * 20}\n" \
                   f"FAILED {nodeid} - {message}\n"
        self.failures.append((nodeid, file, line, message, text))

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self._record(report)

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        self._record(report)

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if not self.failures:
            return
        tr = terminalreporter
        healer = AutonomousTestHealer(threshold=self.threshold, project=str(self.config.rootpath))
        if self.mode == "apply":
            _apply(tr, healer, self.failures)
            return
        tr.section("maestro-heal: proposed fixes")
        for nodeid, file, line, message, text in self.failures:
            try:
                result = healer.heal(file_path=file, error_message=message, stack_trace=text, line_number=line)
            except HealerError as e:
                tr.write_line(f"{nodeid}: cannot heal: {e}")
                continue
            if not result.fixes:
                tr.write_line(f"{nodeid}: no fix proposed")
                continue
            for fix in result.fixes:
                tr.write_line(f"{nodeid}: [{fix.strategy} {fix.confidence:.2f} {fix.applicability}] {fix.title}")
                if fix.diff:
                    tr.write(fix.diff if fix.diff.endswith("\n") else fix.diff + "\n")
        tr.write_line("maestro-heal: nothing was written; run with --heal=apply to apply validated fixes")


def _apply(tr: Any, healer: AutonomousTestHealer, failures: List[Tuple[str, str, Optional[int], str, str]]) -> None:
    tr.section("maestro-heal: applying validated fixes")
    targets: List[str] = []
    for nodeid, file, _line, _message, _text in failures:
        # A collection error's node id is the file itself: re-run the whole file.
        target = nodeid if "::" in nodeid else file
        if target not in targets:
            targets.append(target)
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *targets]
    os.environ[_NESTED] = "1"
    try:
        report = healer.run(command, apply=True)
    except HealerError as e:
        tr.write_line(f"maestro-heal: cannot heal: {e}")
        return
    finally:
        os.environ.pop(_NESTED, None)
    for outcome in report.failures:
        name = outcome.failure.test_id or outcome.failure.file
        if not outcome.fixes:
            tr.write_line(f"{name}: no fix proposed")
        for fix in outcome.fixes:
            verdict = "APPLIED" if fix.applied else "not applied"
            tr.write_line(f"{name}: {verdict} [{fix.strategy} {fix.confidence:.2f}] {fix.title} -- {fix.decision}")
    files = ", ".join(report.changed_files) or "none"
    tr.write_line(f"maestro-heal: {report.applied} fix(es) applied; changed files: {files}; "
                  f"{_outcome(report.initial.failures, report.final.failures, report.passed)} (re-run pytest to confirm)")


def _outcome(before: int, after: int, passed: bool) -> str:
    """What the heal did to the failing tests, in counts: a partial heal is neither "pass" nor "still fail"."""
    if passed:
        return f"all {before} failing test(s) now pass"
    healed = max(before - after, 0)
    return f"{healed} of {before} failing test(s) now pass, {after} still fail"
