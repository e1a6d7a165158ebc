import LedgerCore

/// Links incident claims into incidents.
///
/// Automatic rule, applied within one linking group (same measure, same governorate in the gazetteer):
/// - claims are taken in date order, a claim naming a coarse place (a district, a province) a week per
///   level later than its own day, so that the finer claims near it are placed first (``PlacePath``);
/// - a claim joins only an incident whose place is compatible with its own (the same place under any
///   spelling, or one within the other); a coarse claim joins a finer incident only when it is the one
///   finer incident that fits (or the one whose figures are close to its own), and otherwise stays
///   apart, noted for `ambiguous_link` when several fit;
/// - a claim joins the existing incident holding a claim whose date
///   (and the date of the incident's first claim, so that incidents never chain across days) is within the pair's window (±1 day for resolved main-frame dates, ±3 for back-references, ±7
///   when the date was unresolved or missing and the report's day stands in for it), whose category
///   is compatible (equal, or `all`, which names no group, beside any category), which is not from the same
///   report (unless one supersedes the other; a report's list of victims, ``CoVictims``, is placed together
///   whatever their categories) and which no `claims_unlinked` event separates from it;
///   the nearest such incident wins;
/// - `claims_linked` pairs are then merged, overriding everything else (the last link event about a
///   pair decides).
/// Republished copies join like any claim; they are flagged and count once, with their original.
public struct IncidentLinker: Sendable {
    public var decisions: LinkDecisions

    public init(decisions: LinkDecisions) {
        self.decisions = decisions
    }

    /// Links `candidates` (incident claims of one or more groups joined by manual links) and builds
    /// the incidents. `parts` are parts and subsets whose parent is a candidate (for breakdowns).
    public func link(_ candidates: [ClaimRecord], parts: [ClaimRecord]) -> [Incident] {
        let facts = Dictionary(candidates.map { ($0.id, LinkFacts($0)) }, uniquingKeysWith: { a, _ in a })
        let sorted = candidates.sorted { LinkFacts.precedes(facts[$0.id]!, facts[$1.id]!) }
        // The automatic rule never leaves a linking group: a component joins groups only so that its
        // manual links can merge across them. Each group is walked on its own.
        var clusterOf = [Int](repeating: 0, count: sorted.count)
        var clusters: [[Int]] = []
        var ambiguous: [String: AmbiguousPlacement] = [:]
        let byGroup = Dictionary(grouping: sorted.indices, by: { GroupKeys.incidentGroup(sorted[$0]) ?? "" })
        for key in byGroup.keys.sorted() {
            let indices = byGroup[key]!
            var walk = LinkingWalk(forbidden: decisions.forbidden)
            for i in indices { walk.place(facts[sorted[i].id]!) }
            ambiguous.merge(walk.ambiguous, uniquingKeysWith: { a, _ in a })
            for members in walk.clusters {
                for m in members { clusterOf[indices[m]] = clusters.count }
                clusters.append(members.map { indices[$0] })
            }
        }
        // Manual links override: union the clusters of every forced pair.
        var uf = UnionFind(clusters.count)
        let index = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1.id, $0) })
        var manual = Set<String>()
        for pair in decisions.forced {
            guard let i = index[pair.a], let j = index[pair.b] else { continue }
            uf.union(clusterOf[i], clusterOf[j])
            // A link ingest made by rule joins its claims as the automatic linker would have.
            if decisions.automatic.contains(pair) { continue }
            manual.insert(pair.a)
            manual.insert(pair.b)
        }
        var merged: [Int: [Int]] = [:]
        for (k, members) in clusters.enumerated() { merged[uf.find(k), default: []].append(contentsOf: members) }
        let partsByParent = Dictionary(grouping: parts.filter { !$0.isRetracted }, by: { $0.claim.parent ?? "" })
        return merged.values
            .map { IncidentBuilder.build($0.map { sorted[$0] }, manual: manual, partsByParent: partsByParent, ambiguous: ambiguous) }
            .sorted { $0.id < $1.id }
    }

    /// The day a claim is placed at: its event date, else the first candidate, else its report's
    /// publication day. A report with no publication date gives no day: the day it was recorded says
    /// nothing of when the deaths happened, so its undated claims make undated incidents.
    static func anchor(_ r: ClaimRecord) -> Day? {
        if let d = r.claim.eventDate, !d.unresolved, let day = d.day ?? d.candidates.first { return day }
        return r.report?.published
    }

    static func tolerance(_ r: ClaimRecord) -> Int {
        guard let d = r.claim.eventDate, !d.unresolved, d.day != nil || !d.candidates.isEmpty else { return 7 }
        return r.claim.context == .backReference ? 3 : 1
    }

    /// The days a claim may be placed at: its date's candidates, else its anchor.
    static func days(_ r: ClaimRecord) -> [Day] {
        if let d = r.claim.eventDate, !d.unresolved, !d.candidates.isEmpty { return d.candidates }
        return anchor(r).map { [$0] } ?? []
    }

    static func window(_ a: LinkFacts, _ b: LinkFacts) -> Int { max(a.tolerance, b.tolerance) }

    static func distance(_ a: LinkFacts, _ b: LinkFacts) -> Int? {
        // Several candidate days: the closest pair counts.
        var best: Int?
        for x in a.days { for y in b.days { let d = abs(x - y); best = min(best ?? d, d) } }
        return best
    }

    /// Categories that may describe the same dead: equal ones, or `all` (which names no group and so
    /// may count any group's dead) beside any other. Two different groups never link. (The sample
    /// corpus's Jdid Akidat revision, SCENARIOS-ar.md E, is the case: "3 Asayish killed", then "the
    /// toll of the attack rose to 5", one incident.)
    static func compatible(_ a: VictimCategory, _ b: VictimCategory) -> Bool {
        a == b || a == .all || b == .all
    }

    /// Two claims of one report are two events, unless one supersedes the other, they are one list's
    /// victims (``CoVictims``), or they are two
    /// sources' tolls of one event: a wire story's "the civil defence said 15 were killed ... the
    /// Observatory put the toll at 19". That needs figures stated by different sources (an
    /// organisation quoted, or the publisher's own), of the same victims' category (a report's "two
    /// soldiers" and "both attackers" are two groups of dead), close to each other
    /// (``LinkingWalk/close(_:_:)``) and within the linking window of each other; the place rule of the
    /// walk still applies.
    static func mayShareIncident(_ a: LinkFacts, _ b: LinkFacts) -> Bool {
        if a.report != b.report { return true }
        if a.supersededBy == b.id || b.supersededBy == a.id || CoVictims.listed(a, b) { return true }
        guard a.source != b.source, let d = distance(a, b), d <= window(a, b) else { return false }
        if a.category == b.category, LinkingWalk.close(a.value, b.value) { return true }
        // A perpetrator's claim beside the other side's own count ("Amaq claimed seven were killed,
        // while the SDF put its losses at two"): one attack told twice, however far apart the figures.
        return (claimants.contains(a.source ?? "") || claimants.contains(b.source ?? "")) && compatible(a.category, b.category)
    }

    /// Outlets that claim attacks for their side: their figure is a claim about the attack the report tells.
    static let claimants: Set<String> = ["Amaq"]
}

