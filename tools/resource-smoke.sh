#!/usr/bin/env bash
# Time and memory bounds for hostile input, run by tools/ci-extra.sh after `swift test` (the unit
# tests assert what is refused and why, never how fast or how much memory: a shared machine makes
# those flaky). Bounds are generous for a debug build on a busy machine, yet below the input's size,
# so a command that reads a refused file whole still fails:
#   a sparse 200 MB file given to `ingest` and `extract`: refused (exit 3) within 60 s, under 190 MB;
#   200 MB of text on standard input to `ingest -`: refused (exit 3) within 120 s, under 190 MB;
#   a short pathological text (breakdowns 2000 deep) through `extract`: within 60 s.
set -uo pipefail
cd "$(dirname "$0")/.."
LEDGER=${LEDGER:-.build/debug/ledger}
[ -x "$LEDGER" ] || { echo "resource-smoke: no $LEDGER (swift build first)" >&2; exit 1; }
dir=$(mktemp -d "${TMPDIR:-/tmp}/resource-smoke.XXXXXX")
trap 'rm -rf "$dir"' EXIT

python3 - "$LEDGER" "$dir" <<'PY'
import os, resource, subprocess, sys, time

ledger, d = sys.argv[1], sys.argv[2]
MB = 1 << 20
failed = []

def measured(args, stdin_path=None, want=3, seconds=60, rss_mb=190):
    """Runs ledger ARGS in a child; checks its exit code, wall time and its own peak RSS (wait4)."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    start = time.monotonic()
    p = subprocess.Popen([ledger] + args, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    took = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    rss = usage.ru_maxrss * 1024 if sys.platform != "darwin" else usage.ru_maxrss
    name = " ".join(args[:1] + [os.path.basename(a) for a in args[1:]])
    ok = code == want and took < seconds and rss < rss_mb * MB
    print(f"{'ok' if ok else 'FAILED'}: {name}: exit {code} (want {want}), {took:.1f} s (< {seconds}), "
          f"{rss / MB:.0f} MB (< {rss_mb})")
    if not ok:
        failed.append(name)

db = os.path.join(d, "l.sqlite")
seed = os.path.join(d, "seed.txt")
open(seed, "w").write("Two civilians were killed in al-Shuhayl on Monday.\n")
measured(["ingest", "--db", db, seed], want=0)

big = os.path.join(d, "huge.txt")
with open(big, "wb") as f:  # sparse: 200 MB long, ending in text
    f.truncate(200 * MB - 16)
    f.seek(0, 2)
    f.write(b"killed 3 people\n")
measured(["ingest", "--db", db, big])
measured(["extract", big])

stream = os.path.join(d, "stdin.txt")
line = ("قتل 3 مدنيين في دير الزور. " * 40 + "\n").encode()
chunk = line * (4 * MB // len(line) + 1)
with open(stream, "wb") as f:
    for _ in range(50):
        f.write(chunk)
measured(["ingest", "--db", db, "-"], stdin_path=stream, seconds=120)

deep = os.path.join(d, "deep.txt")
open(deep, "w").write("".join(f"{i} killed including {i} civilians, " for i in range(2000, 0, -1)) + "\n")
measured(["extract", "--format", "jsonl", deep], want=0)

sys.exit(1 if failed else 0)
PY
