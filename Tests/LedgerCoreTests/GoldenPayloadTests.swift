import LedgerCore
import Testing

/// Pinned bytes: one payload per event type, with the canonical JSON and chained hash that an
/// independent implementation (`tools/golden_payloads.py`: Python's `json.dumps(sort_keys=True,
/// separators=(',', ':'), ensure_ascii=False)` and `hashlib.sha256`) computes for it. A toolchain
/// whose encoder orders keys, escapes slashes or writes numbers differently fails here, before it
/// can silently change the chain. Regenerate the literals only with that script.
@Suite("Golden payloads")
struct GoldenPayloadTests {
    static let report = String(repeating: "c", count: 64)
    static let original = String(repeating: "d", count: 64)
    static let text = "قُتل 3 مدنيين في الشحيل أمس.\nSaid \"three\" \\ SOHR.\n"
    static let recordedAt = "2026-12-02T20:15:00.000Z"

    static let reportIngested = ReportIngested(
        report: ReportMeta(
            contentHash: report, source: "reports/r1.txt", publisher: "North Press",
            sourceURL: "https://example.org/a?b=1", published: Day(iso: "2023-06-10"), language: "ar"),
        text: text)

    static let claim = Claim(
        id: "cccccccccccc-0", measure: .killed, value: 3, qualifier: .atLeast, kind: .incident, role: .total,
        category: .civilians, categoryText: "مدنيين",
        place: Place(name: "al-shuhayl", text: "الشحيل", admin1: "deir ez-zor"),
        eventDate: EventDate(day: Day(iso: "2023-06-09"), text: "أمس"), attributedTo: "SOHR",
        notes: ["read: a note"], span: Span(start: 0, end: 13, text: "قُتل 3 مدنيين"), report: report)

