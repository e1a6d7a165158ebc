import LedgerCore

/// What the qualifiers of added-up figures make of the sum.
///
/// Exact figures give an exact sum; one lower bound (`at least 12`, `more than 500`) among exact
/// figures makes the sum a lower bound (`more_than` only when every bound is one); upper bounds
/// likewise; lower and upper bounds together, or any `about`, make it approximate.
public enum TotalQualifier {
    public static func combine(_ qualifiers: some Sequence<Qualifier>) -> Qualifier {
        let set = Set(qualifiers).subtracting([.exact])
        if set.isEmpty { return .exact }
        if set.contains(.about) { return .about }
        let lower = set.contains(.atLeast) || set.contains(.moreThan)
        if lower && set.contains(.upTo) { return .about }
        if set == [.moreThan] { return .moreThan }
        return lower ? .atLeast : .upTo
    }

    /// The sign a table writes before a figure: `≥`, `>`, `~`, `≤`, or nothing.
    public static func sign(_ q: Qualifier?) -> String {
        switch q {
        case .atLeast: "≥"
        case .moreThan: ">"
        case .about: "~"
        case .upTo: "≤"
        case .exact, nil: ""
        }
    }

    /// Fills each total's qualifier from the qualifiers of the claims behind its best figures.
    public static func fill(_ totals: [ReconciledTotal], qualifierOf: (String) throws -> Qualifier?) rethrows -> [ReconciledTotal] {
        try totals.map { t in
            var t = t
            t.qualifier = combine(try t.claimIDs.compactMap(qualifierOf))
            return t
        }
    }
}
