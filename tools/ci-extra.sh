#!/usr/bin/env bash
# CI's reliability checks, run by .ci/run after `swift test` (see README, "Reliability").
# Uses the debug build CI already made (.build/debug/ledger); installs chromium for the report check
# when it is missing (needs sqlite3 and python3, which .ci/run provides). About 3-4 minutes on 2 cores.
set -uo pipefail
cd "$(dirname "$0")/.."
export LEDGER=${LEDGER:-.build/debug/ledger}
# Sizes that keep this under ~5 minutes on a debug build (run the scripts alone for larger ones).
export CRASH_REPORTS=${CRASH_REPORTS:-1200} CONC_REPORTS=${CONC_REPORTS:-600}
[ -x "$LEDGER" ] || swift build >/dev/null || exit 1

failed=()
step() {  # step NAME COMMAND...: run it, time it, remember a failure and go on
    local name=$1; shift
    printf '\n---- %s ----\n' "$name"
    local t0=$SECONDS
    if "$@"; then echo "[$name: ok, $((SECONDS - t0)) s]"; else echo "[$name: FAILED, $((SECONDS - t0)) s]"; failed+=("$name"); fi
}

step "crash test (SIGKILL mid-ingest)" tools/crash-test.sh
step "concurrent writers and readers" tools/concurrent-test.sh
step "fuzz, 40 s" tools/fuzz.sh 40
step "the ledger in Datasette" tools/check-datasette.sh
step "hostile input: time and memory" tools/resource-smoke.sh
# The report in a real browser: Debian's chromium, installed here when missing (as check-datasette installs datasette).
if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    printf '\n---- installing chromium ----\n'
    (export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null) \
        || echo "could not install chromium; the report check will fail"
fi
step "the report in headless Chromium" tools/check-report.sh
bench_dir=$(mktemp -d "${TMPDIR:-/tmp}/ci-bench.XXXXXX")
step "bench smoke" "$LEDGER" bench --sizes 2000 --extract-reports 100 --dir "$bench_dir"
step "bench incremental smoke" "$LEDGER" bench incremental --db "$bench_dir/bench-2000.sqlite" --reports 3
rm -rf "$bench_dir"

echo
if [ "${#failed[@]}" -gt 0 ]; then
    echo "ci-extra: failed: ${failed[*]}" >&2
    exit 1
fi
echo "ci-extra: all reliability checks passed"
