"""The Python API over the core, on real broken mini-projects."""
import sys
from pathlib import Path

import pytest

from conftest import run_pytest
from maestro_test_healer import (
    AutonomousTestHealer,
    Failure,
    Fix,
    HealReport,
    HealerError,
    parse_failures,
)
import maestro_test_healer as mth


def test_heal_proposes_the_missing_colon_with_diff_and_healed_code():
    healer = AutonomousTestHealer(threshold=0.75, project=".")
    result = healer.heal(
        error_type="SyntaxError",
        file_path="tests/test_cart.py",
        error_message="SyntaxError: expected ':'",
        line_number=1,
        source="def test_total()\n    assert 1 + 2 == 3\n",
    )
    fix = result.best
    assert isinstance(fix, Fix)
    assert fix.strategy == "syntax_repair"
    assert fix.confidence >= 0.75
    assert fix.healed_code == "def test_total():\n    assert 1 + 2 == 3\n"
    assert "+def test_total():" in fix.diff
    assert fix in result.confident_fixes
    assert result.failure.kind == "syntax_error"
    assert "syntax_repair" in repr(fix) and "Fix(" in repr(fix)
    d = fix.to_dict()
    assert d["healed_code"] == fix.healed_code and d["edits"][0]["replacement"] == ":"


def test_heal_reads_the_file_from_the_project(syntax_project: Path):
    healer = AutonomousTestHealer(project=syntax_project)
    result = healer.heal(file_path="tests/test_pricing.py", error_message="SyntaxError: expected ':'",
                         error_type="SyntaxError", line_number=4)
    assert result.best is not None
    assert "def test_subtotal():" in result.best.healed_code
    # heal() never writes.
    assert "def test_subtotal()\n" in (syntax_project / "tests/test_pricing.py").read_text()


def test_heal_says_what_a_fix_touches_and_tests_only_keeps_source_fixes_to_display(tmp_path: Path):
    (tmp_path / "app").mkdir()
    (tmp_path / "app/totals.py").write_text("def total(xs)\n    return sum(xs)\n")
    healer = AutonomousTestHealer(project=tmp_path)
    request = dict(file_path="app/totals.py", error_message="SyntaxError: expected ':'", error_type="SyntaxError",
                   line_number=1)
    fix = healer.heal(**request).best
    assert fix is not None and fix.touches == "source" and fix.applicability == "safe"
    assert fix.to_dict()["touches"] == "source"
    shown = healer.heal(**request, tests_only=True).best
    assert shown is not None and shown.touches == "source" and shown.applicability == "display_only"
    assert not healer.heal(**request, tests_only=True).confident_fixes


def test_parse_failures_reads_a_real_pytest_run(tmp_path: Path):
    (tmp_path / "test_math.py").write_text("def test_add():\n    assert 1 + 2 == 4\n")
    out = run_pytest(tmp_path)
    assert out.returncode == 1
    failures = parse_failures(out.stdout)
    assert len(failures) == 1
    f = failures[0]
    assert isinstance(f, Failure)
    assert f.test_id == "test_math.py::test_add"
    assert f.runner == "pytest"
    assert f.kind == "test_failure"
    assert "test_add" in repr(f)
    assert f.to_dict()["test_id"] == "test_math.py::test_add"
    # bytes work the same, and a forced runner is honoured
    assert parse_failures(out.stdout.encode(), runner="pytest")[0].test_id == f.test_id


def test_parse_errors_are_healer_errors():
    with pytest.raises(mth.ParseError, match="binary data"):
        parse_failures(b"abc\x00def")
    with pytest.raises(mth.ParseError, match="unknown runner `mocha`"):
        parse_failures("x", runner="mocha")
    with pytest.raises(HealerError):
        parse_failures("hello, this is not a test run")
    assert issubclass(mth.ParseError, HealerError) and issubclass(mth.RunError, HealerError)


