#!/usr/bin/env bash
# Builds the Python and Node bindings from source (release), installs each the way a user would, and runs their
# test suites against the installed packages:
#   Python: a fresh venv, `pip install ./bindings-python` (maturin as the PEP 517 backend), pytest on
#           bindings-python/tests from outside the source tree.
#   Node:   `npm ci` + `npm run build` in bindings-node (napi build --release + the bundled `maestro-heal` CLI),
#           `npm pack`, install of the tarball into a fresh temp npm project, `node --test` on
#           bindings-node/__test__ copied there (its typings check uses the pinned tsc from .tools).
# Exits non-zero on the first failure. Temp dirs are removed at the end. CARGO_TARGET_DIR is respected (default:
# the workspace's target/); both builds compile the core once each (napi builds for an explicit --target).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/maestro-bindings.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
start=$(date +%s)
step() { echo "== test-bindings: $* ($(( $(date +%s) - start ))s)"; }

step "python: fresh venv"
python3 -m venv "$WORK/venv"
PY="$WORK/venv/bin/python"
"$PY" -m pip install --quiet --disable-pip-version-check --upgrade pip
step "python: pip install ./bindings-python (builds the extension, release)"
"$PY" -m pip install --quiet --disable-pip-version-check "pytest==8.3.4" "$ROOT/bindings-python[pytest]"
step "python: tests"
# From outside the source tree, so the installed package (not bindings-python/python) is imported.
(cd "$WORK" && "$PY" -m pytest -q -p no:cacheprovider "$ROOT/bindings-python/tests")

step "node: npm ci + npm run build (napi build --release, then the bundled CLI)"
(cd "$ROOT/bindings-node" && npm ci --no-audit --no-fund --loglevel=error && npm run build)
step "node: npm pack + install the tarball into a fresh project"
TARBALL="$(cd "$ROOT/bindings-node" && npm pack --silent --pack-destination "$WORK" | tail -n 1)"
mkdir -p "$WORK/node-project"
cp -r "$ROOT/bindings-node/__test__" "$WORK/node-project/__test__"
(cd "$WORK/node-project" && echo '{ "name": "maestro-bindings-check", "private": true }' >package.json \
  && npm install --no-audit --no-fund --loglevel=error "$WORK/$TARBALL" \
  && test ! -L node_modules/maestro-test-healer \
  && npx --no-install maestro-heal --help >/dev/null 2>&1)
step "node: tests"
(cd "$WORK/node-project" && MAESTRO_TSC="$ROOT/.tools/node/node_modules/.bin/tsc" node --test __test__/)
step "all binding tests passed"
