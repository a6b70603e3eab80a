#!/usr/bin/env bash
# Calibration of the healer's confidence on the scenario corpus: expected calibration error, a reliability
# diagram (docs/reliability.png), and top-1 strategy accuracy (the classifier's and the applied fix's).
#   bash scripts/calibration.sh [SCENARIOS_DIR]        runs `maestro-heal eval --format json` first
#   EVAL_JSON=eval.json bash scripts/calibration.sh    reuses a saved eval output
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
. scripts/tools.sh
SCEN="${1:-tests/scenarios}"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
if [ -z "${EVAL_JSON:-}" ]; then
  cargo build -q -p maestro-heal
  EVAL_JSON="$TARGET/eval-calibration.json"
  "$TARGET/debug/maestro-heal" eval "$SCEN" --format json --jobs "${JOBS:-2}" >"$EVAL_JSON" || true
fi
if ! "$ROOT/.tools/plot/bin/python" -c "import matplotlib" 2>/dev/null; then
  echo "calibration: installing matplotlib into .tools/plot" >&2
  python3 -m venv "$ROOT/.tools/plot"
  "$ROOT/.tools/plot/bin/python" -m pip install --quiet --disable-pip-version-check "matplotlib==3.9.2"
fi
"$ROOT/.tools/plot/bin/python" scripts/calibration.py "$EVAL_JSON" docs/reliability.png
