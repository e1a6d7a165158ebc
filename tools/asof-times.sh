#!/usr/bin/env bash
# tools/asof-times.sh LEDGER_BIN LEDGER [PERCENT...]: time every --as-of read command on a ledger (as of
# the event PERCENT % into the log; default 90 and 50): the time to the first line of output, the
# whole command, its peak RSS and the lines it wrote. For BENCHMARKS.md's "as-of at scale" table.
# The ledger is opened read-write (a query settles pending tally checks first): use a copy you can spare.
set -u
bin=$1 ledger=$2; shift 2
percents=("$@"); [ ${#percents[@]} -eq 0 ] && percents=(90 50)
max=$(sqlite3 "$ledger" "SELECT max(seq) FROM events")
cmds=(
  "replay" "totals --format csv" "totals" "incidents --format json" "incidents --format csv"
  "discrepancies --format json" "series --format csv" "claims --format csv"
  "export --what totals --format csv" "export --what reconciliation --format json"
)
printf '%-44s %5s %12s %10s %10s %10s\n' command as-of first-line whole peak-RSS lines
for p in "${percents[@]}"; do
  at=$(sqlite3 "$ledger" "SELECT recorded_at FROM events WHERE seq = $((max * p / 100))")
  for c in "${cmds[@]}"; do
    start=$(date +%s.%N)
    /usr/bin/time -f "%e %M" -o /tmp/asof-times.$$ timeout "${ASOF_TIMEOUT:-600}" "$bin" $c --as-of "$at" --db "$ledger" 2>/dev/null \
      | START=$start python3 -c '
import os, sys, time
t0 = float(os.environ["START"]); first = None; n = 0
for line in sys.stdin.buffer:
    if first is None: first = time.time() - t0
    n += 1
print(f"{(first or 0):.2f} {n}")' > /tmp/asof-first.$$
    read -r whole rss < /tmp/asof-times.$$
    read -r first lines < /tmp/asof-first.$$
    printf '%-44s %4s%% %11ss %9ss %7s MB %10s\n' "$c" "$p" "$first" "$whole" "$((rss / 1024))" "$lines"
  done
done
rm -f /tmp/asof-times.$$ /tmp/asof-first.$$
