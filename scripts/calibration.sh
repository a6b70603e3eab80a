#!/usr/bin/env bash
# Calibration of the healer's confidence on the scenario corpus: expected calibration error (raw and calibrated),
# a reliability diagram (docs/reliability.png), and top-1 strategy accuracy (the classifier's and the applied fix's).
#   bash scripts/calibration.sh [SCENARIOS_DIR]         runs `maestro-heal eval --format json` first (~15 min)
#   bash scripts/calibration.sh --fit [SCENARIOS_DIR]   also refits the map, core/src/classify/calibration.json
#   EVAL_JSON=eval.json bash scripts/calibration.sh     reuses a saved eval output (with or without --fit)
# The eval runs the healer with MAESTRO_CALIBRATION=off and records each fix's raw score next to the calibrated
# one; the fit reads the raw scores, so refitting never needs a second corpus run. Rebuild after a refit (the
# map is compiled into the crate).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
. scripts/tools.sh
FIT=0
if [ "${1:-}" = "--fit" ]; then
  FIT=1
  shift
fi
SCEN="${1:-tests/scenarios}"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
if [ -z "${EVAL_JSON:-}" ]; then
  cargo build -q -p maestro-heal
  EVAL_JSON="$TARGET/eval-calibration.json"
  "$TARGET/debug/maestro-heal" eval "$SCEN" --format json --jobs "${JOBS:-2}" >"$EVAL_JSON" || true
fi
if [ "$FIT" = 1 ]; then
  python3 scripts/calibration.py "$EVAL_JSON" --fit core/src/classify/calibration.json
fi
if ! "$ROOT/.tools/plot/bin/python" -c "import matplotlib" 2>/dev/null; then
  echo "calibration: installing matplotlib into .tools/plot" >&2
  python3 -m venv "$ROOT/.tools/plot"
  "$ROOT/.tools/plot/bin/python" -m pip install --quiet --disable-pip-version-check "matplotlib==3.9.2"
fi
"$ROOT/.tools/plot/bin/python" scripts/calibration.py "$EVAL_JSON" docs/reliability.png