/// What the linking rule reads of a claim, worked out once: from its record, or from the columns
/// of its row in `rm_claims` (so that a walk over many days decodes no record).
struct LinkFacts: Hashable, Sendable {
    var id: String
    var report: String
    var category: VictimCategory
    /// The day it is placed on in the linking walk (nil: undated): its anchor day's ordinal, plus a
    /// delay for a coarse place (``PlacePath/delay``), so that every finer claim it could link to is
    /// placed before it.
    var anchor: Int?
    /// The ordinals of the days it may be placed at.
    var days: [Int]
    var tolerance: Int
    var supersededBy: String?
    /// Its place in the gazetteer's hierarchy (nil: no place).
    var path: PlacePath?
    /// Its figure (a coarse claim choosing between finer incidents prefers the one whose figures are close).
    var value: Int
    /// The organisation it quotes (``SourceAliases/canonical(_:)``); nil for the publisher's own figure
    /// or an unnamed party's ("local sources"), which the publisher stands behind. (Only claims of one
    /// report are compared by it, so a copy's original publisher makes no difference.)
    var source: String?
    /// Where its figure stands in the report's text (nil: not known), for ``CoVictims``.
    var span: Range<Int>?

    init(id: String, report: String, category: VictimCategory, anchor: Int?, days: [Int], tolerance: Int, supersededBy: String?,
         path: PlacePath? = nil, value: Int = 0, attributedTo: String? = nil, publisher: String? = nil, span: Range<Int>? = nil) {
        self.source = Self.source(attributedTo, publisher: publisher)
        self.span = span
        self.id = id
        self.report = report
        self.category = category
        self.anchor = anchor
        self.days = days
        self.tolerance = tolerance
        self.supersededBy = supersededBy
        self.path = path
        self.value = value
    }

    init(_ r: ClaimRecord) {
        let path = PlacePath.of(r.claim.place)
        self.init(
            id: r.id, report: r.claim.report, category: r.claim.category,
            anchor: IncidentLinker.anchor(r).map { $0.ordinal + (path?.delay ?? 0) },
            days: IncidentLinker.days(r).map(\.ordinal), tolerance: IncidentLinker.tolerance(r), supersededBy: r.claim.supersededBy,
            path: path, value: r.claim.value, attributedTo: r.claim.attributedTo, publisher: r.publisher,
            span: CoVictims.range(r.claim.span.start, r.claim.span.end))
    }

    /// The organisation an `attributed_to` names, folded to one name, or nil (none, or the publisher).
    static func source(_ attributedTo: String?, publisher: String?) -> String? {
        guard let a = attributedTo, SourceAliases.isOrganisation(a) else { return nil }
        let source = SourceAliases.canonical(a)
        return publisher.map(SourceAliases.canonical) == source ? nil : source
    }

    /// The delay added to the anchor day.
    var delay: Int { path?.delay ?? 0 }
    /// The anchor day itself (without the delay).
    var anchorDay: Int? { anchor.map { $0 - delay } }

    /// The order claims are linked in: by placing day (undated last), finer places first, then by id.
    static func precedes(_ a: LinkFacts, _ b: LinkFacts) -> Bool {
        let da = a.anchor ?? Int.max, db = b.anchor ?? Int.max
        if da != db { return da < db }
        let la = a.path?.level ?? 0, lb = b.path?.level ?? 0
        return la != lb ? la < lb : a.id < b.id
    }
}

/// A small union-find over indices.
struct UnionFind {
    var parent: [Int]
    init(_ n: Int) { parent = Array(0..<n) }
    mutating func find(_ x: Int) -> Int {
        var r = x
        while parent[r] != r { r = parent[r] }
        var y = x
        while parent[y] != r { let n = parent[y]; parent[y] = r; y = n }
        return r
    }
    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
}
