import LedgerCore
import Testing

/// The raw-bytes hash used by append and verify must be the chain's one hash, byte for byte.
@Suite("Event hash")
struct EventHashTests {
    @Test("hashing raw bytes into a buffer equals the String form", arguments: [
        ("", "", ""), ("claim_extracted", "{\"a\":1}", "2024-01-01T00:00:00.000Z"),
        ("report_ingested", "{\"text\":\"قُتل 3 مدنيين\"}", "2026-11-24T02:01:40.123Z"),
        ("claim_extracted", String(repeating: "x", count: 10_000), "2026-11-24T02:01:40.123Z"),
    ])
    func rawEqualsString(_ parts: (String, String, String)) {
        let (type, payload, time) = parts
        let previous = EventHash.sha256Hex(Array("previous".utf8))
        let expected = EventHash.compute(previous: previous, type: type, payload: Array(payload.utf8), recordedAt: time)
        var out = [UInt8](repeating: 0, count: 64)
        let p = Array(previous.utf8), t = Array(type.utf8), b = Array(payload.utf8), r = Array(time.utf8)
        p.withUnsafeBytes { p in t.withUnsafeBytes { t in b.withUnsafeBytes { b in r.withUnsafeBytes { r in
            out.withUnsafeMutableBytes { EventHash.compute(previous: p, type: t, payload: b, recordedAt: r, hexOut: $0.baseAddress!) }
        } } } }
        #expect(String(decoding: out, as: UTF8.self) == expected)
    }

    @Test("the genesis chain's first hash is unchanged")
    func knownValue() {
        // SHA-256 of 64 zeros, 0x1F, "t", 0x1F, "{}", 0x1F, "2024-01-01T00:00:00.000Z", computed independently.
        let hash = EventHash.compute(previous: EventHash.genesis, type: "t", payload: Array("{}".utf8), recordedAt: "2024-01-01T00:00:00.000Z")
        #expect(hash == "80b95183d5f9204b87527e6e669e91810e0a4657fa0d1a513753384e008b3ccf")
    }
}
