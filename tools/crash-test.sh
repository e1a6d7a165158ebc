#!/usr/bin/env bash
# Crash safety of `ledger ingest`, for real: a real process, killed with SIGKILL at random points.
#
#   tools/crash-test.sh                 # defaults: 3000 reports, 5 kills, batches of 50
#   CRASH_REPORTS=5000 CRASH_KILLS=8 CRASH_SEED=7 tools/crash-test.sh
#
# Generates reports (`ledger bench generate`), then CRASH_KILLS times starts
# `ledger ingest --batch-size 50` on the same ledger and kills it with SIGKILL after a random delay.
# After each kill it checks that the ledger opens, `ledger verify` passes, `PRAGMA integrity_check`
# is ok, and (tools/ledger_check.py) that only whole batches were committed: the reports in the
# ledger are a prefix of the sorted folder of whole batches, every claim follows its own report,
# each report has exactly the claims `ledger extract` finds, nothing is in twice, and every report
# the killed process printed as `added` is in the ledger. Then it runs the ingest to completion and
# checks every file is in exactly once. Prints a table; exits non-zero on any failure.
#
# Uses the debug build (.build/debug/ledger) unless LEDGER names another binary.
set -uo pipefail
cd "$(dirname "$0")/.."

LEDGER=${LEDGER:-.build/debug/ledger}
REPORTS=${CRASH_REPORTS:-3000}
KILLS=${CRASH_KILLS:-5}
BATCH=${CRASH_BATCH:-50}
SEED=${CRASH_SEED:-$(( $(date +%s) % 100000 ))}
CHECK="python3 tools/ledger_check.py"

