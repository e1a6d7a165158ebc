import ArgumentParser
import GRDB
import LedgerCore
import LedgerKit
import LedgerProjections
import LedgerStore

/// Appends one person's event through the projector, after checking the claims it names exist.
func appendAmendment(_ options: LedgerOptions, _ payload: EventPayload, naming ids: [String]) throws {
    let ledger = try Projections.openCurrent(options, forWriting: true)
    try withLedgerErrors {
        let missing = try ledger.writer.read { db in try ids.filter { try ReadModelStore(db).record($0) == nil } }
        if !missing.isEmpty {
            printError("no such claim: \(missing.joined(separator: ", ")) (see `ledger claims`)")
            throw ExitCode.validationFailure
        }
        // On a PostgreSQL ledger, `ledger` is the local read-model cache the claims were checked in:
        // the event goes to the server, chained only if nothing was appended since.
        let stored = try options.session.append([try PendingEvent(payload)], checkedIn: ledger)
        out("appended event \(stored.first!.seq) (\(payload.type.rawValue)); read models updated\n")
    }
    FileHandleOutput.stdout.flush()
}

/// A person's event says why: a reason of only white space is none.
func requireReason(_ reason: String) throws {
    if reason.allSatisfy(\.isWhitespace) { throw ValidationError("--reason must say why (it is empty)") }
}

/// `ledger correct`.
struct CorrectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Correct fields of a claim (appends a claim_corrected event; the extracted claim is kept).",
        discussion: """
            Examples:
              ledger correct 3f9a1c2e7b10-4 --value 17 --reason "the text says seventeen"
              ledger correct 3f9a1c2e7b10-2 --measure wounded --reason "injured, not killed"
              ledger correct 3f9a1c2e7b10-0 --place hajin --admin1 "deir ez-zor" --reason "misplaced"
            """)

    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "The claim id.") var claim: String
    @Option(name: .long, help: "The corrected figure.") var value: Int?
    @Option(name: .long, help: "The corrected measure.") var measure: String?
    @Option(name: .long, help: "The corrected victim category.") var category: String?
    @Option(name: .long, help: "The corrected place key.") var place: String?
    @Option(name: .long, help: "The province of --place.") var admin1: String?
    @Option(name: .long, help: ArgumentHelp("The corrected event date.", valueName: "date")) var date: String?
    @Option(name: .long, help: "Why (required).") var reason: String

    func validate() throws {
        if let value, value < 0 { throw ValidationError("--value must be a figure of 0 or more, not \(value)") }
        try requireReason(reason)
    }

    func run() throws {
        var patch = ClaimPatch(value: value)
        if let measure {
            guard let m = Measure(rawValue: measure) else { throw ValidationError("unknown measure '\(measure)'") }
            patch.measure = m
        }
        if let category {
            guard let c = VictimCategory(rawValue: category) else { throw ValidationError("unknown category '\(category)'") }
            patch.category = c
        }
        if let place { patch.place = Place(name: place, text: place, admin1: admin1) }
        if let date {
            guard let d = Day(iso: date) else { throw ValidationError("--date must be YYYY-MM-DD") }
            patch.eventDate = EventDate(day: d, text: date)
        }
        if patch.isEmpty { throw ValidationError("nothing to correct: give --value, --measure, --category, --place or --date") }
        try appendAmendment(ledger, .claimCorrected(ClaimCorrected(claimID: claim, patch: patch, reason: reason)), naming: [claim])
    }
}

/// `ledger retract`.
struct RetractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retract",
        abstract: "Retract a claim (appends a claim_retracted event; nothing is deleted).",
        discussion: "Example:\n  ledger retract 3f9a1c2e7b10-5 --reason \"a clock time, not a figure\"")

    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "The claim id.") var claim: String
    @Option(name: .long, help: "Why (required).") var reason: String

    func validate() throws { try requireReason(reason) }

    func run() throws {
        try appendAmendment(ledger, .claimRetracted(ClaimRetracted(claimID: claim, reason: reason)), naming: [claim])
    }
}

/// `ledger link` and `ledger unlink`.
struct LinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Declare claims (or incidents) to be one incident, overriding automatic linking.",
        discussion: """
            IDs are claim ids, or incident ids (`inc-…`) standing for all their claims.
            The link is refused (exit 2, nothing appended) unless the claims are two or more distinct, \
            known, unretracted incident figures (no tallies, no parts or subsets of a breakdown) of one \
            measure, with victim categories the linker finds compatible and dates within the linker's \
            window for each pair (±1 day; ±3 for a back-reference; ±7 for an unresolved or missing date). \
            --force appends it anyway, recording in the event that it was forced and what it overrode. \
            `ledger withdraw EVENT-SEQ` takes a link back.
            Examples:
              ledger link 3f9a1c2e7b10-0 a81b22c0d913-2 --reason "al-Shuhayl and al-Shheil are one village"
              ledger link inc-1a2b3c4d5e6f inc-6f5e4d3c2b1a --reason "same ambush, reported a day apart"
              ledger link 3f9a1c2e7b10-0 a81b22c0d913-2 --force --reason "the report misdates the attack by a week"
            """)

    @OptionGroup var linkage: LinkageOptions

    func run() throws { try linkage.append(linked: true) }
}

