import LedgerCore

/// A claim under construction; parents and supersession refer to draft indices until ids are given.
struct Draft: Sendable {
    var measure: Measure
    var value: Int
    var qualifier: Qualifier
    var kind: ClaimKind
    var role: ClaimRole = .total
    var parent: Int?
    var category: VictimCategory
    var categoryText: String?
    var place: Place?
    var period: Period?
    var eventDate: EventDate?
    var attributedTo: String?
    var exclusions: [String] = []
    var context: ClaimContext = .main
    var provisional = false
    var supersededBy: Int?
    var incomplete = false
    var notes: [String] = []
    var span: Span
    var headline = false
    var sentence: Int
    var dropped = false
    /// A line of a regional (or per-incident) distribution, checked apart from the category breakdown.
    var regionalLine = false
    /// Right after "from"/«من» (the old figure of "rose from six to eight").
    var afterFrom = false
    /// Named as the figure a correction replaces ("and not 359", «بدلاً من 1060»).
    var replaced = false
}
