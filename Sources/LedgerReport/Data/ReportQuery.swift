import LedgerCore
import LedgerKit

/// Which state of the ledger a report or an API answer shows: `as_of` (what the ledger had recorded by
/// then) and `through` (incidents dated, and tally periods ending, by that day).
public struct ReportQuery: Hashable, Sendable {
    /// A date (the end of that day) or an ISO 8601 time, as given.
    public var asOf: String?
    /// `YYYY-MM-DD`, as given.
    public var through: String?

    /// Why a query is refused: the option and the value that could not be read.
    public struct Invalid: Error, CustomStringConvertible {
        public var description: String
    }

    /// Checks both values; nil or empty strings mean "not limited".
    public init(asOf: String? = nil, through: String? = nil) throws {
        let asOf = asOf.flatMap { $0.isEmpty ? nil : $0 }
        let through = through.flatMap { $0.isEmpty ? nil : $0 }
        if let asOf, Timestamp.parseUpperBound(asOf) == nil {
            throw Invalid(description: "as_of must be a date (YYYY-MM-DD) or an ISO 8601 time, not '\(asOf)'")
        }
        if let through, Day(iso: through) == nil || through.count != 10 {
            throw Invalid(description: "through must be a date as YYYY-MM-DD, not '\(through)'")
        }
        self.asOf = asOf
        self.through = through
    }

    /// The canonical recorded-time bound of `asOf`.
    public var asOfBound: String? { asOf.flatMap(Timestamp.parseUpperBound) }

    /// The day of `through`.
    public var throughDay: Day? { through.flatMap { Day(iso: $0) } }

    /// The same query in LedgerKit's terms.
    public var ledgerQuery: LedgerQuery { LedgerQuery(asOf: asOf, through: through) }
}
