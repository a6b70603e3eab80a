#!/usr/bin/env python3
"""Mutant evaluation: how often does the healer "heal" a test that rightly catches a real bug?

A LOCAL measurement tool (issue 13, item 4). It is not part of CI and downloads nothing itself: the mutation
tools are installed by hand, outside the repository (see README.md, "Mutant evaluation"):
  Python:     mutmut 2.5.1 in its own venv      python3 -m venv /work/notes/mut-venv &&
                                                /work/notes/mut-venv/bin/pip install mutmut==2.5.1 pytest==8.3.4
  TypeScript: StrykerJS 9 with the vitest runner (npm install in /work/notes/stryker)
              @stryker-mutator/core@9 @stryker-mutator/vitest-runner@9 vitest@3.2.7
Projects: passing projects of the corpus (a scenario's base/ folder, or an example folder). Projects whose tests
do not pass as given are skipped and listed. With --healed, a scenario without base/ contributes its healed state
(project/ + worktree/ + reference.patch) when its tests pass there.

For each project: the real mutation tool generates mutants of the SOURCE files (never the tests) and runs the
project's tests on each; only killed mutants are kept. Each killed mutant becomes two cases, in a fresh temp copy
where the passing project is committed (fixed author date):
  uncommitted  the mutant is left as an uncommitted edit
  committed    the mutant is committed with a plausible message, a day later
The test command must fail there; then `HEALER run --apply --format json -- <command>` runs, and the case
records whether any test file changed (harmful: the test was right), whether source files changed, the healer's
exit code and the wall time. Nothing is written into the repository; temp folders are removed.

Usage:
  . /work/main/scripts/tools.sh
  python3 scripts/mutants/mutant_eval.py --healer /work/bin/maestro-heal-8661891 --tools /work/main/.tools \
      --jobs 2 --healed --max 200 --save-mutants /tmp/mutants.jsonl --save-cases /tmp/cases.jsonl \
      tests/scenarios/*/ examples/python-shop examples/ts-cart
  --mutants /tmp/mutants.jsonl reuses generated mutants (generation takes ~40 min on a loaded machine);
  --report /tmp/cases.jsonl prints the table again from saved cases (e.g. of a run stopped early).
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import difflib
import json
import os
import random
import re
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path

MUTMUT = os.environ.get("MUTMUT", "/work/notes/mut-venv/bin/mutmut")
STRYKER = os.environ.get("STRYKER", "/work/notes/stryker/node_modules/@stryker-mutator/core/bin/stryker.js")
IGNORED = [".git", "node_modules", ".maestro", "__pycache__", ".pytest_cache", ".mutmut-cache", ".stryker-tmp",
           "stryker.conf.json", "mutation.json", "reports"]
BASE_DATE = "2024-01-01T12:00:00"
CHANGE_DATE = "2024-01-02T12:00:00"
TEST_TIMEOUT = 120
HEAL_TIMEOUT = 600


@dataclass
class Project:
    name: str
    lang: str  # "py" or "ts"
    command: str
    layers: list[Path]  # folders copied in order (base, or project + worktree)
    patch: Path | None = None  # applied after the layers (a healed state's reference.patch)


@dataclass
class Mutant:
    project: str
    ident: str
    tool: str
    operator: str
    file: str
    diff: str


@dataclass
class Case:
    project: str
    lang: str
    mode: str
    mutant: str
    operator: str
    mutant_file: str
    mutant_diff: str
    fails: bool = False
    healer_exit: int | None = None
    test_files_changed: list[str] = field(default_factory=list)
    source_files_changed: list[str] = field(default_factory=list)
    harmful: bool = False
    fix_titles: list[str] = field(default_factory=list)
    test_diff: str = ""
    seconds: float = 0.0
    error: str = ""


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def tool_env(tools: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{tools / 'venv/bin'}:{tools / 'node/node_modules/.bin'}:{env.get('PATH', '')}"
    env["MAESTRO_TOOLS"] = str(tools)
    env.pop("PYTHONPATH", None)
    return env


def git(root: Path, *args: str, date: str | None = None) -> str:
    env = dict(os.environ)
    if date:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = date
    out = subprocess.run(["git", "-c", "user.email=dev@example.com", "-c", "user.name=Dev",
                          "-c", "commit.gpgsign=false", *args], check=False, cwd=root, env=env, capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)}: {out.stderr.strip()}")
    return out.stdout


def is_test_file(rel: str) -> bool:
    parts = rel.split("/")
    name = parts[-1]
    return (any(p in ("tests", "test", "__tests__") for p in parts[:-1]) or name.startswith("test_")
            or name.endswith("_test.py") or bool(re.search(r"\.(test|spec)\.[cm]?[jt]sx?$", name)))


def is_source_file(rel: str, lang: str) -> bool:
    exts = (".py",) if lang == "py" else (".ts", ".js", ".mts", ".mjs", ".tsx")
    return rel.endswith(exts) and not is_test_file(rel) and not rel.endswith(".d.ts") and "conftest" not in rel


def discover(paths: list[str], healed: bool) -> list[Project]:
    projects = []
    for p in paths:
        d = Path(p).resolve()
        toml = d / "scenario.toml"
        if toml.exists():
            s = tomllib.loads(toml.read_text())
            lang = "py" if s.get("language") == "python" else "ts"
            if (d / "base").is_dir():
                projects.append(Project(d.name, lang, s["command"], [d / "base"]))
            elif healed and (d / "project").is_dir() and (d / "reference.patch").exists():
                layers = [d / "project"] + ([d / "worktree"] if (d / "worktree").is_dir() else [])
                projects.append(Project(d.name + "@healed", lang, s["command"], layers, d / "reference.patch"))
        elif d.is_dir():
            if (d / "package.json").exists():
                scripts = json.loads((d / "package.json").read_text()).get("scripts", {})
                projects.append(Project(d.name, "ts", scripts.get("test", "vitest run"), [d]))
            else:
                projects.append(Project(d.name, "py", "python -m pytest -q -p no:cacheprovider", [d]))
    return projects


def materialize(project: Project, root: Path, tools: Path) -> None:
    """The passing project, committed with a fixed date; node_modules linked to the tools."""
    git(root, "init", "-q")
    (root / ".git/info/exclude").write_text("".join(f"{i}\n" for i in IGNORED))
    for layer in project.layers:
        shutil.copytree(layer, root, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("node_modules", "pending-change.patch", "__pycache__"))
    if project.patch:
        git(root, "apply", str(project.patch))
    if (root / "package.json").exists() and not (root / "node_modules").exists():
        (root / "node_modules").symlink_to(tools / "node/node_modules")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Initial version", date=BASE_DATE)


def run_tests(root: Path, command: str, env: dict[str, str]) -> bool:
    try:
        out = subprocess.run(["sh", "-c", command], check=False, cwd=root, env=env, capture_output=True, timeout=TEST_TIMEOUT)
    except subprocess.TimeoutExpired:
        return False
    return out.returncode == 0


def tracked_sources(root: Path, lang: str) -> list[str]:
    return [f for f in git(root, "ls-files").split() if is_source_file(f, lang)]


def mutmut_mutants(project: Project, root: Path, env: dict[str, str]) -> list[Mutant]:
    """mutmut 2.5: run on the source files, keep the killed ids, record each one's diff via `mutmut apply`."""
    sources = tracked_sources(root, "py")
    if not sources:
        return []
    tests_dir = "tests" if (root / "tests").is_dir() else "."
    runner = "python -m pytest -x -q -p no:cacheprovider"
    subprocess.run([MUTMUT, "run", "--paths-to-mutate", ",".join(sources), "--tests-dir", tests_dir,
                    "--runner", runner, "--no-progress"], check=False, cwd=root, env=env, capture_output=True, timeout=3600)
    cache = root / ".mutmut-cache"
    if not cache.exists():
        raise RuntimeError("mutmut wrote no .mutmut-cache")
    con = sqlite3.connect(cache)
    rows = con.execute("select Mutant.id, Line.line, SourceFile.filename from Mutant join Line on Mutant.line = Line.id "
                       "join SourceFile on Line.sourcefile = SourceFile.id where Mutant.status = 'ok_killed' "
                       "order by Mutant.id").fetchall()
    con.close()
    out = []
    for mid, line, filename in rows:
        r = subprocess.run([MUTMUT, "apply", str(mid)], check=False, cwd=root, env=env, capture_output=True, text=True)
        diff = git(root, "diff")
        git(root, "checkout", "--", ".")
        if r.returncode != 0 or not diff.strip():
            continue
        out.append(Mutant(project.name, f"mutmut:{mid}", "mutmut 2.5.1", describe_py(line), filename, diff))
    return out


