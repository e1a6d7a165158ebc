import ArgumentParser
import GRDB
import LedgerCore
import LedgerProjections
import LedgerStore

/// `ledger link`'s checks (``LinkCheck``) against the read models, and its one-line refusal.
enum LinkValidation {
    /// A refused decision is a usage error.
    static let refused = ExitCode(2)

    /// The linkage to append for `claims`: refused (one line on standard error, exit 2, nothing
    /// appended) when the checks find a problem `force` does not override. A forced linkage records
    /// that it was forced and the problems it overrode.
    static func linkage(_ options: LedgerOptions, claims: [String], reason: String, linked: Bool, force: Bool) throws -> ClaimsLinkage {
        let ledger = try Projections.openCurrent(options)
        let records = try withLedgerErrors {
            try ledger.writer.read { db in
                let store = ReadModelStore(db)
                return Dictionary(try claims.compactMap { try store.record($0) }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            }
        }
        var problems = LinkCheck.problems(claims, records: records)
        // An unlink only keeps claims apart: it needs two known claims, nothing more.
        if !linked { problems = problems.filter { !$0.overridable } }
        let blocking = force ? problems.filter { !$0.overridable } : problems
        if !blocking.isEmpty {
            let hint = blocking.allSatisfy(\.overridable) ? " (to append it anyway: --force, with --reason saying why)" : ""
            printError("refused to \(linked ? "link" : "unlink") \(claims.joined(separator: ", ")): \(summary(blocking))\(hint)")
            throw refused
        }
        return ClaimsLinkage(
            claimIDs: claims, reason: reason, forced: force ? true : nil,
            overridden: force && !problems.isEmpty ? problems.map(\.description) : nil)
    }

    /// The first few problems on one line.
    static func summary(_ problems: [LinkCheck.Problem]) -> String {
        let shown = problems.prefix(4).map(\.description).joined(separator: "; ")
        return problems.count > 4 ? "\(shown); and \(problems.count - 4) more" : shown
    }
}
