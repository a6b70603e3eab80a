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
    python3 scripts/stale-expectations.py --exe BIN --per-language 1000 --per-scenario 50 --jobs 2   # every change
    python3 scripts/stale-expectations.py --exe BIN --wide --lang python --per-language 1000 --per-scenario 8 \
        --scenarios tests/scenarios --scenarios tests/first-contact/holdout3   # several folders, traps included

Changes: module-level constants (numbers raised ~10 %, display strings given a " (v2)" suffix, one-word lower-case
strings left alone as keys; a changed number is also changed where the file's comments and docstrings state it,
as a rate's percentage too, as a developer would) and format strings in a
`return` (the first lower-case word of their static text upper-cased: `f"{n} items"` -> `f"{n} ITEMS"`).
With `--wide`, also: a number (or a dict's string value) inside a module-level table (`RATES = {"eu": 1.6}`,
lines of a multi-line `BANDS = [...]`), a format string on any code line (`raise ValueError(f"...")`,
`label = `${n} items``), and TypeScript `const` declarations of any name at the top level.

Prints one line per generated change and a summary per language.
"""
import argparse
import concurrent.futures as cf
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tokenize
import tomllib
from pathlib import Path

IGNORED = {".git", "node_modules", ".maestro", "__pycache__", ".pytest_cache"}
PY_CONST = re.compile(r"^(?P<head>[A-Z][A-Z0-9_]*\s*(?::\s*\w+\s*)?=\s*)(?P<value>-?\d+(?:\.\d+)?|\"[^\"\\]{1,40}\"|'[^'\\]{1,40}')(?P<tail>\s*(?:#.*)?)$")
# A format string in a return statement: f"..." / `...${x}...`; its first static word of 3+ letters is reworded.
PY_FORMAT = re.compile(r"^(?P<head>\s*return\s+.*?)(?P<value>f\"[^\"\\]{1,80}\"|f'[^'\\]{1,80}')(?P<tail>.*)$")
TS_FORMAT = re.compile(r"^(?P<head>\s*return\s+.*?)(?P<value>`[^`\\]{1,80}`)(?P<tail>.*)$")
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


def reworded_format(value: str) -> str | None:
    """A format string with the first word of its static text (outside `{...}`) upper-cased: `f"{n} items"` ->
    `f"{n} ITEMS"`, as a developer changing how a label reads."""
    depth = 0
    i = 0
    while i < len(value):
        c = value[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth = max(0, depth - 1)
        elif depth == 0 and c.isalpha() and c.islower() and (i == 0 or not value[i - 1].isalnum()):
            j = i
            while j < len(value) and value[j].isalpha():
                j += 1
            if j - i >= 3 and value[i - 1] not in "$f" and "{" in value:
                return value[:i] + value[i:j].upper() + value[j:]
            i = j
            continue
        i += 1
    return None


def changed_value(value: str) -> str | None:
    if value[0] in "`f":
        return reworded_format(value)
    if value[0] in "'\"":
        # A one-word lower-case string (`"standard"`, `'reduced'`) is a key or an enum member: renaming it is an
        # API change, not a new text. Display texts (a symbol, words, punctuation) get the suffix.
        if re.fullmatch(r"[a-z_][a-z0-9_]*", value[1:-1]):
            return None
        return value[:-1] + " (v2)" + value[-1]
    if "." in value:
        decimals = len(value.split(".")[1])
        new = round(float(value) * 1.1, decimals)
        if new == float(value):
            new = float(value) + 10 ** -decimals
        return f"{new:.{decimals}f}"
    n = int(value)
    return str(n + max(1, abs(n) // 10))


def doc_spans(text: str, python: bool) -> list[tuple[int, int]]:
    """Byte ranges of the comments and docstrings of a source file."""
    if python:
        offsets = [0]
        for line in text.splitlines(keepends=True):
            offsets.append(offsets[-1] + len(line))
        spans, previous = [], tokenize.NEWLINE
        try:
            tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
        except (tokenize.TokenError, SyntaxError):
            return []
        for k, tok in enumerate(tokens):
            start = offsets[tok.start[0] - 1] + tok.start[1]
            end = offsets[tok.end[0] - 1] + tok.end[1]
            following = tokens[k + 1].type if k + 1 < len(tokens) else tokenize.NEWLINE
            if tok.type == tokenize.COMMENT or (
                tok.type == tokenize.STRING
                and previous in (tokenize.NEWLINE, tokenize.NL, tokenize.INDENT, tokenize.DEDENT)
                and following in (tokenize.NEWLINE, tokenize.ENDMARKER)
            ):
                spans.append((start, end))
            if tok.type not in (tokenize.COMMENT, tokenize.NL):
                previous = tok.type
        return spans
    spans, i = [], 0
    while i < len(text):
        c = text[i]
        if c in "'\"`":
            j = i + 1
            while j < len(text) and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            j = len(text) if j < 0 else j
            spans.append((i, j))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = len(text) if j < 0 else j + 2
            spans.append((i, j))
            i = j
        else:
            i += 1
    return spans


def stated_in_docs(text: str, value: str, python: bool) -> list[tuple[int, int]]:
    """Where the comments and docstrings state `value` as a whole number (not `250` or `2.5` for `25`)."""
    out = []
    for start, end in doc_spans(text, python):
        # Not a digit of a longer number (`2.50`, `1250`), but a range's end is one (`1..250`).
        for m in re.finditer(r"(?:(?<=\.\.)|(?<![\w.]))" + re.escape(value) + r"(?![\w]|\.\d)", text[start:end]):
            out.append((start + m.start(), start + m.end()))
    return out


class Span:
    """A literal found by position (the `--wide` kinds), read like a regex match: head, value, tail."""

    def __init__(self, line: str, start: int, end: int):
        self.parts = {"head": line[:start], "value": line[start:end], "tail": line[end:]}

    def group(self, name: str) -> str:
        return self.parts[name]


# A module-level table: `NAME = {` / `[` / `(` (Python), `const NAME = {` / `[` (TypeScript) at column 0.
PY_TABLE = re.compile(r"^[A-Z][A-Z0-9_]*\s*(?::[^=]+)?=\s*[\[{(]")
TS_TABLE = re.compile(r"^(?:export\s+)?const\s+\w+\s*(?::[^=]+)?=\s*[\[{]")
TS_ANY_CONST = re.compile(r"^(?P<head>(?:export\s+)?const\s+[A-Za-z_]\w*\s*(?::\s*\w+\s*)?=\s*)(?P<value>-?\d+(?:\.\d+)?|'[^'\\]{1,40}'|\"[^\"\\]{1,40}\")(?P<tail>\s*;?\s*(?://.*)?)$")
NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])")
DICT_STRING = re.compile(r":\s*(\"[^\"\\]{1,40}\"|'[^'\\]{1,40}')")
PY_FSTRING = re.compile(r"(?<![\w])f(\"[^\"\\]{1,80}\"|'[^'\\]{1,80}')")
TS_TEMPLATE = re.compile(r"`[^`\\]{1,80}`")


def table_literals(line: str):
    """Numbers and dict string values of one line of a table (not keys, not inside a comment)."""
    code = re.split(r"\s(?:#|//)", line, maxsplit=1)[0]
    for m in NUMBER.finditer(code):
        yield m.start(), m.end()
    for m in DICT_STRING.finditer(code):
        yield m.start(1), m.end(1)


def wide_candidates(path: Path, lines: list[str], python: bool):
    depth = 0  # bracket depth of the module-level table being read (0: outside one)
    in_doc = False
    for i, raw in enumerate(lines):
        line = raw.rstrip("\n")
        stripped = line.strip()
        if python and stripped.count('"""') + stripped.count("'''") == 1:
            in_doc = not in_doc
            continue
        if in_doc or stripped.startswith(("#", "//", "*", "/*")):
            continue
        starts = (PY_TABLE if python else TS_TABLE).match(line)
        if depth or starts:
            for start, end in table_literals(line[starts.end():] if starts else line):
                offset = starts.end() if starts else 0
                span = Span(line, start + offset, end + offset)
                new = changed_value(span.group("value"))
                if new:
                    yield i, span, new
            depth = max(0, depth + sum(line.count(c) for c in "[{(") - sum(line.count(c) for c in "]})"))
            continue
        if not python:
            m = TS_ANY_CONST.match(line)
            if m and not TS_CONST.match(line) and changed_value(m.group("value")):
                yield i, m, changed_value(m.group("value"))
                continue
        fmt = PY_FSTRING if python else TS_TEMPLATE
        if (PY_FORMAT if python else TS_FORMAT).match(line):
            continue  # the narrow kind already has it
        for m in fmt.finditer(line):
            start = m.start() if python else m.start()
            span = Span(line, start, m.end())
            new = reworded_format(span.group("value"))
            if new:
                yield i, span, new
                break


def candidates(root: Path, wide: bool = False):
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(p in IGNORED for p in rel.parts) or not path.is_file() or is_test(rel):
            continue
        if path.suffix == ".py":
            patterns = (PY_CONST, PY_FORMAT)
        elif path.suffix in (".ts", ".js", ".mjs", ".tsx") and not path.name.endswith(".d.ts"):
            patterns = (TS_CONST, TS_FORMAT)
        else:
            continue
        lines = path.read_text().splitlines(keepends=True)
        found = set()
        for i, line in enumerate(lines):
            for pattern in patterns:
                m = pattern.match(line.rstrip("\n"))
                new = m and changed_value(m.group("value"))
                if new:
                    found.add(i)
                    yield rel, i, m, new
                    break
        if wide:
            for i, span, new in wide_candidates(path, lines, path.suffix == ".py"):
                if i not in found:
                    yield rel, i, span, new


def changed_text(path: Path, line_no: int, m, new: str) -> str:
    """The file's text after a developer changed the literal `m` on line `line_no` to `new` on purpose."""
    lines = path.read_text().splitlines(keepends=True)
    end = "\n" if lines[line_no].endswith("\n") else ""
    lines[line_no] = f"{m.group('head')}{new}{m.group('tail')}{end}"
    text = "".join(lines)
    old = m.group("value")
    if NUMBER.fullmatch(old):
        # A developer who changes a number on purpose updates the comments and docstrings of the file
        # that state it ("25 cents per late day"); left stale they say the change is the slip, which
        # the healer rightly refuses (as `refactor-eval`'s change_constant does).
        for start, stop in reversed(stated_in_docs(text, old, path.suffix == ".py")):
            text = text[:start] + new + text[stop:]
        # A rate written as a percentage in the docs (`0.19` documented as "19%").
        if 0 < float(old) < 1:
            pct = lambda v: f"{float(v) * 100:.4f}".rstrip("0").rstrip(".") + "%"
            for start, stop in reversed(stated_in_docs(text, pct(old)[:-1], path.suffix == ".py")):
                if text[stop:stop + 1] == "%":
                    text = text[:start] + pct(new)[:-1] + text[stop:]
    return text


def run_scenario(toml: Path, args, exe: Path, tools: Path, env: dict) -> list[tuple[str, bool, str]]:
    """Every generated change of one scenario's project (up to --per-scenario): (language, healed, line)."""
    meta = tomllib.loads(toml.read_text())
    lang = meta.get("language", "?")
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        base.mkdir()
        if not baseline(toml.parent, base, tools):
            return out
        command = ["sh", "-c", meta["command"]]
        if sh(command, base, env).returncode != 0:
            return out
        for rel, line_no, m, new in list(candidates(base, args.wide))[: args.per_scenario]:
            work = Path(tmp) / f"w{line_no}{rel.name}"
            shutil.copytree(base, work, symlinks=True)
            path = work / rel
            path.write_text(changed_text(path, line_no, m, new))
            commit(work, args.message.format(rel=rel, line=line_no + 1, old=m.group("value"), new=new))
            if sh(command, work, env).returncode == 0:
                shutil.rmtree(work)
                continue
            source_after_change = path.read_text()
            sh([str(exe), "run", "--apply", "--project", str(work), "--", *command], work, env, timeout=600)
            passes = sh(command, work, env).returncode == 0
            changed = [l[3:] for l in sh(["git", "status", "--porcelain"], work).stdout.splitlines()]
            only_tests = all(is_test(Path(c.strip())) or c.strip().startswith(".maestro") for c in changed)
            healed = bool(passes and only_tests and path.read_text() == source_after_change and changed)
            why = "" if healed else (" (source changed)" if not only_tests else " (still fails)" if changed else "")
            out.append((lang, healed, f"{toml.parent.name}: {rel}:{line_no + 1} {m.group('value')} -> {new}{why}"))
            shutil.rmtree(work)
    return out


def usable(meta: dict, lang: str | None) -> bool:
    """A scenario whose fixed project is a deterministic passing suite of the language asked for."""
    return (meta.get("strategy") != "flaky_stabilization" and int(meta.get("flaky_runs", 1)) <= 1
            and (lang is None or meta.get("language") == lang))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exe", default="target/release/maestro-heal")
    ap.add_argument("--tools", default=".tools")
    ap.add_argument("--scenarios", action="append",
                    help="a folder of scenarios (repeatable; default tests/scenarios); every scenario's project with "
                         "its reference fix is an input, traps included (their fix is in the code), flaky ones not")
    ap.add_argument("--per-language", type=int, default=20, help="at most N changes per language (in scenario order)")
    ap.add_argument("--per-scenario", type=int, default=3, help="at most N changes per scenario project")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--wide", action="store_true", help="also table entries, format strings on any line, any const")
    ap.add_argument("--lang", choices=("python", "typescript"), help="only the scenarios of this language")
    ap.add_argument("--message", default="change {rel} line {line}",
                    help="commit message of each change ({rel}, {line}, {old}, {new})")
    args = ap.parse_args()
    exe, tools = Path(args.exe).resolve(), Path(args.tools).resolve()
    env = dict(os.environ)
    env["PATH"] = f"{tools / 'venv/bin'}:{tools / 'node/node_modules/.bin'}:{tools / 'bin'}:{env['PATH']}"
    env["MAESTRO_CALIBRATION"] = "off"
    tomls = [t for folder in (args.scenarios or ["tests/scenarios"])
             for t in sorted(Path(folder).glob("*/scenario.toml"))
             if usable(tomllib.loads(t.read_text()), args.lang)]
    results: dict[str, list[tuple[str, bool, str]]] = {}
    with cf.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        done: dict[str, int] = {}

        def one(t: Path):
            # With one job the scenarios run in order: stop generating a language once it has --per-language cases.
            lang = tomllib.loads(t.read_text()).get("language", "?")
            if args.jobs == 1 and done.get(lang, 0) >= args.per_language:
                return []
            out = run_scenario(t, args, exe, tools, env)
            done[lang] = done.get(lang, 0) + len(out)
            return out

        futures = {pool.submit(one, t): t for t in tomls}
        for future in cf.as_completed(futures):
            results[str(futures[future])] = future.result()
            for _, healed, line in results[str(futures[future])]:
                print(f"{'HEALED' if healed else 'left  '} {line}", flush=True)
    counts: dict[str, tuple[int, int]] = {}
    for t in tomls:  # scenario order, so that --per-language keeps the same cases whatever the job count
        for lang, healed, _ in results.get(str(t), []):
            total, ok = counts.get(lang, (0, 0))
            if total < args.per_language:
                counts[lang] = (total + 1, ok + int(healed))
    for lang, (total, ok) in sorted(counts.items()):
        print(f"{lang}: {ok}/{total} stale expectations healed ({100.0 * ok / max(total, 1):.1f}%)")


if __name__ == "__main__":
    sys.exit(main())
