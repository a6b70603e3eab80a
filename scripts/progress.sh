#!/usr/bin/env bash
# Source it:  . scripts/progress.sh;  progress "building the release binary" cargo build --release ...
# Runs the command and, while it runs, prints a line to stderr every 20 s, so a long step that prints nothing of its
# own (clippy on a cold cache, one crate's C compile, a pip install) never looks hung. The command's own output
# and exit status pass through unchanged.
progress() {
  local label="$1"
  shift
  local start
  start=$(date +%s)
  "$@" &
  local pid=$!
  (
    while sleep 20; do
      kill -0 "$pid" 2>/dev/null || exit 0
      echo "   ... $label: still running ($(($(date +%s) - start)) s)" >&2
    done
  ) &
  local ticker=$!
  local rc=0
  wait "$pid" || rc=$?
  kill "$ticker" 2>/dev/null || true
  wait "$ticker" 2>/dev/null || true
  return "$rc"
}