def describe_py(line: str) -> str:
    return "line: " + line.strip()[:60]


def stryker_mutants(project: Project, root: Path, env: dict[str, str]) -> list[Mutant]:
    """StrykerJS: JSON report; a killed mutant's replacement is applied at its location (1-based line and
    column, end exclusive)."""
    sources = tracked_sources(root, "ts")
    if not sources:
        return []
    argv = shlex.split(project.command)
    conf: dict = {"mutate": sources, "reporters": ["json"], "jsonReporter": {"fileName": "mutation.json"},
                  "concurrency": 1, "tempDirName": ".stryker-tmp", "cleanTempDir": True, "timeoutMS": 20000}
    if argv[:1] == ["vitest"] or argv[:2] == ["npx", "vitest"]:
        conf |= {"testRunner": "vitest", "plugins": ["@stryker-mutator/vitest-runner"], "coverageAnalysis": "perTest"}
    else:
        conf |= {"testRunner": "command", "commandRunner": {"command": project.command}, "coverageAnalysis": "off"}
    (root / "stryker.conf.json").write_text(json.dumps(conf))
    r = subprocess.run(["node", STRYKER, "run", "stryker.conf.json"], check=False, cwd=root, env=env, capture_output=True,
                       text=True, timeout=3600)
    report = root / "mutation.json"
    if not report.exists():
        raise RuntimeError(f"stryker wrote no report: {r.stdout[-800:]} {r.stderr[-800:]}")
    data = json.loads(report.read_text())
    out = []
    for rel, f in sorted(data["files"].items()):
        text = (root / rel).read_text()
        starts = [0]
        for line in text.splitlines(keepends=True):
            starts.append(starts[-1] + len(line))
        for m in sorted(f["mutants"], key=lambda m: int(m["id"]) if str(m["id"]).isdigit() else m["id"]):
            if m.get("status") != "Killed" or m.get("replacement") is None:
                continue
            loc = m["location"]
            a = starts[loc["start"]["line"] - 1] + loc["start"]["column"] - 1
            b = starts[loc["end"]["line"] - 1] + loc["end"]["column"] - 1
            (root / rel).write_text(text[:a] + m["replacement"] + text[b:])
            diff = git(root, "diff")
            (root / rel).write_text(text)
            if diff.strip():
                op = f"{m['mutatorName']}: {text[a:b][:40]!r} -> {m['replacement'][:40]!r}"
                out.append(Mutant(project.name, f"stryker:{m['id']}", "StrykerJS 9.6", op, rel, diff))
    return out


