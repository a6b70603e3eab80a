"""maestro-test-healer: heals broken Python and TypeScript tests.

A thin Python layer over the Rust core (``maestro_test_healer._native``): the core parses failing runs into
failures, proposes minimal fixes with a confidence, validates them by re-running the failing tests, and applies
only validated fixes at or above the threshold. No healing logic lives in Python.

    >>> from maestro_test_healer import AutonomousTestHealer
    >>> healer = AutonomousTestHealer(threshold=0.75, project=".")
    >>> result = healer.heal(file_path="tests/test_cart.py", error_message="SyntaxError: expected ':'",
    ...                      line_number=1, source="def test_total()\\n    assert 1 == 1\\n")
    >>> result.fixes[0].healed_code
    'def test_total():\\n    assert 1 == 1\\n'
"""

from __future__ import annotations

import json
import os
from typing import Any, Dict, Iterator, List, Optional, Sequence, Union

from . import _native
from ._native import HealerError, ParseError, RequestError, RunError, StoreError

__version__: str = _native.__version__

__all__ = [
    "AutonomousTestHealer",
    "Failure",
    "Fix",
    "HealResult",
    "HealReport",
    "RunSummary",
    "parse_failures",
    "HealerError",
    "ParseError",
    "RequestError",
    "RunError",
    "StoreError",
    "InvalidArgumentError",
]


class InvalidArgumentError(HealerError, ValueError):
    """An argument is out of range or of the wrong shape (a threshold above 1, a command given as a string)."""


def _short(text: Optional[str], limit: int = 60) -> str:
    if text is None:
        return "None"
    text = text.replace("\n", " ")
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


class Failure:
    """One failing test or diagnostic, whatever runner reported it."""

    __slots__ = ("kind", "test_id", "file", "line", "column", "error_type", "message", "expected", "actual",
                 "frames", "runner", "raw")

    def __init__(self, data: Dict[str, Any]) -> None:
        self.kind: str = data["kind"]
        self.test_id: Optional[str] = data.get("test_id")
        self.file: Optional[str] = data.get("file")
        self.line: Optional[int] = data.get("line")
        self.column: Optional[int] = data.get("column")
        self.error_type: Optional[str] = data.get("error_type")
        self.message: str = data.get("message", "")
        self.expected: Optional[str] = data.get("expected")
        self.actual: Optional[str] = data.get("actual")
        self.frames: List[Dict[str, Any]] = list(data.get("frames") or [])
        self.runner: str = data.get("runner", "")
        self.raw: str = data.get("raw", "")

    def to_dict(self) -> Dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}

    def __repr__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else str(self.file)
        return f"Failure(kind={self.kind!r}, test_id={self.test_id!r}, at={where!r}, message={_short(self.message)})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Failure) and self.to_dict() == other.to_dict()


class Fix:
    """A proposed fix: its confidence, diff and the whole healed text of the file.

    ``validated``, ``applied`` and ``decision`` are set only on fixes from :meth:`AutonomousTestHealer.run`.
    """

    __slots__ = ("strategy", "confidence", "applicability", "title", "rationale", "diff", "healed_code", "edits",
                 "touches", "pattern", "validated", "applied", "decision")

    def __init__(self, data: Dict[str, Any]) -> None:
        self.strategy: str = data["strategy"]
        self.confidence: float = float(data["confidence"])
        self.applicability: str = data["applicability"]
        self.title: str = data.get("title", "")
        self.rationale: str = data.get("rationale", "")
        self.diff: str = data.get("diff", "")
        self.healed_code: str = data.get("healed_code", "")
        self.edits: List[Dict[str, Any]] = list(data.get("edits") or [])
        # "test" or "source": the kind of file the fix edits (None for advice).
        self.touches: Optional[str] = data.get("touches")
        # The core's pattern key (failure signature, strategy, fix shape): what record_outcome counts against.
        self.pattern: Optional[Dict[str, Any]] = data.get("pattern")
        self.validated: Optional[bool] = data.get("validated")
        self.applied: Optional[bool] = data.get("applied")
        self.decision: Optional[str] = data.get("decision")

    def to_dict(self) -> Dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}

    def __repr__(self) -> str:
        extra = ""
        if self.applied is not None:
            extra = f", validated={self.validated!r}, applied={self.applied!r}"
        return (f"Fix(strategy={self.strategy!r}, confidence={self.confidence:.2f}, "
                f"applicability={self.applicability!r}, title={_short(self.title)}{extra})")


