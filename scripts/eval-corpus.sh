#!/usr/bin/env bash
# The whole scenario corpus: proves every scenario real, then scores the healer on all of them.
# Exit 1 unless every scenario checks out, >= 90% of heals heal, every trap is refused and nothing is harmful.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
. scripts/tools.sh
cargo build --quiet -p maestro-heal
./target/debug/maestro-heal eval tests/scenarios --check-references --jobs "${JOBS:-2}"
./target/debug/maestro-heal eval tests/scenarios --jobs "${JOBS:-2}"