def snapshot(root: Path) -> dict[str, str]:
    """Every tracked or untracked, not ignored file of the project with its text."""
    files = git(root, "ls-files", "-co", "--exclude-standard", "-z").split("\0")
    return {f: (root / f).read_text(errors="replace") for f in files if f and (root / f).is_file()}


COMMIT_MESSAGE = "{stem}: simplify the calculation"
COMMIT = [COMMIT_MESSAGE]  # as set by --commit-message


def commit_message(m: Mutant) -> str:
    """The committed mode's message (--commit-message; `{stem}` is the mutated file's name without extension).
    The default describes a refactoring, which the healer reads as "no behaviour change"; a neutral one
    ("{stem}: update") measures what the code change alone says."""
    return COMMIT[0].format(stem=Path(m.file).stem)


def run_case(project: Project, m: Mutant, mode: str, healer: Path, tools: Path) -> Case:
    c = Case(project.name, project.lang, mode, m.ident, m.operator, m.file, m.diff)
    start = time.time()
    env = tool_env(tools)
    with tempfile.TemporaryDirectory(prefix=f"mut-{project.name}-") as tmp:
        root = Path(tmp)
        try:
            materialize(project, root, tools)
            patch = root / ".git/mutant.patch"
            patch.write_text(m.diff)
            git(root, "apply", str(patch))
            if mode == "committed":
                git(root, "commit", "-q", "-am", commit_message(m), date=CHANGE_DATE)
            c.fails = not run_tests(root, project.command, env)
            if not c.fails:
                c.error = "the tests pass on this mutant here"
                return c
            before = snapshot(root)
            r = subprocess.run([str(healer), "run", "--apply", "--format", "json", "--", *shlex.split(project.command)],
                               check=False, cwd=root, env=env, capture_output=True, text=True, timeout=HEAL_TIMEOUT)
            c.healer_exit = r.returncode
            try:
                doc = json.loads(r.stdout)
                c.fix_titles = [f"{x.get('strategy')} {x.get('confidence')}: {x.get('title')}"
                                for fl in doc.get("failures", []) for x in fl.get("fixes", []) if x.get("applied")]
            except json.JSONDecodeError:
                pass
            # What the healer changed: the project's files after it ran vs the (mutated) files it was given.
            after = snapshot(root)
            changed = sorted(p for p in set(before) | set(after) if before.get(p) != after.get(p))
            c.test_files_changed = [p for p in changed if is_test_file(p)]
            c.source_files_changed = [p for p in changed if not is_test_file(p)]
            c.test_diff = "".join("".join(difflib.unified_diff(before.get(p, "").splitlines(True),
                                                                after.get(p, "").splitlines(True), f"a/{p}", f"b/{p}"))
                                  for p in c.test_files_changed)
            c.harmful = bool(c.test_files_changed)
        except Exception as e:  # noqa: BLE001 -- a broken case is reported, not fatal
            c.error = str(e)[:500]
        finally:
            c.seconds = round(time.time() - start, 1)
    return c


