import LedgerCore

/// The `tally_vs_incidents` checks derived for one moment (``ReadModelHistory/derivedChecks(_:at:listing:)``),
/// in id order, each read whole when it is reached.
///
/// Every check is held at once (a listing sorts them, an export merges them with the stored ones), but
/// its incident list is not held as ids: a country-wide tally at a million events counts thousands of
/// incidents, and the lists of 1,800 checks were 9 million ids, half the memory of an as-of export. The
/// incidents' ids are held once, in id order, and a check keeps the places of its incidents among them
/// (4 bytes each, ascending); a check read through the subscript lists them by id, as
/// ``TallyVsIncidentsCheck`` lists them.
public struct DerivedChecks: RandomAccessCollection, Sendable {
    /// The checks in id order, their `incidents` empty where `places` lists them.
    private var checks: [Discrepancy]
    /// Per check, its incidents as positions in `names`, ascending; empty when the checks are held
    /// whole or list no incidents.
    private var places: [[Int32]]
    /// The incidents' ids, in id order.
    private var names: [String]

    /// Checks held whole (their lists as they are), sorted by id.
    public init(_ checks: [Discrepancy]) {
        self.checks = checks.sorted { $0.id < $1.id }
        (places, names) = ([], [])
    }

    /// The checks of `outcomes` (each without its list, and the places in `names` of the incidents it
    /// counts, ascending), sorted by id; with `names` (every incident's id, in id order), each lists
    /// the incidents it counts; without, none.
    init(_ outcomes: [(check: Discrepancy, places: [Int32])], names: [String]?) {
        let order = outcomes.indices.sorted { outcomes[$0].check.id < outcomes[$1].check.id }
        checks = order.map { outcomes[$0].check }
        places = names == nil ? [] : order.map { outcomes[$0].places }
        self.names = names ?? []
    }

    public var startIndex: Int { checks.startIndex }
    public var endIndex: Int { checks.endIndex }

    /// The check at `position` with its incident list.
    public subscript(position: Int) -> Discrepancy {
        guard !places.isEmpty else { return checks[position] }
        var check = checks[position]
        check.incidents = places[position].map { names[Int($0)] }
        return check
    }

    /// The id of the check at `position`, its list not read.
    public func id(at position: Int) -> String { checks[position].id }

    /// The check at `position` without its incident list (its severity, kind and id, to sort by).
    func unlisted(at position: Int) -> Discrepancy { checks[position] }
}
