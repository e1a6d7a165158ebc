#!/usr/bin/env python3
"""Independent implementation of the event log's canonical JSON and hash chain.

Prints, for one payload per event type, the canonical JSON bytes and the chained hash that
Tests/LedgerCoreTests/GoldenPayloadTests.swift pins as literals. Canonical JSON is
json.dumps(sort_keys=True, separators=(',', ':'), ensure_ascii=False); the hash is
SHA-256(prev_hash 0x1F type 0x1F payload 0x1F recorded_at) (README, "The event log").
"""
import hashlib
import json

REPORT = "c" * 64
ORIGINAL = "d" * 64
TEXT = 'قُتل 3 مدنيين في الشحيل أمس.\nSaid "three" \\ SOHR.\n'
RECORDED_AT = "2026-12-02T20:15:00.000Z"

PAYLOADS = [
    ("report_ingested", {
        "report": {"content_hash": REPORT, "source": "reports/r1.txt", "publisher": "North Press",
                   "source_url": "https://example.org/a?b=1", "published": "2023-06-10", "language": "ar"},
        "text": TEXT,
    }),
    ("claim_extracted", {
        "claim": {
            "id": "cccccccccccc-0", "measure": "killed", "value": 3, "qualifier": "at_least", "kind": "incident",
            "role": "total", "category": "civilians", "category_text": "مدنيين",
            "place": {"name": "al-shuhayl", "text": "الشحيل", "admin1": "deir ez-zor"},
            "event_date": {"day": "2023-06-09", "candidates": ["2023-06-09"], "text": "أمس", "unresolved": False},
            "attributed_to": "SOHR", "exclusions": [], "context": "main", "provisional": False,
            "incomplete": False, "notes": ["read: a note"],
            "span": {"start": 0, "end": 13, "text": "قُتل 3 مدنيين"}, "report": REPORT,
        },
        "extractor_version": "golden-1",
    }),
    ("claim_corrected", {
        "claim_id": "cccccccccccc-0", "patch": {"value": 5, "category": "children"},
        "reason": "the report says five / خمسة",
    }),
    ("claim_retracted", {"claim_id": "cccccccccccc-1", "reason": "a duplicate line"}),
    ("claims_linked", {"claim_ids": ["cccccccccccc-0", "dddddddddddd-2"], "reason": "same strike"}),
    ("claims_unlinked", {"claim_ids": ["cccccccccccc-0", "dddddddddddd-2"], "reason": "different days"}),
    ("report_marked_republication", {"report": REPORT, "original": ORIGINAL, "reason": "a copy of the wire"}),
    ("decision_withdrawn", {"event_seq": 5, "reason": "linked by mistake"}),
    ("claims_linked", {"claim_ids": ["cccccccccccc-0", "dddddddddddd-9"], "reason": "same strike", "forced": True,
                       "overridden": ["dates 9 days apart"]}),
    ("claims_linked", {"claim_ids": ["eeeeeeeeeeee-0", "cccccccccccc-0"], "reason": "automatic at ingest: names no place",
                       "automatic": True}),
]


def main():
    prev = "0" * 64
    for event_type, payload in PAYLOADS:
        body = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        data = b"\x1f".join([prev.encode(), event_type.encode(), body, RECORDED_AT.encode()])
        prev = hashlib.sha256(data).hexdigest()
        print(event_type)
        print(body.decode("utf-8"))
        print(prev)


if __name__ == "__main__":
    main()
