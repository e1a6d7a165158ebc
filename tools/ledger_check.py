#!/usr/bin/env python3
"""Structural checks on a ledger file, independent of the Swift code (used by crash-test.sh and
concurrent-test.sh).

Reads the SQLite file directly and checks what `ledger verify` does not:
  * every claim_extracted event follows its own report_ingested event, with no other report between
    them: a report and its claims are appended together, in one transaction;
  * no content hash is in the ledger twice;
  * (--extract FILE) each report has exactly as many claims as `ledger extract --format jsonl` finds
    for its text: a committed batch holds every claim of each of its reports;
  * (--reports DIR --batch N) the reports in the ledger are the first M files of the sorted folder,
    with M a multiple of N or all of them: only whole batches were committed;
  * (--complete) every file of --reports DIR is in the ledger;
  * (--printed FILE) every report `ledger ingest` printed as `added` is in the ledger.

Prints one line of counts (events=N reports=N claims=N) and exits 1 with a line per problem.
"""
import argparse
import hashlib
import json
import os
import sqlite3
import sys


def report_files(folder):
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for f in files:
            if f.startswith("."):
                continue
            if os.path.splitext(f)[1].lower() in (".txt", ".md", ".html", ".htm"):
                found.append(os.path.join(root, f))
    return sorted(found)


def sha256(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--reports", help="the folder that was ingested")
    ap.add_argument("--batch", type=int, help="the --batch-size of the ingest")
    ap.add_argument("--extract", help="output of `ledger extract --format jsonl` on the same files")
    ap.add_argument("--complete", action="store_true", help="every file must be in the ledger")
    ap.add_argument("--printed", action="append", default=[], help="stdout of a `ledger ingest` run")
    args = ap.parse_args()

    problems = []
    # Read-only, through the WAL like any other reader.
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True, timeout=30)
    integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
    if integrity != "ok":
        problems.append(f"integrity_check: {integrity}")

    reports = []  # (seq, content_hash, source)
    claims_of = {}  # content hash -> number of claim events
    current = None  # the content hash of the last report_ingested event
    events = 0
    rows = con.execute("SELECT seq, type, payload FROM events ORDER BY seq")
    for seq, kind, payload in rows:
        events += 1
        doc = json.loads(payload)
        if kind == "report_ingested":
            h = doc["report"]["content_hash"]
            reports.append((seq, h, doc["report"].get("source")))
            claims_of.setdefault(h, 0)
            current = h
        elif kind == "claim_extracted":
            owner = doc["claim"]["report"]
            if owner != current:
                problems.append(f"event {seq}: claim of report {owner[:12]} does not follow that report "
                                f"(last report before it: {current[:12] if current else 'none'})")
            claims_of[owner] = claims_of.get(owner, 0) + 1
        else:
            current = None  # a later claim must not attach across another event

    hashes = [h for _, h, _ in reports]
    if len(set(hashes)) != len(hashes):
        seen, dups = set(), set()
        for h in hashes:
            (dups if h in seen else seen).add(h)
        problems.append(f"{len(dups)} content hash(es) ingested more than once, e.g. {sorted(dups)[0][:12]}")

    if args.extract:
        expected = {}
        with open(args.extract, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    rec = json.loads(line)
                    expected[rec["report"]] = expected.get(rec["report"], 0) + 1
        for _, h, source in reports:
            want, got = expected.get(h, 0), claims_of.get(h, 0)
            if want != got:
                problems.append(f"report {source} ({h[:12]}): {got} claim event(s), `ledger extract` finds {want}")

    files = report_files(args.reports) if args.reports else []
    if args.reports:
        file_hashes = [sha256(f) for f in files]
        in_ledger = set(hashes)
        present = [h in in_ledger for h in file_hashes]
        m = sum(present)
        if args.batch:
            if any(present[m:]) or not all(present[:m]):
                first_gap = present.index(False) if False in present else m
                problems.append(f"the reports in the ledger are not a prefix of the sorted folder (first missing: {files[first_gap]})")
            if m % args.batch != 0 and m != len(files):
                problems.append(f"{m} reports committed: not a whole number of batches of {args.batch}")
        if args.complete:
            unique = len(set(file_hashes))
            if m != len(files) or len(reports) != unique:
                problems.append(f"{len(reports)} reports in the ledger, {len(files)} files ({unique} distinct)")
        stray = in_ledger - set(file_hashes)
        if stray:
            problems.append(f"{len(stray)} report(s) in the ledger that are not in {args.reports}")

    for printed in args.printed:
        sources = {s for _, _, s in reports}
        with open(printed, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                # Only whole lines: a process killed mid-write can leave half a line.
                if line.startswith("added ") and line.rstrip("\n").endswith("claim(s)"):
                    path = line[len("added"):].strip().rsplit("  ", 1)[0].strip()
                    if path not in sources:
                        problems.append(f"`ledger ingest` printed 'added {path}' but it is not in the ledger")

    print(f"events={events} reports={len(reports)} claims={sum(claims_of.values())}")
    for p in problems[:20]:
        print(f"PROBLEM: {p}", file=sys.stderr)
    if len(problems) > 20:
        print(f"PROBLEM: ... and {len(problems) - 20} more", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
