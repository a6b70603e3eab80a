#!/usr/bin/env bash
# Runs every test: formatting, clippy (warnings are errors), then the whole workspace's tests, including the
# end-to-end tests that drive real pytest, vitest, tsc and node --test (installed into .tools/ first).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
. scripts/progress.sh
. scripts/tools.sh
# The CARS service's Redis Streams tests need a real redis-server: unless MAESTRO_TEST_REDIS_URL already points at
# one (.ci/run starts it), start a private one on a free loopback port and stop it (by pid) on exit.
if [ -z "${MAESTRO_TEST_REDIS_URL:-}" ]; then
  . scripts/redis.sh
  start_private_redis
fi
echo "== cargo fmt --check"
cargo fmt --all --check
echo "== cargo clippy"
progress "cargo clippy" cargo clippy --workspace --all-targets -- -D warnings
echo "== cargo test"
progress "cargo test" cargo test --workspace
echo "== bindings: build, install like a user, run the Python and Node suites"
progress "bindings" bash scripts/test-bindings.sh
if [ -d tests/scenarios ] && [ -n "$(ls tests/scenarios)" ]; then
  # The fast subset (every trap, one heal per strategy x language); the whole corpus: scripts/eval-corpus.sh.
  echo "== scenario corpus (quick subset): each fails as shipped and passes with its reference.patch"
  cargo run -p maestro-heal -- eval tests/scenarios --quick --check-references --jobs 2
  echo "== scenario corpus (quick subset): every trap refused, heals healed, nothing harmful"
  cargo run -p maestro-heal -- eval tests/scenarios --quick --jobs 2
fi
echo "== all tests passed"