struct UnlinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unlink",
        abstract: "Declare claims not to be one incident, overriding automatic linking.",
        discussion: """
            `ledger withdraw EVENT-SEQ` takes an unlink back.
            Example:
              ledger unlink 3f9a1c2e7b10-0 a81b22c0d913-2 --reason "two attacks on the same day"
            """)

    @OptionGroup var linkage: LinkageOptions

    func run() throws { try linkage.append(linked: false) }
}

/// The arguments `link` and `unlink` share.
struct LinkageOptions: ParsableArguments {
    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "Two or more claim or incident ids.") var ids: [String]
    @Option(name: .long, help: "Why (required).") var reason: String
    @Flag(name: .long, help: "Append a link the checks refuse; the event records that it was forced and what it overrode.")
    var force = false

    func validate() throws { if ids.count < 2 { throw ValidationError("give at least two ids") } }

    /// Appends a `claims_linked` or `claims_unlinked` event naming the claims (incident ids expanded),
    /// once ``LinkValidation`` lets it.
    func append(linked: Bool) throws {
        let claims = try expandIncidentIDs(ledger, ids)
        let linkage = try LinkValidation.linkage(ledger, claims: claims, reason: reason, linked: linked, force: force)
        try appendAmendment(ledger, linked ? .claimsLinked(linkage) : .claimsUnlinked(linkage), naming: claims)
    }
}

/// Replaces incident ids by their member claims.
func expandIncidentIDs(_ options: LedgerOptions, _ ids: [String]) throws -> [String] {
    let ledger = try Projections.openCurrent(options, forWriting: true)
    return try withLedgerErrors {
        try ledger.writer.read { db in
            var out: [String] = []
            for id in ids {
                if id.hasPrefix("inc-") {
                    guard let inc = try ReadModelStore(db).incident(id) else {
                        printError("no such incident \(id) (see `ledger incidents`)")
                        throw LinkValidation.refused
                    }
                    out += inc.claimIDs
                } else {
                    out.append(id)
                }
            }
            return Array(uniqued(out))
        }
    }
}

/// Removes duplicates, keeping the first occurrence.
func uniqued(_ ids: [String]) -> [String] {
    var seen = Set<String>()
    return ids.filter { seen.insert($0).inserted }
}

/// `ledger rebuild`.
struct RebuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild",
        abstract: "Drop the read models and re-fold the whole event log (the log itself is untouched).",
        discussion: """
            The read models (claims, incidents, series, discrepancies) are normally updated as events are \
            appended. A rebuild gives exactly the same tables; use it after upgrading ledger. It keeps \
            the read models' history (what every as-of query reads) and adds one projection at the head.

            --history re-derives that history too, as the appends wrote it: one projection for each \
            time events were recorded at. Use it when as-of queries before the last rebuild replay the \
            log (a ledger upgraded from a version without the history: the history then began at the \
            rebuild the upgrade ran). It takes about as long as the projections of the original ingest.

            The hash chain is verified first: a broken chain is reported with its first bad event and \
            exit code 1, and the read models are left as they were.

            Examples:
              ledger rebuild --db archive.sqlite
              ledger rebuild --history --db archive.sqlite
            """)

    @OptionGroup var ledger: LedgerOptions

    @Flag(name: .long, help: "Re-derive the read models' history too, one projection per recorded time.")
    var history = false

    func run() throws {
        // Verified through a read-only connection first: a broken chain leaves the file untouched.
        try ChainCheck.requireIntact((try? self.ledger.openReadOnly()) ?? (try self.ledger.open()), doing: "rebuild")
        let ledger = try ledger.open()
        let clock = ContinuousClock()
        var folded: Int64 = 0
        let elapsed = try clock.measure {
            folded = try withLedgerErrors {
                if history {
                    var progress = Progress("rebuild", total: Int(try ledger.head().seq))
                    defer { progress.finish() }
                    if self.ledger.session.isPostgres {
                        return try self.ledger.session.writeServerReadModels(rebuild: true, history: true) { progress.update(Int($0)) }
                    }
                    return try ledger.writer.write { db in
                        try Projector.rebuildHistory(db) { progress.update(Int($0)) }
                    }
                }
                if self.ledger.session.isPostgres {
                    // The cache refolded and the server's read models written whole, in one server transaction.
                    return try self.ledger.session.writeServerReadModels(rebuild: true)
                }
                return try ledger.writer.write { db in try Projector.rebuild(db) }
            }
        }
        let marks = try withLedgerErrors { try ledger.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM rm_history_marks") ?? 0 } }
        out("rebuilt the read models from \(folded) events in \(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000) ms"
            + (history ? "; their history holds \(marks) projection(s)\n" : "\n"))
        FileHandleOutput.stdout.flush()
    }
}
