#!/usr/bin/env bash
# Runs every supported test runner for real against the fixture projects in tests/fixtures/runners/
# and stores their output in core/tests/data/outputs/<runner>-<case>.{txt,xml}.
# Idempotent: tools are installed into local folders (a venv and node_modules) and reused on later runs.
# The runs are expected to FAIL (that is the point), so exit codes are ignored.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FIX="$ROOT/tests/fixtures/runners"
PY="$FIX/python"
TS="$FIX/ts"
OUT="$ROOT/core/tests/data/outputs"
mkdir -p "$OUT"

# Non-TTY, no colour, stable column widths: what a CI log looks like.
export NO_COLOR=1 FORCE_COLOR=0 CI=1 COLUMNS=100 TERM=dumb
export PYTHONDONTWRITEBYTECODE=1 PYTHONHASHSEED=0

# --- tools -------------------------------------------------------------------
if [ ! -x "$FIX/.venv/bin/python" ]; then
  python3 -m venv "$FIX/.venv"
fi
VPY="$FIX/.venv/bin/python"
if ! "$VPY" -c "import pytest, pytest_timeout" 2>/dev/null; then
  "$VPY" -m pip install --quiet "pytest==8.3.4" "pytest-timeout==2.3.1"
fi
if [ ! -d "$TS/node_modules/vitest" ] || [ ! -d "$TS/node_modules/jest" ]; then
  (cd "$TS" && npm install --no-audit --no-fund)
fi

# capture NAME CMD... : runs CMD, stdout+stderr into $OUT/NAME, never fails the script.
capture() {
  local name="$1"; shift
  "$@" >"$OUT/$name" 2>&1 || true
  echo "captured $name ($(wc -l <"$OUT/$name") lines)"
}

# --- Python ------------------------------------------------------------------
cd "$PY"
# -p no:cacheprovider keeps the fixture free of .pytest_cache and the output free of cache notes.
RUNNABLE=(tests/test_asserts.py tests/test_unittest_case.py tests/test_slow.py)
capture pytest-default.txt "$VPY" -m pytest -p no:cacheprovider "${RUNNABLE[@]}"
capture pytest-q.txt "$VPY" -m pytest -p no:cacheprovider -q "${RUNNABLE[@]}"
# A plain run stops at the two broken test modules: only collection errors.
capture pytest-collection.txt "$VPY" -m pytest -p no:cacheprovider
# Both collection errors and test failures in one output.
capture pytest-continue.txt "$VPY" -m pytest -p no:cacheprovider -q --continue-on-collection-errors
capture pytest-rA.txt "$VPY" -m pytest -p no:cacheprovider -rA tests/test_asserts.py tests/test_unittest_case.py
capture pytest-tb-short.txt "$VPY" -m pytest -p no:cacheprovider --tb=short tests/test_asserts.py
capture pytest-vv.txt "$VPY" -m pytest -p no:cacheprovider -vv tests/test_asserts.py
# Colour forced on: parse() must strip it.
capture pytest-color.txt "$VPY" -m pytest -p no:cacheprovider --color=yes tests/test_asserts.py::test_add_ints
capture pytest-pass.txt "$VPY" -m pytest -p no:cacheprovider tests/test_asserts.py::test_passes -k nothing_matches_this
"$VPY" -m pytest -p no:cacheprovider -q --continue-on-collection-errors --junitxml="$OUT/junit-pytest.xml" >/dev/null 2>&1 || true
echo "captured junit-pytest.xml"
capture unittest-verbose.txt "$VPY" -m unittest -v unit.test_unit_calc
capture unittest-default.txt "$VPY" -m unittest discover -s unit -t .
capture traceback-script.txt "$VPY" script.py
capture traceback-syntax.txt "$VPY" syntax_script.py

# --- TypeScript / JavaScript -------------------------------------------------
cd "$TS"
BIN="$TS/node_modules/.bin"
capture tsc-plain.txt "$BIN/tsc" --noEmit -p tsconfig.json --pretty false
# --pretty forces the human format (with colour) even when piped; parse() strips the colour.
capture tsc-pretty.txt "$BIN/tsc" --noEmit -p tsconfig.json --pretty true
capture vitest-default.txt "$BIN/vitest" run
capture vitest-suite-errors.txt "$BIN/vitest" run --config vitest.broken.config.ts
"$BIN/vitest" run --reporter=junit --outputFile="$OUT/junit-vitest.xml" >/dev/null 2>&1 || true
echo "captured junit-vitest.xml"
capture jest-default.txt "$BIN/jest" --config jest.config.cjs
JEST_JUNIT_OUTPUT_DIR="$OUT" JEST_JUNIT_OUTPUT_NAME="junit-jest.xml" \
  "$BIN/jest" --config jest.config.cjs --reporters=default --reporters=jest-junit >/dev/null 2>&1 || true
echo "captured junit-jest.xml"
capture jest-suite-errors.txt "$BIN/jest" --config jest.config.cjs --testMatch '<rootDir>/jest-broken/**/*.test.cjs'
capture node_test-tap.txt node --test --test-reporter=tap node/
capture node_test-spec.txt node --test --test-reporter=spec node/
capture node_test-default-piped.txt node --test node/

# The fixture paths are machine-specific in some outputs; make them relative to the fixture root
# so the committed captures do not depend on where the repo was checked out.
for f in "$OUT"/*; do
  sed -i -e "s#$TS/#./#g" -e "s#$PY/#./#g" -e "s#$TS#.#g" -e "s#$PY#.#g" -e "s#$FIX/.venv#.venv#g" "$f"
done
echo "done: $OUT"
