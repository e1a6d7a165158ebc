import glob, importlib.util, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import probe
for f in sorted(glob.glob(os.path.join(HERE, "batch_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    spec.loader.exec_module(importlib.util.module_from_spec(spec))
ROOT = os.path.dirname(HERE)
rep, gold = os.path.join(ROOT, "reports"), os.path.join(ROOT, "gold")
for d in (rep, gold):
    for old in glob.glob(os.path.join(d, "*")): os.remove(old)
seen = set()
for r in probe.REPORTS:
    n = "%03d" % r["num"]; assert n not in seen, n; seen.add(n)
    name = f"{n}_{r['lang']}_{r['slug']}.txt"
    open(os.path.join(rep, name), "w").write(r["text"])
    if r["pub"] or r["publisher"]:
        meta = {}
        if r["pub"]: meta["published"] = r["pub"]
        if r["publisher"]: meta["publisher"] = r["publisher"]
        json.dump(meta, open(os.path.join(rep, name[:-4] + ".meta.json"), "w"), ensure_ascii=False, indent=2)
    decoys = [{"value": v, "why": w} for v, w in r["decoys"]]
    for c in r["claims"]:
        if c["measure"] == "killed_or_wounded" and all(d["value"] != c["value"] for d in decoys):
            decoys.append({"value": c["value"], "why": "combined killed-and-wounded"})
    g = {"file": name, "language": r["lang"], "truncated": r["truncated"], "notes": r["notes"],
         "claims": r["claims"], "decoys": decoys,
         "internal_discrepancies": [dict(zip(("kind", "detail", "stated", "computed"), d)) for d in r["disc"]]}
    json.dump(g, open(os.path.join(gold, n + ".json"), "w"), ensure_ascii=False, indent=2)
langs = {}
for r in probe.REPORTS: langs[r["lang"]] = langs.get(r["lang"], 0) + 1
print(len(probe.REPORTS), "reports", langs)
