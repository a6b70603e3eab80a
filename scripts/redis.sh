# Sourced by .ci/run and scripts/test.sh: `start_private_redis` starts a redis-server for the service's Streams
# tests on a free loopback port (no persistence, its own temp dir), exports MAESTRO_TEST_REDIS_URL, and installs
# an EXIT trap that stops it by pid.
start_private_redis() {
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
}
