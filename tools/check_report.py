#!/usr/bin/env python3
"""DOM checks of report pages as Chromium rendered them (`chromium --dump-dom`).

Usage: check_report.py PAGE.html [PAGE.html ...]   (each file: a DOM dump; its name says which page)
       check_report.py --hostile PAGE.html ...     (also: the hostile report's text shows and ran nothing)

Checks, per page:
  * every chart (<figure data-points=N>) has N points (<circle class="pt">), each inside a link;
  * every table has at least one body row, and each row as many cells as the header;
  * every element with lang="ar" has dir="rtl", and every text run whose Arabic letters outnumber its
    Latin ones sits in an element marked dir="rtl";
  * the only <script> is the discrepancies page's filter; no element carries an event handler
    attribute (on...), and no <img>, <iframe> or <object> came from report text.
Prints one line per failure; exits 1 when any check failed.
"""
import re
import sys
from html.parser import HTMLParser

ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
LATIN = re.compile(r"[A-Za-z]")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # (tag, attrs)
        self.figures = []        # [declared, points, points_in_links]
        self.tables = []         # dicts: header cells, rows
        self.problems = []
        self.scripts = 0
        self.text = []

    def dirs(self):
        return [a.get("dir") for _, a in self.stack if a.get("dir")]

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for k in a:
            if k.startswith("on"):
                self.problems.append(f"<{tag}> has an event handler attribute {k}")
        if a.get("lang") == "ar" and a.get("dir") != "rtl":
            self.problems.append(f'<{tag} lang="ar"> without dir="rtl"')
        if tag == "script":
            self.scripts += 1
        if tag in ("img", "iframe", "object", "embed"):
            self.problems.append(f"unexpected <{tag}> element")
        if tag == "figure" and "data-points" in a:
            self.figures.append([int(a["data-points"]), 0, 0])
        if tag == "circle" and "pt" in a.get("class", "").split() and self.figures:
            self.figures[-1][1] += 1
            if any(t == "a" for t, _ in self.stack):
                self.figures[-1][2] += 1
        if tag == "table":
            self.tables.append({"cls": a.get("class", "?"), "head": 0, "rows": 0, "bad": 0, "cells": 0, "in": None})
        if self.tables:
            t = self.tables[-1]
            if tag in ("thead", "tbody"):
                t["in"] = tag
            if tag == "tr":
                t["cells"] = 0
            if tag in ("td", "th"):
                t["cells"] += 1
        if tag not in VOID:
            self.stack.append((tag, a))

    def handle_endtag(self, tag):
        if self.tables and tag == "tr":
            t = self.tables[-1]
            if t["in"] == "thead":
                t["head"] = t["cells"]
            elif t["in"] == "tbody":
                t["rows"] += 1
                if t["head"] and t["cells"] != t["head"]:
                    t["bad"] += 1
        while self.stack:
            top, _ = self.stack.pop()
            if top == tag:
                break
        if tag == "table" and self.tables:
            self.done = getattr(self, "done", []) + [self.tables.pop()]

    def handle_data(self, data):
        self.text.append(data)
        if any(t in ("script", "style") for t, _ in self.stack):
            return
        ar, la = len(ARABIC.findall(data)), len(LATIN.findall(data))
        if ar and ar > la and "rtl" not in self.dirs()[-1:]:
            self.problems.append(f"Arabic text not in a right-to-left element: {data.strip()[:40]!r}")


def check(path, hostile):
    html = open(path, encoding="utf-8").read()
    p = Page()
    p.feed(html)
    name = path.rsplit("/", 1)[-1]
    problems = list(p.problems)
    for declared, points, linked in p.figures:
        if points != declared or linked != declared:
            problems.append(f"a chart declares {declared} points but draws {points} ({linked} linked)")
    for t in getattr(p, "done", []):
        if t["rows"] == 0:
            problems.append(f"table.{t['cls']} has no rows")
        if t["bad"]:
            problems.append(f"table.{t['cls']}: {t['bad']} row(s) with a cell count unlike its header")
    allowed = 1 if "discrepancies" in name else 0
    if p.scripts > allowed:
        problems.append(f"{p.scripts} <script> element(s), {allowed} expected")
    body = "".join(p.text)
    if hostile and "claims" in name and "<script>alert(1)</script>" not in body:
        problems.append("the hostile report's <script> does not show as text")
    if "data-pwned" in html:
        problems.append("a script from report text ran (data-pwned set)")
    for q in problems:
        print(f"{name}: {q}")
    return (len(problems), len(p.figures), len(getattr(p, "done", [])))


def main(argv):
    hostile = "--hostile" in argv
    files = [a for a in argv if a != "--hostile"]
    failed = charts = tables = 0
    for f in files:
        n, c, t = check(f, hostile)
        failed += n
        charts += c
        tables += t
    print(f"check_report: {len(files)} page(s), {charts} chart(s), {tables} table(s), {failed} problem(s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
