#!/usr/bin/env bash
# Runs the pinned type checkers and linters (scripts/tools.sh: mypy, pyright, ruff, eslint) for real against the
# fixture projects in tests/fixtures/linters/ and stores their output in core/tests/data/outputs/<tool>-<case>.*,
# next to the test runners' captures, so the parser tests and the parser fuzzing read them.
# The runs are expected to FAIL (that is the point), so exit codes are ignored.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FIX="$ROOT/tests/fixtures/linters"
PY="$FIX/python"
TS="$FIX/ts"
OUT="$ROOT/core/tests/data/outputs"
mkdir -p "$OUT"

# shellcheck source=tools.sh
. "$ROOT/scripts/tools.sh"
set +u

# Non-TTY, no colour, stable widths: what a CI log looks like.
export NO_COLOR=1 FORCE_COLOR=0 CI=1 COLUMNS=100 TERM=dumb
export PYTHONDONTWRITEBYTECODE=1

# capture NAME CMD... : runs CMD, stdout+stderr into $OUT/NAME, never fails the script.
capture() {
  local name="$1"
  shift
  "$@" >"$OUT/$name" 2>&1 || true
  echo "captured $name ($(wc -l <"$OUT/$name") lines)"
}

# --- Python: mypy, pyright, ruff ----------------------------------------------
cd "$PY"
# No caches in the fixture: mypy's and ruff's would be picked up by git and change later runs.
MYPY=(mypy --cache-dir=/dev/null --no-incremental)
capture mypy-text.txt "${MYPY[@]}" --show-column-numbers
capture mypy-no-columns.txt "${MYPY[@]}"
capture mypy-json.txt "${MYPY[@]}" --output json
capture mypy-syntax.txt "${MYPY[@]}" --show-column-numbers broken/syntax.py
capture mypy-pass.txt "${MYPY[@]}" src/shop/__init__.py
capture pyright-text.txt pyright
capture pyright-json.json pyright --outputjson
capture pyright-syntax.txt pyright broken/syntax.py
capture pyright-pass.txt pyright src/shop/__init__.py
capture ruff-full.txt ruff check --no-cache .
capture ruff-concise.txt ruff check --no-cache --output-format concise .
capture ruff-json.json ruff check --no-cache --output-format json .
capture ruff-syntax.txt ruff check --no-cache broken/syntax.py
capture ruff-pass.txt ruff check --no-cache src/shop/__init__.py

# --- TypeScript / JavaScript: eslint -------------------------------------------
cd "$TS"
# The flat config imports @eslint/js and typescript-eslint: resolve them from the pinned tools (gitignored link).
ln -sfn "$MAESTRO_TOOLS/node/node_modules" node_modules
capture eslint-stylish.txt eslint .
capture eslint-json.json eslint -f json .
capture eslint-syntax.txt eslint --no-ignore broken/syntax.ts

# Absolute paths are machine-specific; make them relative to the fixture root so the committed captures do
# not depend on where the repo was checked out. Timings vary from run to run.
for f in mypy-text.txt mypy-no-columns.txt mypy-json.txt mypy-syntax.txt mypy-pass.txt pyright-text.txt \
  pyright-json.json pyright-syntax.txt pyright-pass.txt ruff-full.txt ruff-concise.txt ruff-json.json \
  ruff-syntax.txt ruff-pass.txt eslint-stylish.txt eslint-json.json eslint-syntax.txt; do
  sed -i -e "s#$TS/#./#g" -e "s#$PY/#./#g" -e "s#$TS#.#g" -e "s#$PY#.#g" \
    -e 's#"time": "[0-9]*"#"time": "0"#' -e 's#"timeInSec": [0-9.]*#"timeInSec": 0#' "$OUT/$f"
done
echo "done: $OUT"
