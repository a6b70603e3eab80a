#!/usr/bin/env bash
# Runs every test: formatting, clippy (warnings are errors), then the whole workspace's tests, including the
# end-to-end tests that drive real pytest, vitest, tsc and node --test (installed into .tools/ first).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
. scripts/tools.sh
# The CARS service's Redis Streams tests need a real redis-server: start a private one on a free loopback port
# unless MAESTRO_TEST_REDIS_URL already points at one, and stop it (by pid) on exit.
if [ -z "${MAESTRO_TEST_REDIS_URL:-}" ]; then
  if ! command -v redis-server >/dev/null; then
    echo "error: redis-server is not installed (the service's Streams tests need it): apt-get install -y redis-server, or set MAESTRO_TEST_REDIS_URL" >&2
    exit 1
  fi
  REDIS_DIR="$(mktemp -d)"
  REDIS_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  stop_redis() {
    if [ -s "$REDIS_DIR/redis.pid" ]; then
      pid="$(cat "$REDIS_DIR/redis.pid")"
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -rf "$REDIS_DIR"
  }
  trap stop_redis EXIT
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --dir "$REDIS_DIR" --pidfile "$REDIS_DIR/redis.pid" --logfile "$REDIS_DIR/redis.log"
  for _ in $(seq 50); do
    redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  redis-cli -p "$REDIS_PORT" ping >/dev/null || { echo "error: redis-server did not start:" >&2; cat "$REDIS_DIR/redis.log" >&2; exit 1; }
  export MAESTRO_TEST_REDIS_URL="redis://127.0.0.1:$REDIS_PORT"
  echo "== redis-server on $MAESTRO_TEST_REDIS_URL (pid $(cat "$REDIS_DIR/redis.pid"))"
fi
echo "== cargo fmt --check"
cargo fmt --all --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets --quiet -- -D warnings
echo "== cargo test"
cargo test --workspace
echo "== bindings: build, install like a user, run the Python and Node suites"
bash scripts/test-bindings.sh
if [ -d tests/scenarios ] && [ -n "$(ls tests/scenarios)" ]; then
  # The fast subset (every trap, one heal per strategy x language); the whole corpus: scripts/eval-corpus.sh.
  echo "== scenario corpus (quick subset): each fails as shipped and passes with its reference.patch"
  cargo run --quiet -p maestro-heal -- eval tests/scenarios --quick --check-references --jobs 2
  echo "== scenario corpus (quick subset): every trap refused, heals healed, nothing harmful"
  cargo run --quiet -p maestro-heal -- eval tests/scenarios --quick --jobs 2
fi
echo "== all tests passed"
