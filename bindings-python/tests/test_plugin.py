"""The pytest plugin (`pytest --heal`), run in a subprocess on real broken projects."""
from pathlib import Path

from conftest import run_pytest


def test_heal_flag_prints_proposed_fixes_and_writes_nothing(syntax_project: Path):
    before = (syntax_project / "tests/test_pricing.py").read_text()
    out = run_pytest(syntax_project, "--heal")
    assert out.returncode != 0
    assert "maestro-heal: proposed fixes" in out.stdout, out.stdout
    assert "syntax_repair" in out.stdout
    assert "+def test_subtotal():" in out.stdout
    assert "nothing was written" in out.stdout
    assert (syntax_project / "tests/test_pricing.py").read_text() == before


def test_heal_apply_writes_validated_fixes(syntax_project: Path):
    out = run_pytest(syntax_project, "--heal=apply", "--heal-threshold", "0.8")
    assert "maestro-heal: applying validated fixes" in out.stdout, out.stdout
    assert "APPLIED" in out.stdout
    assert "def test_subtotal():" in (syntax_project / "tests/test_pricing.py").read_text()
    assert run_pytest(syntax_project).returncode == 0


def test_heal_on_an_assertion_failure_proposes_an_update(tmp_path: Path):
    (tmp_path / "test_greeting.py").write_text(
        "def greet(name):\n    return f'Hello, {name}!'\n\n\n"
        "def test_greet():\n    assert greet('Ada') == 'Hello, Ada'\n")
    out = run_pytest(tmp_path, "--heal")
    assert "maestro-heal: proposed fixes" in out.stdout, out.stdout
    assert "test_greeting.py::test_greet: [assertion_update" in out.stdout
    assert "+    assert greet('Ada') == 'Hello, Ada!'" in out.stdout


def test_heal_apply_never_writes_a_fix_below_the_threshold(tmp_path: Path):
    test_file = tmp_path / "test_greeting.py"
    test_file.write_text(
        "def greet(name):\n    return f'Hello, {name}!'\n\n\n"
        "def test_greet():\n    assert greet('Ada') == 'Hello, Ada'\n")
    before = test_file.read_text()
    out = run_pytest(tmp_path, "--heal=apply", "--heal-threshold", "0.9")
    assert "not applied [assertion_update" in out.stdout, out.stdout
    assert "0 fix(es) applied" in out.stdout
    assert test_file.read_text() == before


def test_passing_session_prints_nothing(tmp_path: Path):
    (tmp_path / "test_ok.py").write_text("def test_ok():\n    assert True\n")
    out = run_pytest(tmp_path, "--heal")
    assert out.returncode == 0
    assert "maestro-heal" not in out.stdout


def test_bad_threshold_is_a_usage_error(tmp_path: Path):
    (tmp_path / "test_ok.py").write_text("def test_ok():\n    assert True\n")
    out = run_pytest(tmp_path, "--heal", "--heal-threshold", "3")
    assert out.returncode == 4
    assert "outside 0..1" in out.stderr