class HealResult:
    """A failure as the core understood it, and the fixes proposed for it, best first."""

    __slots__ = ("failure", "fixes", "threshold")

    def __init__(self, data: Dict[str, Any], threshold: float) -> None:
        self.failure = Failure(data["failure"])
        self.fixes: List[Fix] = [Fix(f) for f in data.get("fixes", [])]
        self.threshold = threshold

    @property
    def best(self) -> Optional[Fix]:
        """The first (best) fix, or None when the core proposes nothing."""
        return self.fixes[0] if self.fixes else None

    @property
    def confident_fixes(self) -> List[Fix]:
        """Fixes with edits whose confidence reaches the healer's threshold (display-only advice excluded)."""
        return [f for f in self.fixes
                if f.confidence >= self.threshold and f.applicability != "display_only" and f.edits]

    def __iter__(self) -> Iterator[Fix]:
        return iter(self.fixes)

    def __len__(self) -> int:
        return len(self.fixes)

    def to_dict(self) -> Dict[str, Any]:
        return {"failure": self.failure.to_dict(), "fixes": [f.to_dict() for f in self.fixes]}

    def __repr__(self) -> str:
        return f"HealResult(failure={self.failure!r}, fixes={self.fixes!r})"


class RunSummary:
    """One run of the command: its exit code, whether it passed, how many failures it had."""

    __slots__ = ("command", "exit_code", "passed", "failures", "duration_ms", "timed_out")

    def __init__(self, data: Dict[str, Any]) -> None:
        self.command: str = data["command"]
        self.exit_code: Optional[int] = data.get("exit_code")
        self.passed: bool = bool(data.get("passed"))
        self.failures: int = int(data.get("failures", 0))
        self.duration_ms: int = int(data.get("duration_ms", 0))
        self.timed_out: bool = bool(data.get("timed_out"))

    def to_dict(self) -> Dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}

    def __repr__(self) -> str:
        return f"RunSummary(command={self.command!r}, passed={self.passed}, failures={self.failures})"


class HealReport:
    """The report of :meth:`AutonomousTestHealer.run`: what failed, what was proposed, validated and applied."""

    __slots__ = ("project", "runner", "apply", "threshold", "initial", "final", "failures", "applied",
                 "changed_files", "exit_code")

    def __init__(self, data: Dict[str, Any]) -> None:
        self.project: str = data["project"]
        self.runner: Optional[str] = data.get("runner")
        self.apply: bool = bool(data.get("apply"))
        self.threshold: float = float(data.get("threshold", 0.75))
        self.initial = RunSummary(data["initial"])
        self.final = RunSummary(data["final"])
        self.failures: List[HealResult] = [HealResult(o, self.threshold) for o in data.get("failures", [])]
        self.applied: int = int(data.get("applied", 0))
        self.changed_files: List[str] = list(data.get("changed_files") or [])
        self.exit_code: int = int(data.get("exit_code", 1))

    @property
    def passed(self) -> bool:
        """True when the command passes at the end."""
        return self.exit_code == 0

    @property
    def fixes(self) -> List[Fix]:
        """Every fix proposed in the run, in report order."""
        return [fix for outcome in self.failures for fix in outcome.fixes]

    def to_dict(self) -> Dict[str, Any]:
        return {
            "project": self.project, "runner": self.runner, "apply": self.apply, "threshold": self.threshold,
            "initial": self.initial.to_dict(), "final": self.final.to_dict(),
            "failures": [o.to_dict() for o in self.failures], "applied": self.applied,
            "changed_files": self.changed_files, "exit_code": self.exit_code,
        }

    def __repr__(self) -> str:
        return (f"HealReport(failures={len(self.failures)}, applied={self.applied}, "
                f"changed_files={self.changed_files!r}, passed={self.passed})")