def gen_for(project: Project, tools: Path) -> tuple[Project, list[Mutant] | None, str]:
    env = tool_env(tools)
    with tempfile.TemporaryDirectory(prefix=f"mutgen-{project.name}-") as tmp:
        root = Path(tmp)
        try:
            materialize(project, root, tools)
            if not run_tests(root, project.command, env):
                return project, None, "tests do not pass as given"
            ms = mutmut_mutants(project, root, env) if project.lang == "py" else stryker_mutants(project, root, env)
            return project, ms, ""
        except Exception as e:  # noqa: BLE001
            return project, None, f"mutant generation failed: {str(e)[:300]}"


def summarize(cases: list[Case], killed: dict[str, int]) -> list[dict]:
    rows = []
    origins = [("all", lambda c: True)]
    if any(c.project.endswith("@healed") for c in cases):
        origins += [("given", lambda c: not c.project.endswith("@healed")),
                    ("healed", lambda c: c.project.endswith("@healed"))]
    for lang in ("py", "ts"):
        for origin, keep in origins:
            for mode in ("uncommitted", "committed"):
                cs = [c for c in cases if c.lang == lang and c.mode == mode and c.fails and not c.error and keep(c)]
                if not cs:
                    continue
                alone = sum(1 for c in cs if not c.harmful)
                rows.append({"language": lang, "projects": origin, "mode": mode,
                             "mutants_killed": killed.get(lang, 0) if origin == "all" else None,
                             "cases_run": len(cs), "tests_left_alone": alone,
                             "pct_left_alone": round(100.0 * alone / len(cs), 1), "harmful": len(cs) - alone,
                             "source_changed": sum(1 for c in cs if c.source_files_changed),
                             "healer_exit_0": sum(1 for c in cs if c.healer_exit == 0)})
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--healer", type=Path)
    ap.add_argument("--tools", type=Path)
    ap.add_argument("--lang", choices=["py", "ts"])
    ap.add_argument("--max", type=int, help="at most N killed mutants per language (a seeded sample)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--format", choices=["text", "json"], default="text")
    ap.add_argument("--healed", action="store_true", help="also scenarios' healed states (no base/)")
    ap.add_argument("--modes", default="uncommitted,committed")
    ap.add_argument("--commit-message", default=COMMIT_MESSAGE,
                    help="the committed mode's commit message; {stem} is the mutated file's stem")
    ap.add_argument("--save-cases", type=Path, help="write every case as JSON lines here (outside the repo)")
    ap.add_argument("--save-mutants", type=Path, help="write the killed mutants as JSON lines here (outside the repo)")
    ap.add_argument("--mutants", type=Path, help="reuse mutants saved by --save-mutants instead of generating")
    ap.add_argument("--generate-only", action="store_true", help="stop after --save-mutants (no healer needed)")
    ap.add_argument("--report", type=Path, help="only print the table of cases saved by --save-cases")
    ap.add_argument("projects", nargs="*")
    args = ap.parse_args()
    COMMIT[0] = args.commit_message
    if args.report:
        return report(args, [Case(**json.loads(line)) for line in args.report.read_text().splitlines() if line])
    if args.generate_only and not args.save_mutants:
        ap.error("--generate-only needs --save-mutants FILE")
    if not (args.healer or args.generate_only) or not args.tools or not args.projects:
        ap.error("--healer, --tools and at least one project are required (or --report FILE)")
    healer, tools = (args.healer or Path(".")).resolve(), args.tools.resolve()
    t0 = time.time()
    projects = [p for p in discover(args.projects, args.healed) if not args.lang or p.lang == args.lang]
    mutants: list[tuple[Project, Mutant]] = []
    skipped = []
    if args.mutants:
        by_name = {p.name: p for p in projects}
        for line in args.mutants.read_text().splitlines():
            m = Mutant(**json.loads(line))
            if m.project in by_name:
                mutants.append((by_name[m.project], m))
        log(f"{len(mutants)} saved mutant(s) of {len(projects)} project(s)")
    else:
        # Alternate the languages, so that a generation stopped early still holds both.
        by_lang = [[p for p in projects if p.lang == lang] for lang in ("py", "ts")]
        projects = [p for pair in zip(*by_lang) for p in pair] + by_lang[0][len(by_lang[1]):] + \
            by_lang[1][len(by_lang[0]):]
        log(f"{len(projects)} project(s); generating mutants")
        # Saved project by project, so that a generation stopped early is not lost.
        sink = args.save_mutants.open("w") if args.save_mutants else None
        with cf.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            futures = [pool.submit(gen_for, p, tools) for p in projects]
            for future in cf.as_completed(futures):
                project, ms, why = future.result()
                if ms is None:
                    skipped.append({"project": project.name, "reason": why})
                    log(f"  skip {project.name}: {why}")
                else:
                    log(f"  {project.name}: {len(ms)} killed mutant(s)")
                    mutants += [(project, m) for m in ms]
                    if sink:
                        sink.write("".join(json.dumps(asdict(m)) + "\n" for m in ms))
                        sink.flush()
        if sink:
            sink.close()
        if args.generate_only:
            log(f"{len(mutants)} killed mutant(s) saved to {args.save_mutants}; skipped {len(skipped)} project(s)")
            return 0
    killed = {lang: sum(1 for p, _ in mutants if p.lang == lang) for lang in ("py", "ts")}
    rng = random.Random(args.seed)
    if args.max:
        # Every mutant of a passing project as given first; healed states only fill up to --max.
        keep = []
        for lang in ("py", "ts"):
            given = [x for x in mutants if x[0].lang == lang and not x[0].name.endswith("@healed")]
            healed_ms = [x for x in mutants if x[0].lang == lang and x[0].name.endswith("@healed")]
            given = rng.sample(given, min(args.max, len(given)))
            keep += given + rng.sample(healed_ms, min(args.max - len(given), len(healed_ms)))
        mutants = keep
    # A seeded random order, both modes of a mutant together: a run stopped early is still a fair sample.
    rng.shuffle(mutants)
    modes = args.modes.split(",")
    jobs = [(p, m, mode) for p, m in mutants for mode in modes]
    log(f"{len(jobs)} case(s) after {time.time() - t0:.0f}s")
    cases: list[Case] = []
    sink = args.save_cases.open("w") if args.save_cases else None
    with cf.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for i, c in enumerate(pool.map(lambda j: run_case(j[0], j[1], j[2], healer, tools), jobs), 1):
            cases.append(c)
            if sink:
                sink.write(json.dumps(asdict(c)) + "\n")
                sink.flush()
            flag = "HARMFUL" if c.harmful else ("error: " + c.error if c.error else "left alone")
            log(f"  [{i}/{len(jobs)}] {c.project} {c.mutant} {c.mode}: {flag} ({c.seconds}s)")
    return report(args, cases, killed, skipped, round(time.time() - t0), len(projects))


