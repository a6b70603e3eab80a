"""Whole-suite healing bench (issue 15): generated pytest projects whose last change renamed one method used by
N tests and changed one constant N/2 tests expect; `maestro-heal run --apply` against one plain run of the suite.

    python3 benches/suite/heal_suite.py [--bin target/release/maestro-heal] [--sizes 1,10,40,200] [--slow 3]

Prints a markdown table: plain run, heal wall time, ratio, runner processes started, whether the suite passes
afterwards. `--slow S` adds a conftest that sleeps S seconds at every runner start (a slow-starting runner).
"""

import argparse
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

PASSING = 20  # tests that pass throughout, so the suite is not only failures


def git(root, *args):
    subprocess.run(["git", "-c", "user.email=b@b", "-c", "user.name=b", *args], cwd=root, check=True,
                   stdout=subprocess.DEVNULL)


def generate(root: pathlib.Path, n: int, slow: float):
    (root / "tests").mkdir(parents=True)
    (root / "pytest.ini").write_text("[pytest]\npythonpath = .\naddopts = -p no:cacheprovider\n")
    if slow:
        (root / "conftest.py").write_text(f"import time\n\ntime.sleep({slow})\n")
    (root / "shop.py").write_text(
        "RATE = 2\n\n\nclass Cart:\n    def __init__(self):\n        self.items = []\n\n"
        "    def add(self, price):\n        self.items.append(price)\n        return self\n\n"
        "    def total_price(self):\n        return sum(self.items)\n\n\n"
        "def scaled(x):\n    return x * RATE\n"
    )
    per_file = 20
    for f in range(0, max(n, 1), per_file):
        body = ["from shop import Cart, scaled\n"]
        for i in range(f, min(f + per_file, n)):
            body.append(f"\ndef test_total_{i}():\n    assert Cart().add({i}).add(1).total_price() == {i + 1}\n")
        for i in range(f // 2, min((f + per_file) // 2, n // 2)):
            body.append(f"\ndef test_scaled_{i}():\n    assert scaled({i + 1}) == {(i + 1) * 2}\n")
        (root / "tests" / f"test_shop_{f // per_file:03}.py").write_text("\n".join(body))
    passing = ["from shop import Cart\n"]
    for i in range(PASSING):
        passing.append(f"\ndef test_ok_{i}():\n    assert len(Cart().add({i}).items) == 1\n")
    (root / "tests" / "test_ok.py").write_text("\n".join(passing))
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "shop")
    text = (root / "shop.py").read_text()
    (root / "shop.py").write_text(text.replace("def total_price", "def total").replace("RATE = 2", "RATE = 3  # the 2025 rate"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/maestro-heal")
    ap.add_argument("--sizes", default="1,10,40,200")
    ap.add_argument("--slow", type=float, default=0.0)
    ap.add_argument("--threshold", default="0.75")
    args = ap.parse_args()
    binary = str(pathlib.Path(args.bin).resolve())
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    cmd = [sys.executable, "-m", "pytest", "-q"]
    if shutil.which("pytest") and not subprocess.run(cmd + ["--version"], capture_output=True).returncode == 0:
        cmd = ["pytest", "-q"]
    rows = []
    for n in [int(x) for x in args.sizes.split(",")]:
        with tempfile.TemporaryDirectory() as tmp:
            root = pathlib.Path(tmp) / "p"
            generate(root, n, args.slow)
            start = time.monotonic()
            plain = subprocess.run(cmd, cwd=root, capture_output=True, text=True, env=env)
            plain_s = time.monotonic() - start
            start = time.monotonic()
            heal = subprocess.run([binary, "run", "--apply", "--threshold", args.threshold, "--format", "json", "--", *cmd],
                                  cwd=root, capture_output=True, text=True, env=env)
            heal_s = time.monotonic() - start
            try:
                report = json.loads(heal.stdout)
            except json.JSONDecodeError:
                print(heal.stderr, file=sys.stderr)
                raise
            failing = report["initial"]["failures"]
            applied = report["applied"]
            rows.append((n, failing, plain_s, heal_s, heal_s / plain_s, report["runner_processes"], applied,
                         report["final"]["passed"], report["workspace"]["kind"]))
            print(f"N={n}: {failing} failing, plain {plain_s:.2f}s, heal {heal_s:.2f}s (x{heal_s / plain_s:.1f}), "
                  f"{report['runner_processes']} runner processes, {applied} applied, passes after: "
                  f"{report['final']['passed']}", file=sys.stderr)
    print(f"| N (renamed + N/2 constant) | failing tests | plain run | heal --apply | ratio | runner processes | fixes applied | suite passes after |")
    print("|---|---|---|---|---|---|---|---|")
    for n, failing, plain_s, heal_s, ratio, procs, applied, passed, kind in rows:
        print(f"| {n} + {n // 2} | {failing} | {plain_s:.2f} s | {heal_s:.2f} s | x{ratio:.1f} | {procs} | {applied} | "
              f"{'yes' if passed else 'no'} |")


if __name__ == "__main__":
    main()
