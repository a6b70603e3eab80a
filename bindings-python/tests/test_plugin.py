"""The pytest plugin (`pytest --heal`), run in a subprocess on real broken projects."""
from pathlib import Path

from conftest import PRICING, run_pytest, write_project


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


def test_the_pytest_extra_declares_the_plugin_dependency():
    # `pip install maestro-test-healer[pytest]` must bring pytest along for the plugin.
    import re
    from importlib.metadata import metadata

    meta = metadata("maestro-test-healer")
    assert "pytest" in (meta.get_all("Provides-Extra") or [])
    requires = meta.get_all("Requires-Dist") or []
    assert any(re.match(r"pytest\b.*;\s*extra\s*==\s*['\"]pytest['\"]", r) for r in requires), requires


def test_heal_apply_counts_a_partial_heal(tmp_path: Path):
    # One failure the healer fixes (a cwd-relative fixture path), one real bug it must leave alone: the summary
    # says "1 of 2", not "still fail".
    write_project(tmp_path, {
        "pricing.py": PRICING,
        "tests/fixtures/prices.json": "[1.25, 2.75]\n",
        "tests/test_fixture.py": """
            import json

            from pricing import subtotal


            def test_subtotal_of_fixture():
                with open("fixtures/prices.json") as f:
                    assert subtotal(json.load(f)) == 4.0
            """,
        "tests/test_rounding.py": """
            from pricing import subtotal


            def test_rounding():
                assert subtotal([0.1, 0.2]) == 0.4
            """,
    })
    out = run_pytest(tmp_path, "--heal=apply", "--heal-threshold", "0.8")
    assert "1 of 2 failing test(s) now pass, 1 still fail" in out.stdout, out.stdout
    assert "__file__" in (tmp_path / "tests/test_fixture.py").read_text()
    assert "== 0.4" in (tmp_path / "tests/test_rounding.py").read_text()
