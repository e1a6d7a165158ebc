import ArgumentParser
import LedgerCore
import LedgerExport
import LedgerStore

/// `ledger log`: list events.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "List the events of the log.",
        discussion: """
            Examples:
              ledger log --type report_ingested
              ledger log --from 100 --to 200 --format jsonl
              ledger log --as-of 2023-03-01          events recorded by the end of 1 March 2023
            Event types: \(EventType.allCases.map(\.rawValue).joined(separator: ", ")).
            """,
        aliases: ["events"]
    )

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: "Only events of this type (repeatable).")
    var type: [String] = []

    @Option(name: .long, help: "First sequence number.")
    var from: Int64?

    @Option(name: .long, help: "Last sequence number.")
    var to: Int64?

    @Option(name: .long, help: ArgumentHelp("Only events recorded by this date or time.", valueName: "date-or-time"))
    var asOf: String?

    @Option(name: .long, help: "At most this many events.")
    var limit: Int?

    @Flag(name: .long, help: "Include the full payload in table output.")
    var payload = false

    func validate() throws {
        for t in type where EventType(rawValue: t) == nil {
            throw ValidationError("unknown event type '\(t)'; one of \(EventType.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let asOf, Timestamp.parseUpperBound(asOf) == nil { throw ValidationError("--as-of must be a date or ISO 8601 time") }
    }

    func run() throws {
        let ledger = try ledger.openReadOnly()
        let filter = EventFilter(
            types: Set(type.compactMap(EventType.init(rawValue:))), fromSeq: from, toSeq: to,
            recordedAtOrBefore: asOf.flatMap(Timestamp.parseUpperBound), limit: limit)
        var rows: [EventRecord] = []
        try withLedgerErrors {
            try ledger.forEachEvent(filter) { event in
                let record = EventRecord(event: event, showPayload: payload || output.format != .table)
                if output.format == .jsonl {
                    out(try CanonicalJSON.string(record) + "\n")
                } else {
                    rows.append(record)
                }
                return true
            }
        }
        if output.format != .jsonl { out(try Output.render(rows, as: output.format)) }
        FileHandleOutput.stdout.flush()
    }
}

struct EventRecord: Tabular {
    var event: StoredEvent
    var showPayload: Bool

    static let columns = ["seq", "type", "recorded_at", "hash", "summary"]
    /// Never cut: wrapped to the terminal's width (`--payload` shows the whole payload).
    static let wrappedColumns = ["summary"]

    var cells: [String] {
        [String(event.seq), event.type.rawValue, event.recordedAt, String(event.hash.prefix(16)), showPayload ? event.payload : summary]
    }

    var summary: String {
        guard let decoded = try? event.decoded() else { return "(undecodable payload)" }
        switch decoded {
        case .reportIngested(let r):
            return "\(r.report.source ?? "-") \(r.report.publisher ?? "") \(r.report.published?.description ?? "")"
        case .claimExtracted(let c):
            return "\(c.claim.id) \(c.claim.measure.rawValue) \(c.claim.value) \(c.claim.category.rawValue)"
        case .claimCorrected(let c): return "\(c.claimID): \(c.reason)"
        case .claimRetracted(let c): return "\(c.claimID): \(c.reason)"
        case .claimsLinked(let l), .claimsUnlinked(let l):
            return "\(l.claimIDs.joined(separator: ", ")): \(l.reason)" + (l.forced == true ? " (forced)" : "")
        case .decisionWithdrawn(let w): return "withdraws event \(w.eventSeq): \(w.reason)"
        case .reportMarkedRepublication(let m): return "\(m.report.prefix(12)) copies \(m.original.prefix(12))"
        }
    }

    enum Keys: String, CodingKey { case seq, type, recordedAt = "recorded_at", prevHash = "prev_hash", hash, payload }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(event.seq, forKey: .seq)
        try c.encode(event.type, forKey: .type)
        try c.encode(event.recordedAt, forKey: .recordedAt)
        try c.encode(event.prevHash, forKey: .prevHash)
        try c.encode(event.hash, forKey: .hash)
        try c.encode(JSONFragment(event.payload), forKey: .payload)
    }
}

/// Encodes already-canonical JSON text as a nested value (decoded once, so the output stays valid JSON).
struct JSONFragment: Encodable {
    let value: JSONValue
    init(_ text: String) { value = (try? CanonicalJSON.decode(JSONValue.self, from: Array(text.utf8))) ?? .string(text) }
    func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}
