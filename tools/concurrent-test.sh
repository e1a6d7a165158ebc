#!/usr/bin/env bash
# Several `ledger ingest` processes writing one ledger at once, with readers running beside them.
#
#   tools/concurrent-test.sh            # defaults: 1500 reports, 3 writers
#   CONC_REPORTS=3000 tools/concurrent-test.sh
#
# Round 1: three writers start together on a ledger that does not exist yet (they race to create
# and migrate it). Round 2: three writers over overlapping folders on the existing ledger while a
# reader loop runs `ledger verify` and `ledger log --format jsonl | wc -l` until they finish.
# Checks: every writer exits 0; every report is in the ledger exactly once; the chain verifies;
# every reader call succeeds and the event count a reader sees never goes down.
#
# Uses the debug build (.build/debug/ledger) unless LEDGER names another binary.
set -uo pipefail
cd "$(dirname "$0")/.."

LEDGER=${LEDGER:-.build/debug/ledger}
REPORTS=${CONC_REPORTS:-1500}
SEED=${CONC_SEED:-$(( $(date +%s) % 100000 ))}
CHECK="python3 tools/ledger_check.py"

[ -x "$LEDGER" ] || { echo "concurrent-test: $LEDGER not built (swift build)" >&2; exit 2; }
LEDGER=$(cd "$(dirname "$LEDGER")" && pwd)/$(basename "$LEDGER")
WORK=$(mktemp -d "${TMPDIR:-/tmp}/ledger-conc.XXXXXX")
PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill -9 "$p" 2>/dev/null; done
    rm -rf "$WORK"
}
trap cleanup EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
start=$(date +%s)

echo "concurrent-test: seed $SEED, $REPORTS reports, $LEDGER"
ALL=$WORK/all
"$LEDGER" bench generate --out "$ALL" --count "$REPORTS" --seed "$SEED" >/dev/null || { echo "generate failed" >&2; exit 1; }
"$LEDGER" extract --format jsonl "$ALL" >"$WORK/extract.jsonl" 2>/dev/null || { echo "ledger extract failed" >&2; exit 1; }
mapfile -t files < <(cd "$ALL" && ls *.txt | sort)
n=${#files[@]}

# Overlapping folders (hard links: the same bytes, so the same content hashes).
# a: the first 2/3, b: the last 2/3, c: every other file of the whole set.
part() {  # part NAME FROM TO STEP
    mkdir -p "$WORK/$1"
    for ((i = $2; i < $3; i += $4)); do
        f=${files[$i]}
        ln "$ALL/$f" "$WORK/$1/$f"
        ln "$ALL/${f%.txt}.meta.json" "$WORK/$1/${f%.txt}.meta.json"
    done
}
part a 0 $((n * 2 / 3)) 1
part b $((n / 3)) "$n" 1
part c 0 "$n" 2
# Round 1 uses its own small folders, so that round 2 has a lot left to do.
part r1a 0 60 1
part r1b 30 90 1
part r1c 0 90 3

writers() {  # writers DB DIR...: one ingest per folder, all at once; fails on a non-zero exit
    local db=$1; shift
    local pids=() names=()
    for d in "$@"; do
        "$LEDGER" ingest --quiet --db "$db" --batch-size 25 "$WORK/$d" >"$WORK/out.$d" 2>"$WORK/err.$d" &
        pids+=($!); names+=("$d"); PIDS+=($!)
    done
    WRITERS=("${pids[@]}")
    WRITER_NAMES=("${names[@]}")
}
wait_writers() {
    for i in "${!WRITERS[@]}"; do
        wait "${WRITERS[$i]}"
        local status=$?
        local d=${WRITER_NAMES[$i]}
        [ "$status" -eq 0 ] || fail "writer over $d exited $status: $(head -3 "$WORK/err.$d")"
        echo "  writer $d: $(tail -1 "$WORK/out.$d" 2>/dev/null)"
    done
}

# ---- round 1: a race to create the ledger ----
DB=$WORK/ledger.sqlite
echo "round 1: 3 writers create one ledger at once"
writers "$DB" r1a r1b r1c
wait_writers
"$LEDGER" verify --db "$DB" >/dev/null 2>&1 || fail "round 1: verify: $("$LEDGER" verify --db "$DB" 2>&1)"
r1=$($CHECK --db "$DB" 2>&1) || fail "round 1: $r1"
r1_reports=$(sed -nE 's/.*reports=([0-9]+).*/\1/p' <<<"$r1")
[ "$r1_reports" = 90 ] || fail "round 1: $r1_reports reports in the ledger, expected 90"
echo "  $r1"

# ---- round 2: writers over overlapping folders, with readers ----
echo "round 2: 3 writers over overlapping folders (${n} distinct reports), readers alongside"
writers "$DB" a b c
reads=0 read_failures=0 last_count=0 went_down=0
alive() { for p in "${WRITERS[@]}"; do kill -0 "$p" 2>/dev/null && return 0; done; return 1; }
while alive; do
    if ! v=$("$LEDGER" verify --db "$DB" 2>&1); then
        read_failures=$((read_failures + 1)); echo "  reader: verify failed: $v" >&2
    fi
    count=$("$LEDGER" log --db "$DB" --format jsonl 2>"$WORK/log.err" | wc -l; exit "${PIPESTATUS[0]}")
    if [ $? -ne 0 ]; then
        read_failures=$((read_failures + 1)); echo "  reader: log failed: $(head -2 "$WORK/log.err")" >&2
    else
        [ "$count" -lt "$last_count" ] && went_down=$((went_down + 1))
        last_count=$count
    fi
    reads=$((reads + 1))
done
wait_writers
[ "$read_failures" -eq 0 ] || fail "$read_failures of $reads reader passes failed"
[ "$went_down" -eq 0 ] || fail "the event count a reader saw went down $went_down time(s)"
"$LEDGER" verify --db "$DB" >/dev/null 2>&1 || fail "round 2: verify: $("$LEDGER" verify --db "$DB" 2>&1)"
# Every file of the whole set exactly once (round 1's files are a subset of it).
r2=$($CHECK --db "$DB" --reports "$ALL" --complete --extract "$WORK/extract.jsonl" 2>&1) || fail "round 2: $r2"
echo "  $r2"
echo "  readers: $reads passes of verify + log, $read_failures failed, last count $last_count events"

echo "concurrent-test: $(( $(date +%s) - start )) s"
if [ "$failures" -gt 0 ]; then
    echo "concurrent-test: $failures failure(s)" >&2
    exit 1
fi
echo "concurrent-test: passed"
