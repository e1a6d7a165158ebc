import Foundation
import LedgerCore
@testable import LedgerProjections
import PropertyBased
import Testing

/// The read models' binary format: every stored record type round-trips, and no input bytes (a
/// truncated or corrupted blob) can crash the decoder. A failure names the seed its value came from;
/// PropertyBased also prints the `.fixedSeed(...)` trait that replays the whole run.
@Suite struct BinaryCodecTests {
    /// decode(encode(v)) == v, and encoding again gives the same bytes.
    static func expectRoundTrip<T: Codable & Equatable>(_ v: T, seed: UInt64) throws {
        let bytes = try BinaryCodec.encode(v)
        let back = try BinaryCodec.decode(T.self, from: bytes)
        #expect(back == v, "\(T.self) did not round-trip (seed \(seed))")
        #expect(try BinaryCodec.encode(back) == bytes, "\(T.self) re-encoded differently (seed \(seed))")
        #expect(try BinaryCodec.decode(T.self, from: Data(bytes)) == v, "\(T.self) from Data (seed \(seed))")
    }

    @Test func realRecordsRoundTrip() async {
        await propertyCheck(count: 300, input: Gen.uint64()) { seed in recordingErrors("seed \(seed)") {
            var r = RandomRecords(seed: seed)
            try Self.expectRoundTrip(r.claimRecord(), seed: seed)
            try Self.expectRoundTrip(r.incident(), seed: seed)
            try Self.expectRoundTrip(r.discrepancy(), seed: seed)
            try Self.expectRoundTrip(r.seriesPoint(), seed: seed)
            try Self.expectRoundTrip(r.reportInfo(), seed: seed)
            try Self.expectRoundTrip(r.linkFact(), seed: seed)
            try Self.expectRoundTrip(r.array(0...3) { $0.claimRecord() }, seed: seed)
            let body = r.checkpoint()
            let bytes = try BinaryCodec.encode(body)
            #expect(try BinaryCodec.encode(BinaryCodec.decode(Checkpoints.Body.self, from: bytes)) == bytes, "checkpoint (seed \(seed))")
        } }
    }

    /// Values written in the original form (before issue 20: every key whole, no packed strings) read
    /// back the same, and write again in the compact form, smaller.
    @Test func originalFormStillReads() async {
        await propertyCheck(count: 200, input: Gen.uint64()) { seed in recordingErrors("seed \(seed)") {
            var r = RandomRecords(seed: seed)
            func check<T: Codable & Equatable>(_ v: T) throws {
                let original = try BinaryCodec.encode(v, compact: false)
                let back = try BinaryCodec.decode(T.self, from: original)
                #expect(back == v, "\(T.self) from the original form (seed \(seed))")
                #expect(try BinaryCodec.encode(back).count <= original.count, "\(T.self) compact (seed \(seed))")
            }
            try check(r.claimRecord())
            try check(r.incident())
            try check(r.discrepancy())
            try check(r.seriesPoint())
            try check(r.holder())
        } }
    }

    @Test func nestedContainersRoundTrip() async {
        await propertyCheck(count: 300, input: Gen.uint64()) { seed in recordingErrors("seed \(seed)") {
            var r = RandomRecords(seed: seed)
            try Self.expectRoundTrip(r.holder(), seed: seed)
            try Self.expectRoundTrip(r.array(0...3) { $0.holder() }, seed: seed)
            try Self.expectRoundTrip(r.array(0...3) { $0.shape() }, seed: seed)
        } }
    }

    /// The encoded value of one random type (by the seed), with a decoder for its type.
    static func sample(_ seed: UInt64) throws -> (bytes: [UInt8], decode: ([UInt8]) throws -> Void) {
        var r = RandomRecords(seed: seed)
        func pair<T: Codable>(_ v: T) throws -> ([UInt8], ([UInt8]) throws -> Void) {
            (try BinaryCodec.encode(v), { _ = try BinaryCodec.decode(T.self, from: $0) })
        }
        switch r.int(0...6) {
        case 0: return try pair(r.claimRecord())
        case 1: return try pair(r.incident())
        case 2: return try pair(r.discrepancy())
        case 3: return try pair(r.seriesPoint())
        case 4: return try pair(r.checkpoint())
        case 5: return try pair(r.array(1...3) { $0.linkFact() })
        default: return try pair(r.holder())
        }
    }

    @Test func everyPrefixThrows() async {
        await propertyCheck(count: 100, input: Gen.uint64()) { seed in recordingErrors("seed \(seed)") {
            let (bytes, decode) = try Self.sample(seed)
            for n in 0..<bytes.count {
                #expect(throws: (any Error).self, "prefix of \(n) of \(bytes.count) bytes decoded (seed \(seed))") {
                    try decode(Array(bytes.prefix(n)))
                }
            }
        } }
    }

    /// Random byte changes: the decoder throws or decodes something, and never crashes (a crash
    /// ends the test process; the seed printed before it replays it).
    @Test func corruptedBytesNeverCrash() async {
        await propertyCheck(count: 300, input: Gen.uint64()) { seed in recordingErrors("seed \(seed)") {
            var (bytes, decode) = try Self.sample(seed)
            var r = RandomRecords(seed: ~seed)
            for _ in 0..<200 {
                var bad = bytes
                for _ in 0..<r.int(1...4) { bad[r.int(0...(bad.count - 1))] = UInt8(truncatingIfNeeded: r.next()) }
                if r.int(0...3) == 0 { bad.removeLast(r.int(0...(bad.count - 1))) }
                _ = try? decode(bad)
                _ = try? BinaryCodec.decode(ClaimRecord.self, from: bad)
                _ = try? BinaryCodec.decode(Holder.self, from: bad)
            }
            bytes = []
            #expect(throws: (any Error).self) { try decode(bytes) }
        } }
    }
}