[ -x "$LEDGER" ] || { echo "crash-test: $LEDGER not built (swift build)" >&2; exit 2; }
LEDGER=$(cd "$(dirname "$LEDGER")" && pwd)/$(basename "$LEDGER")
RANDOM=$SEED
WORK=$(mktemp -d "${TMPDIR:-/tmp}/ledger-crash.XXXXXX")
cleanup() {
    [ -n "${PID:-}" ] && kill -9 "$PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
DB=$WORK/ledger.sqlite
IN=$WORK/reports
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

start=$(date +%s)
echo "crash-test: seed $SEED, $REPORTS reports, $KILLS kills, batches of $BATCH, $LEDGER"
"$LEDGER" bench generate --out "$IN" --count "$REPORTS" --seed "$SEED" >/dev/null || { echo "generate failed" >&2; exit 1; }
# What the extractor finds in each report, to check that each committed report has all its claims.
"$LEDGER" extract --format jsonl "$IN" >"$WORK/extract.jsonl" 2>"$WORK/extract.err" \
    || { echo "ledger extract failed: $(head -3 "$WORK/extract.err")" >&2; exit 1; }

# Calibrate: how long does the process take to start, and a whole ingest? Kill delays are drawn
# from those (a loaded machine starts processes slowly).
t0=$(date +%s%N)
"$LEDGER" verify --db "$WORK/none.sqlite" >/dev/null 2>&1
startup_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
t1=$(date +%s%N)
"$LEDGER" ingest --quiet --db "$WORK/calibrate.sqlite" --batch-size "$BATCH" "$IN" >/dev/null 2>"$WORK/calibrate.err" \
    || { echo "calibration ingest failed: $(head -3 "$WORK/calibrate.err")" >&2; exit 1; }
full_ms=$(( ($(date +%s%N) - t1) / 1000000 ))
rm -f "$WORK"/calibrate.sqlite*
# Each run reads every file again, skipping those already in before it reaches new ones; so each
# kill's delay is the time to pass what is already in, plus a random share of what is left (about
# one kill's worth). The first kill is early, often while the ledger is being created and migrated.
span_ms=$(( full_ms < 200 ? 200 : full_ms ))
echo "crash-test: the process starts in ${startup_ms} ms; one whole ingest takes ${full_ms} ms"
done_reports=0
rows=()
# A kill before the ledger file exists does not count towards KILLS (at most 3 x KILLS attempts).
k=0
kills_done=0
while [ "$kills_done" -lt "$KILLS" ] && [ "$k" -lt $((KILLS * 3)) ]; do
    k=$((k + 1))
    if [ "$k" -eq 1 ]; then delay=$(( RANDOM % 150 + 5 )); else delay=$(( startup_ms + span_ms * done_reports / REPORTS + RANDOM % (span_ms * 2 / KILLS + 1) )); fi
    "$LEDGER" ingest --db "$DB" --batch-size "$BATCH" "$IN" >"$WORK/out.$k" 2>"$WORK/err.$k" &
    PID=$!
    sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
    if kill -0 "$PID" 2>/dev/null; then
        kill -9 "$PID"
        wait "$PID" 2>/dev/null
        how="killed"
    else
        wait "$PID"
        status=$?
        how="finished ($status)"
        [ "$status" -eq 0 ] || fail "kill $k: ingest exited $status before the kill: $(head -3 "$WORK/err.$k")"
    fi
    PID=
    added=$(grep -c '^added ' "$WORK/out.$k")

    [ -e "$DB" ] && kills_done=$((kills_done + 1))
    if [ ! -e "$DB" ]; then
        rows+=("$(printf '%-4s %8s %-13s %7s %8s %7s %-8s %s' "$k" "$delay" "$how" "-" "-" "$added" "no file" "killed before the ledger was created")")
        continue
    fi
    verify=$("$LEDGER" verify --db "$DB" 2>&1)
    vstatus=$?
    if [ "$vstatus" -eq 0 ]; then vres="intact"; else vres="FAILED"; fail "kill $k: ledger verify exited $vstatus: $verify"; fi
    counts=$($CHECK --db "$DB" --reports "$IN" --batch "$BATCH" --extract "$WORK/extract.jsonl" --printed "$WORK/out.$k" 2>"$WORK/check.$k")
    cstatus=$?
    [ "$cstatus" -eq 0 ] || fail "kill $k: $(cat "$WORK/check.$k")"
    events=$(sed -E 's/.*events=([0-9]+).*/\1/' <<<"$counts")
    reports=$(sed -E 's/.*reports=([0-9]+).*/\1/' <<<"$counts")
    [ "$cstatus" -eq 0 ] && cres="ok" || cres="FAILED"
    [[ "$reports" =~ ^[0-9]+$ ]] && done_reports=$reports
    rows+=("$(printf '%-4s %8s %-13s %7s %8s %7s %-8s %s' "$k" "$delay" "$how" "$events" "$reports" "$added" "$vres" "$cres")")
done

# Run the ingest to completion: it appends the rest, and nothing twice.
"$LEDGER" ingest --quiet --db "$DB" --batch-size "$BATCH" "$IN" >"$WORK/out.final" 2>"$WORK/err.final"
status=$?
[ "$status" -eq 0 ] || fail "final ingest exited $status: $(head -3 "$WORK/err.final")"
verify=$("$LEDGER" verify --db "$DB" 2>&1) || fail "final verify: $verify"
counts=$($CHECK --db "$DB" --reports "$IN" --batch "$BATCH" --extract "$WORK/extract.jsonl" --complete 2>"$WORK/check.final") \
    || fail "after the final ingest: $(cat "$WORK/check.final")"
# Once more: a second complete run must add nothing.
again=$("$LEDGER" ingest --quiet --db "$DB" --batch-size "$BATCH" "$IN" 2>&1)
grep -q '^0 report(s) added' <<<"$again" || fail "a re-run after completion added something: $again"

echo
printf '%-4s %8s %-13s %7s %8s %7s %-8s %s\n' "kill" "delay ms" "how" "events" "reports" "printed" "verify" "checks"
for row in "${rows[@]}"; do echo "$row"; done
printf '%-4s %8s %-13s %7s %8s\n' "end" "-" "completed" \
    "$(sed -E 's/.*events=([0-9]+).*/\1/' <<<"$counts")" "$(sed -E 's/.*reports=([0-9]+).*/\1/' <<<"$counts")"
echo "($REPORTS files; 'printed' = reports the killed process had printed as added; $k runs, $kills_done with a ledger to check; $(( $(date +%s) - start )) s)"
if [ "$failures" -gt 0 ]; then
    echo "crash-test: $failures failure(s)" >&2
    exit 1
fi
echo "crash-test: passed"
