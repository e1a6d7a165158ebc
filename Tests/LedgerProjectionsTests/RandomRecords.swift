import LedgerCore
@testable import LedgerProjections

/// A small deterministic generator (SplitMix64) of random read-model records. Property tests draw
/// one `UInt64` seed from PropertyBased, which prints it (and its own replay seed) on failure, and
/// build the value from it here: the same seed always gives the same value.
struct RandomRecords: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
    mutating func bool() -> Bool { next() & 1 == 0 }
    mutating func pick<T>(_ xs: [T]) -> T { xs[int(0...(xs.count - 1))] }
    mutating func maybe<T>(_ make: (inout RandomRecords) -> T) -> T? { bool() ? make(&self) : nil }
    mutating func array<T>(_ n: ClosedRange<Int>, _ make: (inout RandomRecords) -> T) -> [T] {
        (0..<int(n)).map { _ in make(&self) }
    }

    /// Any integer, biased to the edges and to small figures.
    mutating func anyInt() -> Int {
        switch int(0...5) {
        case 0: pick([Int.min, Int.max, 0, -1, 1, Int(Int32.max), 127, 128, -128])
        case 1, 2: int(0...200)
        default: Int(truncatingIfNeeded: next())
        }
    }
    mutating func string() -> String {
        let pieces = ["", "a", "al-shuhayl", "دير الزور", "\u{0}", "é", "👩‍👧", "\"", "\\", " ", "inc-1a2b", "x\ny"]
        return array(0...4) { $0.pick(pieces) }.joined()
    }
    mutating func day() -> Day { Day(ordinal: int(-719_162...2_932_896)) }  // 0001-01-01 ... 9999-12-31
    mutating func seq() -> Int64 { Int64(int(0...Int(Int32.max))) }
}

extension RandomRecords {
    mutating func claim() -> Claim {
        Claim(
            id: string(), measure: pick(Measure.allCases), value: anyInt(), qualifier: pick(Qualifier.allCases),
            kind: pick(ClaimKind.allCases), role: pick(ClaimRole.allCases), parent: maybe { $0.string() },
            category: pick(VictimCategory.allCases), categoryText: maybe { $0.string() },
            place: maybe { Place(name: $0.string(), text: $0.string(), admin1: $0.maybe { $0.string() }) },
            period: maybe { Period(start: $0.maybe { $0.day() }, end: $0.maybe { $0.day() }, text: $0.string(), unresolved: $0.bool()) },
            eventDate: maybe { r in EventDate(day: r.maybe { $0.day() }, candidates: r.array(0...3) { $0.day() }, text: r.string(), unresolved: r.bool()) },
            attributedTo: maybe { $0.string() }, exclusions: array(0...3) { $0.string() }, context: pick(ClaimContext.allCases),
            provisional: bool(), supersededBy: maybe { $0.string() }, incomplete: bool(), notes: array(0...2) { $0.string() },
            span: Span(start: anyInt(), end: anyInt(), text: string()), report: string())
    }
    mutating func patch() -> ClaimPatch {
        ClaimPatch(measure: maybe { $0.pick(Measure.allCases) }, value: maybe { $0.anyInt() },
                   category: maybe { $0.pick(VictimCategory.allCases) },
                   place: maybe { Place(name: $0.string(), text: $0.string()) }, attributedTo: maybe { $0.string() })
    }
    mutating func claimState() -> ClaimState {
        var s = ClaimState(extracted: ClaimExtracted(claim: claim(), extractorVersion: string()), seq: seq(), recordedAt: string())
        for _ in 0..<int(0...2) { s.correct(ClaimCorrected(claimID: s.id, patch: patch(), reason: string()), seq: seq(), recordedAt: string()) }
        if bool() { s.retract(ClaimRetracted(claimID: s.id, reason: string()), seq: seq(), recordedAt: string()) }
        return s
    }
    mutating func reportInfo() -> ReportInfo {
        ReportInfo(hash: string(), publisher: maybe { $0.string() }, published: maybe { $0.day() }, source: maybe { $0.string() },
                   seq: seq(), recordedAt: string())
    }
    mutating func claimRecord() -> ClaimRecord {
        ClaimRecord(state: claimState(), report: maybe { $0.reportInfo() }, copyOf: maybe { $0.string() },
                    originalPublisher: maybe { $0.string() })
    }
    mutating func evidence() -> EvidenceRef { EvidenceRef(claimRecord()) }
}
