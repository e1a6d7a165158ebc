"""Helpers that turn the hand-written probe reports (batch_*.py) into the shared gold format.
Run: python3 Tests/ProbeCorpus/source/build.py  (rewrites reports/ and gold/)."""
REPORTS = []

def _c(measure, v, cat, role, q, ev, attr, period):
    return {"measure": measure, "value": v, "qualifier": q, "role": role, "category": cat,
            "attributed_to": attr, "period": period, "evidence": ev}

def K(v, cat="all", role="incident", q="exact", ev="", attr="reporter", period=None):
    return _c("killed", v, cat, role, q, ev, attr, period)

def W(v, cat="all", role="incident", q="exact", ev="", attr="reporter", period=None):
    return _c("wounded", v, cat, role, q, ev, attr, period)

def KW(v, cat="all", role="incident", q="exact", ev="", attr="reporter", period=None):
    return _c("killed_or_wounded", v, cat, role, q, ev, attr, period)

def M(measure, v, cat="all", role="incident", q="exact", ev="", attr="reporter", period=None):
    return _c(measure, v, cat, role, q, ev, attr, period)

def R(num, lang, slug, text, claims, decoys=(), pub=None, publisher=None, notes="", disc=(), truncated=False):
    REPORTS.append(dict(num=num, lang=lang, slug=slug, text=text.strip("\n") + "\n", claims=list(claims),
                        decoys=list(decoys), pub=pub, publisher=publisher, notes=notes,
                        disc=list(disc), truncated=truncated))