    /// The payloads in chain order, each with its expected canonical JSON and hash.
    static let golden: [(EventPayload, String, String)] = [
        (.reportIngested(reportIngested),
         #"{"report":{"content_hash":"cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc","language":"ar","published":"2023-06-10","publisher":"North Press","source":"reports/r1.txt","source_url":"https://example.org/a?b=1"},"text":"قُتل 3 مدنيين في الشحيل أمس.\nSaid \"three\" \\ SOHR.\n"}"#,
         "d5e2902cf4ec30ecf3ae50b71e75185163a404d63efd05fb7d78239ced56bf5e"),
        (.claimExtracted(ClaimExtracted(claim: claim, extractorVersion: "golden-1")),
         #"{"claim":{"attributed_to":"SOHR","category":"civilians","category_text":"مدنيين","context":"main","event_date":{"candidates":["2023-06-09"],"day":"2023-06-09","text":"أمس","unresolved":false},"exclusions":[],"id":"cccccccccccc-0","incomplete":false,"kind":"incident","measure":"killed","notes":["read: a note"],"place":{"admin1":"deir ez-zor","name":"al-shuhayl","text":"الشحيل"},"provisional":false,"qualifier":"at_least","report":"cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc","role":"total","span":{"end":13,"start":0,"text":"قُتل 3 مدنيين"},"value":3},"extractor_version":"golden-1"}"#,
         "5159e04e9877be2e173750ed4bf49d3c03f043626915f1a58f244a25334088d0"),
        (.claimCorrected(ClaimCorrected(
            claimID: "cccccccccccc-0", patch: ClaimPatch(value: 5, category: .children), reason: "the report says five / خمسة")),
         #"{"claim_id":"cccccccccccc-0","patch":{"category":"children","value":5},"reason":"the report says five / خمسة"}"#,
         "5421c63c94083565eeecd08d7a9b84d873f64f9c7abc9871262b536574409d3b"),
        (.claimRetracted(ClaimRetracted(claimID: "cccccccccccc-1", reason: "a duplicate line")),
         #"{"claim_id":"cccccccccccc-1","reason":"a duplicate line"}"#,
         "e07bdd40014ffd7ab384340530b6ac7400c092ef5cdf060792d41b3c9ee14477"),
        (.claimsLinked(ClaimsLinkage(claimIDs: ["cccccccccccc-0", "dddddddddddd-2"], reason: "same strike")),
         #"{"claim_ids":["cccccccccccc-0","dddddddddddd-2"],"reason":"same strike"}"#,
         "0aff227f0979893fef2a22bfd254079cbd0a0aaaacc6284495183c7faf129f22"),
        (.claimsUnlinked(ClaimsLinkage(claimIDs: ["cccccccccccc-0", "dddddddddddd-2"], reason: "different days")),
         #"{"claim_ids":["cccccccccccc-0","dddddddddddd-2"],"reason":"different days"}"#,
         "0d47b2286b566dcf9bcdb0e2e908f9e1ebe2d03d7d9507d33379229b7f5efbfd"),
        (.reportMarkedRepublication(ReportMarkedRepublication(report: report, original: original, reason: "a copy of the wire")),
         #"{"original":"dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd","reason":"a copy of the wire","report":"cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc"}"#,
         "5d0a432ca441b5c50f8eda0087de5fffef12d5d15b821f33bae19cbd28bf6cb0"),
        (.decisionWithdrawn(DecisionWithdrawn(eventSeq: 5, reason: "linked by mistake")),
         #"{"event_seq":5,"reason":"linked by mistake"}"#,
         "d4688f9a737abde08059607f75209ba76e1d53bae206368ab0a94d784250f01b"),
        // A forced link writes its optional fields; the unforced ones above leave them out.
        (.claimsLinked(ClaimsLinkage(
            claimIDs: ["cccccccccccc-0", "dddddddddddd-9"], reason: "same strike", forced: true, overridden: ["dates 9 days apart"])),
         #"{"claim_ids":["cccccccccccc-0","dddddddddddd-9"],"forced":true,"overridden":["dates 9 days apart"],"reason":"same strike"}"#,
         "83a39f390311ee116443b66c16dfb0b62237253302c08e0bb734d1866560329c"),
        // A link ingest made by rule (WideClaimLinker) says so; a person's links above leave it out.
        (.claimsLinked(ClaimsLinkage(
            claimIDs: ["eeeeeeeeeeee-0", "cccccccccccc-0"], reason: "automatic at ingest: names no place", automatic: true)),
         #"{"automatic":true,"claim_ids":["eeeeeeeeeeee-0","cccccccccccc-0"],"reason":"automatic at ingest: names no place"}"#,
         "6da15ff88fbd4336faea7334740b9c7cd2fb049b1d9d5fad71c7bc54fae1e4f6"),
    ]

    @Test("every event type has a golden payload")
    func everyType() {
        #expect(Set(Self.golden.map(\.0.type)) == Set(EventType.allCases))
    }

    @Test("each payload's canonical JSON is the pinned bytes")
    func bytes() throws {
        for (payload, json, _) in Self.golden {
            let encoded = try payload.canonicalJSON()
            #expect(String(decoding: encoded, as: UTF8.self) == json, "\(payload.type.rawValue)")
            #expect(encoded == Array(json.utf8), "\(payload.type.rawValue)")
        }
    }

    @Test("the hot-path writers agree with Foundation's encoder on the golden payloads")
    func fastEqualsFoundation() throws {
        #expect(Self.reportIngested.fastCanonicalJSON() == (try CanonicalJSON.encode(Self.reportIngested)))
        let extracted = ClaimExtracted(claim: Self.claim, extractorVersion: "golden-1")
        #expect(extracted.fastCanonicalJSON() == (try CanonicalJSON.encode(extracted)))
    }

    @Test("each pinned payload decodes back to its value")
    func roundTrip() throws {
        for (payload, json, _) in Self.golden {
            #expect(try EventPayload.decode(type: payload.type, json: Array(json.utf8)) == payload)
        }
    }

    @Test("chaining the pinned payloads from genesis gives the pinned hashes")
    func hashes() throws {
        var previous = EventHash.genesis
        for (payload, json, hash) in Self.golden {
            let computed = EventHash.compute(
                previous: previous, type: payload.type.rawValue, payload: Array(json.utf8), recordedAt: Self.recordedAt)
            #expect(computed == hash, "\(payload.type.rawValue)")
            previous = hash
        }
    }
}