def test_argument_and_request_errors(tmp_path: Path):
    with pytest.raises(mth.InvalidArgumentError, match="outside 0..=1"):
        AutonomousTestHealer(threshold=1.5)
    with pytest.raises(ValueError):
        AutonomousTestHealer(project=tmp_path / "missing")
    healer = AutonomousTestHealer(project=tmp_path)
    with pytest.raises(mth.RequestError, match="error message is empty"):
        healer.heal(file_path="a.py", error_message="", source="x = 1\n")
    with pytest.raises(mth.RequestError, match="outside the project"):
        healer.heal(file_path="../a.py", error_message="boom", source="x = 1\n")
    with pytest.raises(mth.InvalidArgumentError, match="list of strings"):
        healer.run("pytest -q")
    with pytest.raises(mth.RunError):
        healer.run(["definitely-not-a-command-xyz"])


def test_record_outcome_moves_the_confidence_of_the_same_pattern(tmp_path: Path):
    source = "from cart import total\n\n\ndef test_total():\n    assert total([1, 2]) == 4\n"
    (tmp_path / "test_cart.py").write_text(source)
    healer = AutonomousTestHealer(project=tmp_path)

    def best():
        fix = healer.heal(file_path="test_cart.py", error_message="AssertionError: assert 3 == 4", line_number=5,
                          source=source).best
        assert fix is not None and fix.strategy == "assertion_update" and fix.pattern
        return fix

    first = best()
    for _ in range(6):
        healer.record_outcome(first, False)
    rejected = best()
    assert rejected.confidence < first.confidence and rejected.confidence < healer.threshold
    assert (tmp_path / ".maestro" / "patterns.json").is_file()
    for _ in range(20):
        healer.record_outcome(rejected, True)
    assert best().confidence > rejected.confidence


def test_record_outcome_errors_are_clear(tmp_path: Path):
    healer = AutonomousTestHealer(project=tmp_path)
    fix = healer.heal(file_path="t.py", error_message="SyntaxError: expected ':'", line_number=1,
                      source="def test_a()\n    pass\n").best
    bare = mth.Fix({k: v for k, v in fix.to_dict().items() if k != "pattern"})
    with pytest.raises(mth.RequestError, match="carries no pattern"):
        healer.record_outcome(bare, True)
    (tmp_path / ".maestro").mkdir()
    (tmp_path / ".maestro" / "patterns.json").write_text("{ broken")
    with pytest.raises(mth.StoreError, match="move it aside"):
        healer.record_outcome(fix, True)
    assert (tmp_path / ".maestro" / "patterns.json").read_text() == "{ broken"


def test_run_without_apply_reports_and_writes_nothing(syntax_project: Path):
    before = (syntax_project / "tests/test_pricing.py").read_text()
    healer = AutonomousTestHealer(project=syntax_project)
    report = healer.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"])
    assert isinstance(report, HealReport)
    assert not report.passed and report.applied == 0
    assert report.failures and report.fixes
    assert report.fixes[0].strategy == "syntax_repair"
    assert report.fixes[0].applied is False
    assert (syntax_project / "tests/test_pricing.py").read_text() == before
    assert report.to_dict()["initial"]["passed"] is False


def test_run_with_apply_heals_the_project(syntax_project: Path):
    healer = AutonomousTestHealer(threshold=0.75, project=syntax_project)
    report = healer.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], apply=True)
    assert report.passed, report.to_dict()
    assert report.applied == 1
    assert report.changed_files == ["tests/test_pricing.py"]
    assert report.fixes[0].validated is True and report.fixes[0].applied is True
    assert "def test_subtotal():" in (syntax_project / "tests/test_pricing.py").read_text()
    assert run_pytest(syntax_project).returncode == 0


def test_run_leaves_a_real_bug_alone(tmp_path: Path):
    """The code is wrong (a discount of 10% on 200 is 180), the test is right: nothing may be applied."""
    (tmp_path / "pricing.py").write_text(
        "def apply_discount(amount: float, percent: float) -> float:\n"
        "    return round(amount * (1 - percent / 10), 2)\n")
    (tmp_path / "test_pricing.py").write_text(
        "from pricing import apply_discount\n\n\ndef test_discount():\n    assert apply_discount(200.0, 10) == 180.0\n")
    before = (tmp_path / "test_pricing.py").read_text()
    report = AutonomousTestHealer(project=tmp_path).run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], apply=True)
    assert not report.passed
    assert report.applied == 0
    assert (tmp_path / "test_pricing.py").read_text() == before
