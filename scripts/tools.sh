#!/usr/bin/env bash
# Installs the test runners the demo and the tests use into .tools/ (gitignored), pinned, reused when present:
#   .tools/venv   Python venv with pytest, and the Python type checker and linter the healer reads (mypy, ruff)
#   .tools/node   node_modules with vitest and typescript, and pyright and eslint (with @eslint/js and
#                 typescript-eslint, which a flat config needs to lint TypeScript)
# Source it to get them on PATH:  . scripts/tools.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
mkdir -p "$TOOLS"
. "$ROOT/scripts/progress.sh"
if ! "$TOOLS/venv/bin/python" -c "import pytest, pytest_timeout" 2>/dev/null; then
  echo "tools: installing pytest into .tools/venv" >&2
  python3 -m venv "$TOOLS/venv"
  progress "pip install" "$TOOLS/venv/bin/python" -m pip install --quiet --disable-pip-version-check "pytest==8.3.4" "pytest-timeout==2.3.1"
fi
if [ ! -x "$TOOLS/node/node_modules/.bin/vitest" ] || [ ! -x "$TOOLS/node/node_modules/.bin/tsc" ]; then
  echo "tools: installing vitest and typescript into .tools/node" >&2
  mkdir -p "$TOOLS/node"
  [ -f "$TOOLS/node/package.json" ] || echo '{"name":"maestro-tools","private":true}' >"$TOOLS/node/package.json"
  (cd "$TOOLS/node" && progress "npm install" npm install --silent --no-audit --no-fund "vitest@3.2.7" "typescript@5.9.3" >/dev/null)
fi
if ! "$TOOLS/venv/bin/python" -c "import mypy" 2>/dev/null || [ ! -x "$TOOLS/venv/bin/ruff" ]; then
  echo "tools: installing mypy and ruff into .tools/venv" >&2
  progress "pip install" "$TOOLS/venv/bin/python" -m pip install --quiet --disable-pip-version-check "mypy==2.4.1" "ruff==0.17.5"
fi
if [ ! -x "$TOOLS/node/node_modules/.bin/pyright" ] || [ ! -x "$TOOLS/node/node_modules/.bin/eslint" ] \
  || [ ! -d "$TOOLS/node/node_modules/@eslint/js" ] || [ ! -d "$TOOLS/node/node_modules/typescript-eslint" ]; then
  echo "tools: installing pyright and eslint into .tools/node" >&2
  (cd "$TOOLS/node" && progress "npm install" npm install --silent --no-audit --no-fund "pyright@1.1.414" "eslint@10.15.0" "@eslint/js@10.0.1" \
    "typescript-eslint@8.73.0" >/dev/null)
fi
export PATH="$TOOLS/venv/bin:$TOOLS/node/node_modules/.bin:$PATH"
export MAESTRO_TOOLS="$TOOLS"