def report(args: argparse.Namespace, cases: list[Case], killed: dict[str, int] | None = None,
           skipped: list[dict] | None = None, seconds: int | None = None, n_projects: int | None = None) -> int:
    healer = args.healer
    if killed is None:
        killed = {lang: len({(c.project, c.mutant) for c in cases if c.lang == lang}) for lang in ("py", "ts")}
    skipped = skipped or []
    projects = n_projects if n_projects is not None else len({c.project for c in cases})
    rows = summarize(cases, killed)
    harmful = [asdict(c) for c in cases if c.harmful]
    doc = {"healer": str(healer), "seconds": seconds, "skipped": skipped, "table": rows,
           "harmful": harmful, "not_counted": [{"project": c.project, "mutant": c.mutant, "mode": c.mode,
                                                 "why": c.error or "tests pass"} for c in cases
                                                if c.error or not c.fails]}
    if args.format == "json":
        print(json.dumps(doc, indent=2))
        return 0
    print(f"healer {healer}; wall time {doc['seconds']} s; {projects} projects, {len(skipped)} skipped")
    for s in skipped:
        print(f"  skipped {s['project']}: {s['reason']}")
    print()
    print("| language | projects | mode | mutants killed | cases run | tests left alone | % left alone | harmful "
          "| source changed |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        killed_cell = "" if r["mutants_killed"] is None else r["mutants_killed"]
        print(f"| {r['language']} | {r['projects']} | {r['mode']} | {killed_cell} | {r['cases_run']} | "
              f"{r['tests_left_alone']} | {r['pct_left_alone']} | {r['harmful']} | {r['source_changed']} |")
    if doc["not_counted"]:
        print(f"\n{len(doc['not_counted'])} case(s) not counted (setup error, or the tests pass on the mutant)")
    for h in harmful:
        print(f"\n### HARMFUL {h['project']} {h['mutant']} ({h['mode']}): {', '.join(h['test_files_changed'])}")
        print("fix: " + "; ".join(h["fix_titles"]))
        print("mutant:\n" + h["mutant_diff"] + "test edit:\n" + h["test_diff"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
