#!/usr/bin/env bash
# Runs every test: formatting, clippy (warnings are errors), then the whole workspace's tests, including the
# end-to-end tests that drive real pytest, vitest, tsc and node --test (installed into .tools/ first).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
. scripts/tools.sh
echo "== cargo fmt --check"
cargo fmt --all --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets --quiet -- -D warnings
echo "== cargo test"
cargo test --workspace
if [ -d tests/scenarios ] && [ -n "$(ls tests/scenarios)" ]; then
  echo "== scenario corpus: every scenario fails as shipped and passes with its reference.patch"
  cargo run --quiet -p maestro-heal -- eval tests/scenarios --check-references --jobs 2
  echo "== scenario corpus: the healer's score (>= 90% heals healed, every trap refused, nothing harmful)"
  cargo run --quiet -p maestro-heal -- eval tests/scenarios --jobs 2
fi
echo "== all tests passed"
