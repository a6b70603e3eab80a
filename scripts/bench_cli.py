"""CLI benches for scripts/bench.sh: overhead of `maestro-heal run` on a passing suite, healing one failing
pytest test end to end, and peak memory on a 100k-line project. Prints one JSON object.

Usage: python3 scripts/bench_cli.py MAESTRO_HEAL_BINARY PYTHON_WITH_PYTEST
"""

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = int(os.environ.get("MAESTRO_BENCH_CLI_RUNS", "5"))


def run(cmd, cwd):
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start, proc.returncode


def git(cwd, *args):
    env = dict(os.environ, GIT_AUTHOR_NAME="bench", GIT_AUTHOR_EMAIL="b@x", GIT_COMMITTER_NAME="bench",
               GIT_COMMITTER_EMAIL="b@x")
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def write(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def passing_project(root):
    write(root, "calc.py", "def add(a, b):\n    return a + b\n")
    tests = "from calc import add\n\n\n" + "".join(
        f"def test_add_{i}():\n    assert add({i}, 1) == {i + 1}\n\n\n" for i in range(20))
    write(root, "tests/test_calc.py", tests)
    write(root, "tests/conftest.py", "import sys, os\nsys.path.insert(0, os.path.dirname(os.path.dirname(__file__)))\n")


def failing_project(root, code_lines=0, test_count=4):
    """A project whose price function changed (uncommitted) after its test: one stale expectation to heal."""
    write(root, "shop/__init__.py", "")
    write(root, "shop/pricing.py", "def price_with_tax(amount):\n    return round(amount * 1.2, 2)\n")
    write(root, "tests/conftest.py", "import sys, os\nsys.path.insert(0, os.path.dirname(os.path.dirname(__file__)))\n")
    tests = "from shop.pricing import price_with_tax\n\n\n" + "".join(
        f"def test_price_{i}():\n    assert price_with_tax({i}.0) >= 0\n\n\n" for i in range(test_count))
    tests += "def test_price_with_tax():\n    assert price_with_tax(10.0) == 12.0\n"
    write(root, "tests/test_pricing.py", tests)
    # Plain code to make the project big: modules of small functions, 5,000 lines each.
    per_module = 5000
    for m in range(code_lines // per_module):
        body = "".join(f"def helper_{m}_{i}(x, y=1):\n    return x * {i} + y\n\n\n" for i in range(per_module // 4))
        write(root, f"shop/gen/mod_{m}.py", body)
    if code_lines:
        write(root, "shop/gen/__init__.py", "")
        # A misspelled import: the dependency strategy looks the name up in the index of the whole project.
        write(root, "tests/test_gen.py", "def test_gen():\n    from shop.gen.mod_3 import helpr_3_10\n\n    assert helpr_3_10(1) == 31\n")
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "start")
    write(root, "shop/pricing.py", "def price_with_tax(amount):\n    return round(amount * 1.21, 2)\n")


def lines_under(root):
    n = 0
    for d, _, files in os.walk(root):
        if ".git" in d:
            continue
        for f in files:
            if f.endswith(".py"):
                with open(os.path.join(d, f)) as fh:
                    n += sum(1 for _ in fh)
    return n


def main():
    heal, python = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    pytest = [python, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    out = {"runs": RUNS}
    with tempfile.TemporaryDirectory() as tmp:
        # 1. Overhead on a passing suite: alternate the two commands so drift hits both alike.
        proj = os.path.join(tmp, "passing")
        passing_project(proj)
        plain, wrapped = [], []
        for _ in range(RUNS):
            t, rc = run(pytest, proj)
            assert rc == 0, "the passing suite fails"
            plain.append(t)
            t, rc = run([heal, "run", "--", *pytest], proj)
            assert rc == 0, f"maestro-heal run exited {rc} on a passing suite"
            wrapped.append(t)
        out["passing_plain_s"] = statistics.median(plain)
        out["passing_heal_s"] = statistics.median(wrapped)
        out["passing_ratio"] = out["passing_heal_s"] / out["passing_plain_s"]

        # 2. Healing one failing test end to end (run, propose, validate by re-running, apply) vs one plain run.
        template = os.path.join(tmp, "failing-template")
        failing_project(template)
        plain, healed = [], []
        for i in range(RUNS):
            work = os.path.join(tmp, f"failing-{i}")
            shutil.copytree(template, work)
            t, rc = run(pytest, work)
            assert rc != 0, "the failing suite passes"
            plain.append(t)
            t, rc = run([heal, "run", "--apply", "--", *pytest], work)
            with open(os.path.join(work, "tests/test_pricing.py")) as f:
                assert "== 12.1" in f.read(), "the stale expectation was not healed"
            healed.append(t)
        out["heal_plain_s"] = statistics.median(plain)
        out["heal_s"] = statistics.median(healed)
        out["heal_ratio"] = out["heal_s"] / out["heal_plain_s"]

        # 3. Peak memory on a 100k-line project: max RSS of maestro-heal and the processes it waited for.
        big = os.path.join(tmp, "big")
        failing_project(big, code_lines=100_000, test_count=20)
        out["big_lines"] = lines_under(big)
        probe = ("import resource, subprocess, sys\n"
                 "rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode\n"
                 "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, rc)\n")
        res = subprocess.run([sys.executable, "-c", probe, heal, "run", "--apply", "--", *pytest], cwd=big,
                             capture_output=True, text=True, check=True)
        kib, rc = res.stdout.split()
        out["big_peak_mib"] = int(kib) / 1024
        # The test runner alone, for comparison: the figure above is the larger of the two.
        res = subprocess.run([sys.executable, "-c", probe, *pytest], cwd=big, capture_output=True, text=True, check=True)
        out["big_pytest_peak_mib"] = int(res.stdout.split()[0]) / 1024
        with open(os.path.join(big, "tests/test_pricing.py")) as f:
            out["big_healed"] = "== 12.1" in f.read()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
