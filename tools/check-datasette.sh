#!/usr/bin/env bash
# The ledger as a researcher opens it: the sample corpus ingested into a fresh ledger, served by
# Datasette (from PyPI) on loopback with docs/datasette-metadata.json, and queried over HTTP: the views
# hold readable figures (no binary cells), and the descriptions are served. Stops the server itself.
set -euo pipefail
cd "$(dirname "$0")/.."
LEDGER=${LEDGER:-.build/debug/ledger}
command -v datasette >/dev/null || python3 -m pip install -q datasette >/dev/null
work=$(mktemp -d "${TMPDIR:-/tmp}/ledger-datasette.XXXXXX")
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
"$LEDGER" ingest --db "$work/ledger.sqlite" -q Sources/LedgerSamples/Corpus/reports >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
datasette serve "$work/ledger.sqlite" -h 127.0.0.1 -p "$port" -m docs/datasette-metadata.json >"$work/datasette.log" 2>&1 &
pid=$!
python3 - "$port" <<'PY'
import json, sys, time, urllib.request
port = sys.argv[1]
base = f"http://127.0.0.1:{port}/ledger"
def get(path):
    for _ in range(100):
        try:
            with urllib.request.urlopen(base + path, timeout=5) as r:
                return json.load(r)
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"datasette did not answer {path}")
def rows(sql):
    doc = get(".json?_shape=objects&sql=" + urllib.parse.quote(sql))
    return doc["rows"]
import urllib.parse
failures = []
def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond: failures.append(what)
claims = rows("select id, value, qualifier, measure, category, evidence, span_start, span_end from claims where measure = 'killed' and value = 500")
check(len(claims) >= 1 and claims[0]["qualifier"] == "more_than" and "500" in claims[0]["evidence"], "a claim's value, qualifier and evidence read as plain values")
for view in ["claims", "incidents", "series_points", "discrepancies", "totals"]:
    doc = get(f"/{view}.json?_shape=objects&_size=50")
    binary = [k for r in doc["rows"] for k, v in r.items() if isinstance(v, dict) and v.get("$base64")]
    check(len(doc["rows"]) > 0 and not binary, f"{view}: {len(doc['rows'])} rows, no binary cells")
inc = rows("select id, low, best, high, sources from incidents where sources like '%value%' limit 1")
check(len(inc) == 1 and json.loads(inc[0]["sources"])[0]["value"] >= inc[0]["low"], "incidents list every source's figure")
d = rows("select kind, stated, other, gap, side_a, side_b, summary from discrepancies where kind = 'parts_do_not_sum' limit 1")
check(len(d) == 1 and d[0]["gap"] == d[0]["other"] - d[0]["stated"] and d[0]["side_a"] and d[0]["summary"], "a discrepancy's numbers, sides and summary")
t = rows("select sum(best) as best from totals where measure = 'killed'")
check(t[0]["best"] and t[0]["best"] > 0, f"totals add up ({t[0]['best']} killed, best)")
meta = get("/claims.json?_size=0")
tables = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/-/metadata.json"))
check("claims" in tables["databases"]["ledger"]["tables"], "the metadata's descriptions are served")
if failures:
    raise SystemExit(f"check-datasette: {len(failures)} check(s) failed")
print("check-datasette: the ledger reads in Datasette")
PY
