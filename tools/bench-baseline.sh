#!/usr/bin/env bash
# Run `ledger bench` and, in the same run and on the same rows, the baselines it is compared with:
# the sqlite3 program's bulk insert, Python's executemany, a plain sequential read, and the Python
# eventsourcing library (9.5.x, installed from PyPI if missing). Prints ratios.
#
#   tools/bench-baseline.sh [SIZES]     e.g. tools/bench-baseline.sh 10000,100000
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-10000,100000}
out=${BENCH_DIR:-.bench}
mkdir -p "$out"

command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null; }
python3 -c 'import eventsourcing' 2>/dev/null || pip install -q 'eventsourcing==9.5.*' >/dev/null 2>&1 || echo "(eventsourcing not installable; peer column left empty)"

swift build -c release --product ledger >/dev/null
bin=$(swift build -c release --show-bin-path)/ledger

echo "== ledger bench --sizes $sizes"
"$bin" bench --sizes "$sizes" --dir "$out" --format json > "$out/bench.json"

largest=$(echo "$sizes" | tr ',' '\n' | sort -n | tail -1)
echo
echo "== baselines on the rows of the $largest-event ledger"
python3 tools/bench_baseline.py "$out/bench.json" "$out/bench-$largest-append-only.sqlite"
