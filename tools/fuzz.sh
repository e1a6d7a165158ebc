#!/usr/bin/env bash
# Fuzz the extractor and the report decoder for a given time (property-based, Tests/LedgerFuzzTests).
#
#   tools/fuzz.sh 60          # about 60 s of fuzzing in all, shared by the properties
#   FUZZ_ITERATIONS=5000 swift test --filter LedgerFuzzTests     # a fixed number of inputs instead
#
# Swift Testing runs as many tests at once as there are cores, so each of the four properties gets
# SECONDS x cores / 4 (on 2 cores, SECONDS / 2): the wall time is about SECONDS plus the build check. A failure
# prints the shrunk input and a `.fixedSeed(...)` to paste into the test to reproduce it.
set -uo pipefail
cd "$(dirname "$0")/.."
SECONDS_BUDGET=${1:-60}
[[ "$SECONDS_BUDGET" =~ ^[0-9]+$ ]] || { echo "usage: tools/fuzz.sh SECONDS" >&2; exit 2; }

swift build --build-tests >/tmp/ledger-fuzz-build.log 2>&1 || { tail -20 /tmp/ledger-fuzz-build.log; exit 1; }
log=$(mktemp "${TMPDIR:-/tmp}/ledger-fuzz.XXXXXX")
trap 'rm -f "$log"' EXIT
cores=$(nproc 2>/dev/null || echo 2)
[ "$cores" -gt 4 ] && cores=4
FUZZ_SECONDS=$(( SECONDS_BUDGET * cores / 4 )) swift test --skip-build --filter LedgerFuzzTests >"$log" 2>&1
status=$?
grep -E '^fuzz: ' "$log"
grep -E '✘|Failure occured|fixedSeed|shrunk|recorded an issue' "$log" | head -40
grep -E 'Test run with' "$log" | tail -1
if [ "$status" -ne 0 ]; then echo "fuzz: FAILED (swift test exited $status)" >&2; exit "$status"; fi
echo "fuzz: passed"
