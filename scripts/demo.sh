#!/usr/bin/env bash
# The main job on the bundled examples: for each example, make a fresh git copy under .tools/demo/, apply the
# developer's in-progress code change (pending-change.patch, left uncommitted), then let maestro-heal run the
# tests, heal, validate by re-running the failing tests, and apply. Prints the diffs and what was left alone.
# No Redis, no network beyond the first install of pytest/vitest into .tools/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/progress.sh"
. "$ROOT/scripts/tools.sh"
# The release binary the README's usage section calls, built once here (the first build compiles the tree-sitter
# grammars and takes minutes on 2 cores: a line every 20 s says it is still going).
echo "== building the release binary (cargo build --release -p maestro-heal)"
progress "cargo build --release" cargo build --release -p maestro-heal --manifest-path "$ROOT/Cargo.toml"
HEAL="$ROOT/target/release/maestro-heal"
DEMO="$ROOT/.tools/demo"

prepare() { # prepare NAME -> fresh copy with history + the uncommitted code change
  local name="$1" dir="$DEMO/$1"
  rm -rf "$dir" && mkdir -p "$DEMO" && cp -r "$ROOT/examples/$name" "$dir"
  rm -rf "$dir/node_modules"
  (cd "$dir" && git init -q && git add -A && git -c user.email=demo@maestro -c user.name=demo commit -qm "$name as shipped" \
    && git apply pending-change.patch)
  echo "$dir"
}

status=0
for example in python-shop ts-cart; do
  dir="$(prepare "$example")"
  case "$example" in
    python-shop) cmd=(python -m pytest -q -p no:cacheprovider) ;;
    ts-cart) ln -s "$ROOT/.tools/node/node_modules" "$dir/node_modules"; cmd=(vitest run) ;;
  esac
  echo
  echo "=== $example: maestro-heal run --apply -- ${cmd[*]}"
  set +e
  "$HEAL" run --apply --project "$dir" -- "${cmd[@]}"
  code=$?
  set -e
  echo "--- $example: maestro-heal exited $code (1 = failures remain: the trap, a real bug, is left for a human)"
  echo "--- $example: what changed in the tests (git diff --stat):"
  (cd "$dir" && git diff --stat -- . ':!shop' ':!src' ':!pending-change.patch')
  [ "$code" -le 1 ] || status=$code
done
echo
echo "maestro-heal is built: $HEAL (README usage: add $ROOT/target/release to PATH)"
exit "$status"
