#!/usr/bin/env bash
# The report in a real browser: headless Chromium (Debian's `chromium`) renders the demo report, a
# report built from a hostile text, and the pages `ledger serve` serves; tools/check_report.py checks
# each rendered DOM (every chart has its points, every table its rows, Arabic blocks are right-to-left,
# no script but the page's own), the browser's log must show no console error, and PNG screenshots
# are written. Usage: tools/check-report.sh [OUT_DIR]   (default: a temporary folder, kept on failure)
set -uo pipefail
cd "$(dirname "$0")/.."
LEDGER=${LEDGER:-.build/debug/ledger}
[ -x "$LEDGER" ] || swift build >/dev/null || exit 1
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$CHROMIUM" ]; then echo "check-report: chromium is not installed (apt-get install chromium)" >&2; exit 1; fi
out=${1:-$(mktemp -d "${TMPDIR:-/tmp}/check-report.XXXXXX")}
mkdir -p "$out/dom" "$out/png" "$out/log"
failures=0
fail() { echo "check-report: FAILED: $*" >&2; failures=$((failures + 1)); }

# Chromium as root in a container needs --no-sandbox; each run gets its own profile.
browse() {  # browse MODE TARGET NAME: MODE dom|png
    local mode=$1 target=$2 name=$3 profile
    profile=$(mktemp -d "$out/profile.XXXXXX")
    local common=(--headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$profile"
                  --enable-logging=stderr --v=0 --hide-scrollbars --window-size=1280,900 --virtual-time-budget=3000)
    if [ "$mode" = dom ]; then
        timeout 60 "$CHROMIUM" "${common[@]}" --dump-dom "$target" >"$out/dom/$name" 2>"$out/log/$name.log"
    else
        timeout 60 "$CHROMIUM" "${common[@]}" --screenshot="$out/png/$name" "$target" >/dev/null 2>"$out/log/$name.png.log"
    fi
    local rc=$?
    rm -rf "$profile"
    [ $rc -eq 0 ] || fail "chromium exited $rc on $target"
    # Console messages are logged as CONSOLE lines. The pages log nothing, so any line is a failure:
    # an error, an uncaught exception, or something the content security policy blocked.
    if grep -qE ':CONSOLE[:(]' "$out/log/$name"*.log 2>/dev/null; then
        fail "console messages on $target:"; grep -hE ':CONSOLE[:(]' "$out/log/$name"*.log | head -5 >&2
    fi
}

echo "== the demo's report"
demo_db="$out/demo-ledger.sqlite"
"$LEDGER" demo --db "$demo_db" >"$out/demo.txt" || fail "ledger demo"
grep -q "The report: open" "$out/demo.txt" || fail "the demo does not say where its report is"
report="$out/demo-ledger-report"
pages=()
for f in "$report"/*.html; do
    name=$(basename "$f")
    browse dom "file://$f" "$name"
    pages+=("$out/dom/$name")
done
tools/check_report.py "${pages[@]}" || fail "DOM checks of the demo report"
for kind in parts_do_not_sum subset_exceeds_total series_decreases tally_vs_incidents sources_disagree superseded date_conflict; do
    grep -q "data-kind=\"$kind\"" "$out/dom/discrepancies.html" || fail "the demo report shows no $kind discrepancy"
done
browse png "file://$report/index.html" overview.png
browse png "file://$report/series.html" series.png
browse png "file://$report/discrepancies.html" discrepancies.png

echo "== a report whose text carries a script"
hostile="$out/hostile"
mkdir -p "$hostile"
cat >"$hostile/attack.txt" <<'TEXT'
On 3 March 2023 <script>alert(1)</script> gunmen killed 4 civilians in al-Busayrah, Deir ez-Zor. <img src=x onerror="document.body.setAttribute('data-pwned','1')">
TEXT
"$LEDGER" ingest "$hostile/attack.txt" --db "$hostile/ledger.sqlite" --publisher "<b>Test</b> monitor" --published 2023-03-04 >/dev/null || fail "ingest of the hostile report"
"$LEDGER" report --db "$hostile/ledger.sqlite" --out "$hostile/report" >/dev/null || fail "report of the hostile ledger"
hpages=()
for f in "$hostile/report"/*.html; do
    name=hostile-$(basename "$f")
    browse dom "file://$f" "$name"
    hpages+=("$out/dom/$name")
done
tools/check_report.py --hostile "${hpages[@]}" || fail "DOM checks of the hostile report"

echo "== the served pages"
"$LEDGER" serve --db "$demo_db" --port 0 >"$out/serve.txt" 2>&1 &
server=$!
for _ in $(seq 1 100); do grep -q "Serving" "$out/serve.txt" && break; sleep 0.2; done
port=$(sed -nE 's#.*http://127\.0\.0\.1:([0-9]+)/.*#\1#p' "$out/serve.txt" | head -1)
if [ -z "$port" ]; then
    fail "ledger serve did not start"; cat "$out/serve.txt" >&2
else
    spages=()
    for name in index.html series.html reconciliation.html totals.html incidents.html discrepancies.html; do
        browse dom "http://127.0.0.1:$port/$name?as_of=2100-01-01" "served-$name"
        spages+=("$out/dom/served-$name")
    done
    tools/check_report.py "${spages[@]}" || fail "DOM checks of the served pages"
    browse png "http://127.0.0.1:$port/series.html" served-series.png
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$port/api/totals")
    [ "$code" != 200 ] || fail "the server accepted a POST"
    curl -sf "http://127.0.0.1:$port/api/totals" | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["count"] > 0' \
        || fail "/api/totals"
fi
kill "$server" 2>/dev/null; wait "$server" 2>/dev/null

for png in "$out"/png/*.png; do [ -s "$png" ] || fail "empty screenshot $png"; done
echo "screenshots: $out/png"
if [ "$failures" -gt 0 ]; then echo "check-report: $failures failure(s); pages, DOM dumps and logs in $out" >&2; exit 1; fi
echo "check-report: the report renders and holds together in Chromium"
[ $# -ge 1 ] || rm -rf "$out"
