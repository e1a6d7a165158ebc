#!/usr/bin/env bash
# tools/compare-outputs.sh BEFORE_BIN AFTER_BIN LEDGER OUTDIR: run the read commands with two `ledger`
# binaries, each on its own copy of LEDGER (now, and as of the event 90 % and 50 % into the log), compare
# their outputs byte for byte and note each command's time and peak RSS in OUTDIR/times.txt.
set -u
before=$1 after=$2 ledger=$3 outdir=$4
mkdir -p "$outdir"
cp "$ledger" "$outdir/before.sqlite"; cp "$ledger" "$outdir/after.sqlite"
max=$(sqlite3 "$ledger" "SELECT max(seq) FROM events")
t90=$(sqlite3 "$ledger" "SELECT recorded_at FROM events WHERE seq = $((max * 9 / 10))")
t50=$(sqlite3 "$ledger" "SELECT recorded_at FROM events WHERE seq = $((max / 2))")
cmds=(
  "replay" "replay --format json" "totals" "totals --format csv"
  "claims --format csv" "claims --format jsonl"
  "incidents --format json" "incidents --format csv" "discrepancies --format json"
  "series --format json" "series --format csv" "series --format jsonl" "series --format table"
  "export --what claims --format jsonl" "export --what discrepancies --format jsonl"
  "export --what incidents --format csv" "export --what totals --format csv"
  "export --what reconciliation --format csv" "export --what reconciliation --format json"
  "export --what reconciliation --format jsonl" "export --what discrepancies --format json"
  "export --what claims --format json" "discrepancies --format csv --kind series_decreases"
  "incidents --format csv --measure wounded"
  "export --what reconciliation --format csv --from-log" "export --what reconciliation --format json --through 2024-06-30"
  "discrepancies --format json --from-log" "replay --format json --through 2023-12-31"
)
same=0 differ=0
for when in now "$t90" "$t50"; do
  for c in "${cmds[@]}"; do
    asof=(); [ "$when" != now ] && asof=(--as-of "$when")
    name=$(echo "$c ${when}" | tr ' /:' '___')
    for side in before after; do
      bin=$before; [ $side = after ] && bin=$after
      /usr/bin/time -f "%e s %M KB" -o "$outdir/$name.$side.time" "$bin" $c "${asof[@]}" --db "$outdir/$side.sqlite" > "$outdir/$name.$side.out" 2> "$outdir/$name.$side.err"
    done
    if cmp -s "$outdir/$name.before.out" "$outdir/$name.after.out"; then same=$((same+1)); else differ=$((differ+1)); echo "DIFFERS: $c as of $when"; fi
    printf '%-45s %-28s before %-22s after %s\n' "$c" "$when" "$(cat "$outdir/$name.before.time")" "$(cat "$outdir/$name.after.time")" >> "$outdir/times.txt"
  done
done
echo "same $same, differ $differ (as of 90 %: $t90; 50 %: $t50)"
