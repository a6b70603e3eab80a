#!/usr/bin/env python3
"""Local measurement (not CI): generate stale expectations and report how many the healer heals.

For every heal scenario of the corpus (and the example projects), the project is set up as `eval` does
(base/ and project/ committed, worktree/ uncommitted), its reference.patch applied and committed, so the tests
pass. Then, one at a time, a module-level constant of a non-test source file is changed the way a developer
changes one on purpose (a number raised by about 10 %, a string constant given a suffix) and committed. When
that makes tests fail, `maestro-heal run --apply` runs; the stale expectation is healed when the command then
passes, only test files changed, and the changed source file is as the developer left it.

    . scripts/tools.sh
    python3 scripts/stale-expectations.py --exe target/release/maestro-heal --per-language 20

Prints one line per generated change and a summary per language.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

IGNORED = {".git", "node_modules", ".maestro", "__pycache__", ".pytest_cache"}
PY_CONST = re.compile(r"^(?P<head>[A-Z][A-Z0-9_]*\s*(?::\s*\w+\s*)?=\s*)(?P<value>-?\d+(?:\.\d+)?|\"[^\"\\]{1,40}\"|'[^'\\]{1,40}')(?P<tail>\s*(?:#.*)?)$")
TS_CONST = re.compile(r"^(?P<head>(?:export\s+)?const\s+[A-Z][A-Z0-9_]*\s*(?::\s*\w+\s*)?=\s*)(?P<value>-?\d+(?:\.\d+)?|'[^'\\]{1,40}'|\"[^\"\\]{1,40}\")(?P<tail>\s*;?\s*(?://.*)?)$")


def is_test(path: Path) -> bool:
    name = path.name
    return (
        any(p in ("tests", "test", "__tests__", "spec") for p in path.parts)
        or name.startswith("test_")
        or name.endswith("_test.py")
        or ".test." in name
        or ".spec." in name
        or name == "conftest.py"
    )


def sh(args, cwd, env=None, timeout=300):
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def copy_tree(src: Path, dst: Path):
    for item in src.rglob("*"):
        if any(part in IGNORED for part in item.relative_to(src).parts):
            continue
        target = dst / item.relative_to(src)
        if item.is_dir():
            target.mkdir(parents=True, exist_ok=True)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(item, target)


def commit(root: Path, message: str):
    sh(["git", "add", "-A"], root)
    sh(["git", "-c", "user.email=dev@example.com", "-c", "user.name=dev", "commit", "-q", "--allow-empty", "-m", message], root)


def baseline(scenario: Path, root: Path, tools: Path) -> bool:
    """The scenario's project with its reference fix, committed: a passing suite."""
    sh(["git", "init", "-q"], root)
    (root / ".git/info/exclude").write_text("".join(f"{i}\n" for i in IGNORED))
    for layer in ("base", "project", "worktree"):
        if (scenario / layer).is_dir():
            copy_tree(scenario / layer, root)
            commit(root, layer)
    patch = scenario / "reference.patch"
    if patch.exists() and sh(["git", "apply", str(patch.resolve())], root).returncode != 0:
        return False
    commit(root, "reference fix")
    if (root / "package.json").exists() and not (root / "node_modules").exists():
        os.symlink(tools / "node/node_modules", root / "node_modules")
    return True


def changed_value(value: str) -> str | None:
    if value[0] in "'\"":
        return value[:-1] + " (v2)" + value[-1]
    if "." in value:
        decimals = len(value.split(".")[1])
        new = round(float(value) * 1.1, decimals)
        if new == float(value):
            new = float(value) + 10 ** -decimals
        return f"{new:.{decimals}f}"
    n = int(value)
    return str(n + max(1, abs(n) // 10))


def candidates(root: Path):
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(p in IGNORED for p in rel.parts) or not path.is_file() or is_test(rel):
            continue
        if path.suffix == ".py":
            pattern = PY_CONST
        elif path.suffix in (".ts", ".js", ".mjs", ".tsx") and not path.name.endswith(".d.ts"):
            pattern = TS_CONST
        else:
            continue
        lines = path.read_text().splitlines(keepends=True)
        for i, line in enumerate(lines):
            m = pattern.match(line.rstrip("\n"))
            if m:
                new = changed_value(m.group("value"))
                if new:
                    yield rel, i, m, new


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exe", default="target/release/maestro-heal")
    ap.add_argument("--tools", default=".tools")
    ap.add_argument("--scenarios", default="tests/scenarios")
    ap.add_argument("--per-language", type=int, default=20)
    args = ap.parse_args()
    exe, tools = Path(args.exe).resolve(), Path(args.tools).resolve()
    env = dict(os.environ)
    env["PATH"] = f"{tools / 'venv/bin'}:{tools / 'node/node_modules/.bin'}:{tools / 'bin'}:{env['PATH']}"
    env["MAESTRO_CALIBRATION"] = "off"
    counts = {}
    for toml in sorted(Path(args.scenarios).glob("*/scenario.toml")):
        meta = tomllib.loads(toml.read_text())
        lang = meta.get("language", "?")
        if meta.get("expect") != "heal" or counts.get(lang, (0, 0))[0] >= args.per_language:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            base = Path(tmp) / "base"
            base.mkdir()
            if not baseline(toml.parent, base, tools):
                continue
            command = ["sh", "-c", meta["command"]]
            if sh(command, base, env).returncode != 0:
                continue
            for rel, line_no, m, new in list(candidates(base))[:3]:
                if counts.get(lang, (0, 0))[0] >= args.per_language:
                    break
                work = Path(tmp) / f"w{line_no}{rel.name}"
                shutil.copytree(base, work, symlinks=True)
                path = work / rel
                lines = path.read_text().splitlines(keepends=True)
                end = "\n" if lines[line_no].endswith("\n") else ""
                lines[line_no] = f"{m.group('head')}{new}{m.group('tail')}{end}"
                path.write_text("".join(lines))
                commit(work, f"change {rel} line {line_no + 1}")
                if sh(command, work, env).returncode == 0:
                    shutil.rmtree(work)
                    continue
                source_after_change = path.read_text()
                sh([str(exe), "run", "--apply", "--project", str(work), "--", *command], work, env, timeout=600)
                passes = sh(command, work, env).returncode == 0
                changed = [l[3:] for l in sh(["git", "status", "--porcelain"], work).stdout.splitlines()]
                only_tests = all(is_test(Path(c.strip())) or c.strip().startswith(".maestro") for c in changed)
                healed = passes and only_tests and path.read_text() == source_after_change and changed
                total, ok = counts.get(lang, (0, 0))
                counts[lang] = (total + 1, ok + int(bool(healed)))
                print(f"{'HEALED' if healed else 'left  '} {toml.parent.name}: {rel}:{line_no + 1} {m.group('value')} -> {new}", flush=True)
                shutil.rmtree(work)
    for lang, (total, ok) in sorted(counts.items()):
        print(f"{lang}: {ok}/{total} stale expectations healed ({100.0 * ok / max(total, 1):.1f}%)")


if __name__ == "__main__":
    sys.exit(main())