def parse_failures(output: Union[str, bytes], runner: Optional[str] = None) -> List[Failure]:
    """Parses a test runner's output into failures.

    ``runner`` forces one of pytest, unittest, traceback, tsc, vitest, jest, node_test, junit, mypy, pyright,
    ruff, eslint instead of detecting it. Bytes are checked for binary data and invalid UTF-8. Raises :class:`ParseError`.
    """
    if isinstance(output, (bytes, bytearray, memoryview)):
        data = _native.parse_bytes(bytes(output), runner)
    elif isinstance(output, str):
        data = _native.parse_text(output, runner)
    else:
        raise InvalidArgumentError(f"output must be str or bytes, not {type(output).__name__}")
    return [Failure(f) for f in json.loads(data)]


class AutonomousTestHealer:
    """Heals the tests of one project.

    ``threshold``: confidence (0..1) at or above which validated fixes are applied by ``run(apply=True)``.
    ``project``: the project root; file paths are relative to it.
    """

    def __init__(self, threshold: float = 0.75, project: Union[str, "os.PathLike[str]"] = ".") -> None:
        threshold = float(threshold)
        if not 0.0 <= threshold <= 1.0:
            raise InvalidArgumentError(f"threshold {threshold} is outside 0..=1")
        project = os.fspath(project)
        if not os.path.isdir(project):
            raise InvalidArgumentError(f"project folder {project} does not exist or is not a folder")
        self.threshold = threshold
        self.project = project

    def __repr__(self) -> str:
        return f"AutonomousTestHealer(threshold={self.threshold}, project={self.project!r})"

    def heal(
        self,
        *,
        file_path: Union[str, "os.PathLike[str]"],
        error_message: str,
        error_type: Optional[str] = None,
        stack_trace: Optional[str] = None,
        line_number: Optional[int] = None,
        source: Optional[str] = None,
        tests_only: bool = False,
    ) -> HealResult:
        """Proposes fixes for one failure, best first, without running or writing anything.

        ``source`` is the file's text; it is read from ``project/file_path`` when absent. With ``tests_only``
        a fix of the project's source (``fix.touches == "source"``) is only shown (``display_only``). Raises
        :class:`RequestError` (empty message, file outside the project, unreadable file).
        """
        request = {
            "file_path": os.fspath(file_path),
            "source": source,
            "error_message": error_message,
            "error_type": error_type,
            "line_number": line_number,
            "stack_trace": stack_trace,
        }
        data = _native.heal(json.dumps(request), self.project, bool(tests_only))
        return HealResult(json.loads(data), self.threshold)

    def run(
        self,
        command: Sequence[str],
        apply: bool = False,
        *,
        timeout: Optional[float] = None,
        runner: Optional[str] = None,
        max_rounds: Optional[int] = None,
        tests_only: bool = False,
    ) -> HealReport:
        """Runs ``command`` (a list of strings) in the project, heals its failures, validates each fix by
        re-running the failing tests and, with ``apply=True``, keeps validated fixes at or above the threshold.
        ``tests_only=True`` keeps fixes to test files (``--tests-only``): source fixes are shown, never written.

        Raises :class:`RunError` when the command cannot run or times out.
        """
        if isinstance(command, (str, bytes)) or not all(isinstance(w, str) for w in command):
            raise InvalidArgumentError("command must be a list of strings, e.g. ['python', '-m', 'pytest', '-q']")
        data = _native.run(self.project, list(command), bool(apply), self.threshold, timeout, runner, max_rounds,
                           bool(tests_only))
        return HealReport(json.loads(data))

    def record_outcome(self, fix: Fix, accepted: bool) -> None:
        """Records whether the user accepted ``fix`` (from :meth:`heal` or :meth:`run`) in the project's
        ``.maestro/patterns.json``: later fixes of the same pattern score higher after acceptances and lower after
        rejections, until they fall below the apply threshold.

        Raises :class:`RequestError` for a fix without a pattern, :class:`StoreError` when the store cannot be
        read or written.
        """
        _native.record_outcome(json.dumps(fix.to_dict()), bool(accepted), self.project)
