import LedgerCore

/// The greedy linking rule of ``IncidentLinker`` as a walk that can be resumed.
///
/// Claims are placed one at a time in ``LinkFacts/precedes(_:_:)`` order (placing day, finer places first). Each claim joins the
/// nearest cluster that admits it (on a tie, the earliest opened) or opens a new one. A claim's choice
/// depends only on the claims placed before it whose days lie within the widest window of its own, so
/// a walk can start part-way through a group: ``seed(_:in:)`` puts back claims whose clusters are
/// already known (from the stored incidents), and ``place(_:)`` carries on by the rule.
struct LinkingWalk {
    /// The widest linking window, in days (an undated claim's).
    static let maxWindow = 7
    /// The longest delay a coarse place adds to a claim's placing day (a governorate's, ``PlacePath/delay``).
    static let maxDelay = 3 * maxWindow
    /// How far after its own day a claim may be placed and still reach: a window and the longest delay.
    static let reach = maxWindow + maxDelay

    /// Claims placed so far, in order.
    private(set) var claims: [LinkFacts] = []
    /// The cluster of each placed claim.
    private(set) var clusterOf: [Int] = []
    /// Each cluster's members (indices into `claims`), in placing order; the first is the cluster's anchor.
    private(set) var clusters: [[Int]] = []
    /// Each cluster's most specific place (nil: none of its claims has one).
    private(set) var clusterPath: [PlacePath?] = []
    /// Coarse claims that several finer clusters could hold, left out of them all, by claim id.
    var ambiguous: [String: AmbiguousPlacement] = [:]

    // Indexes over the placed claims, so that each claim looks only at its neighbours: by day (a member
    // within the window shares a day within `maxWindow` of the claim's), by report (`mayShareIncident`)
    // and by forbidden partner.
    private var byDay: [Int: [Int]] = [:]
    private var byReport: [String: [Int]] = [:]
    private var placed: [String: Int] = [:]
    private let forbiddenPartners: [String: [String]]

    init(forbidden: some Sequence<ClaimPair>) {
        var partners: [String: [String]] = [:]
        for pair in forbidden {
            partners[pair.a, default: []].append(pair.b)
            partners[pair.b, default: []].append(pair.a)
        }
        forbiddenPartners = partners
    }

    /// Places a claim by the rule and returns its cluster.
    @discardableResult
    mutating func place(_ c: LinkFacts) -> Int {
        let (cluster, others) = choose(c)
        ambiguous[c.id] = nil
        if others.count > 1 {
            let found = others.map { (place: clusterPath[$0]?.leaf ?? "?", claim: claims[clusters[$0][0]].id) }
                .sorted { ($0.place, $0.claim) < ($1.place, $1.claim) }
            ambiguous[c.id] = AmbiguousPlacement(claimID: c.id, places: found.map(\.place), claims: found.map(\.claim))
        }
        return record(c, in: cluster)
    }

    /// Puts back a claim whose cluster is known: `cluster` is an existing cluster, or nil to open one.
    @discardableResult
    mutating func seed(_ c: LinkFacts, in cluster: Int?) -> Int {
        record(c, in: cluster)
    }

    /// The cluster the rule puts `c` in (nil for a new one), and the finer clusters that could all
    /// hold it when there are several (then it joins none of them).
    ///
    /// Place rule: a claim joins only a cluster whose place is compatible with its own (one lies within
    /// the other, ``PlacePath/compatible(with:)``). When the cluster's place is finer (a village, for a
    /// claim naming the province) it joins only if that cluster is the one finer candidate, or the one
    /// whose figures are close to its own; otherwise the nearest cluster at its own place (or coarser)
    /// or a new one.
    private func choose(_ c: LinkFacts) -> (Int?, [Int]) {
        // A report's listed victims share their event whatever their categories.
        if let same = byReport[c.report], let partner = same.first(where: { CoVictims.listed(claims[$0], c) }),
           !same.contains(where: { CoVictims.mayHold(claims[$0], c) || CoVictims.mayHold(claims[$0], claims[partner]) }),
           !isForbidden(c, in: clusterOf[partner]) {
            return (clusterOf[partner], [])
        }
        let cDays = Set(c.days)
        var distanceOf: [Int: Int] = [:]
        for x in cDays {
            for o in (x - Self.maxWindow)...(x + Self.maxWindow) {
                guard let near = byDay[o] else { continue }
                for m in near where IncidentLinker.compatible(claims[m].category, c.category) {
                    if let dist = IncidentLinker.distance(claims[m], c), dist <= IncidentLinker.window(claims[m], c) {
                        let k = clusterOf[m]
                        distanceOf[k] = min(distanceOf[k] ?? Int.max, dist)
                    }
                }
            }
        }
        var same: Int?
        var finer: [Int] = []
        for (k, _) in distanceOf.sorted(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
            // The cluster's first claim bounds it: a claim must fall within the window of the first one
            // too, so daily events at one place never chain into one long "incident".
            let first = claims[clusters[k][0]]
            guard let span = IncidentLinker.distance(first, c), span <= IncidentLinker.window(first, c) else { continue }
            if isForbidden(c, in: k) { continue }
            if let same = byReport[c.report],
               same.contains(where: { clusterOf[$0] == k && !IncidentLinker.mayShareIncident(claims[$0], c) }) { continue }
            switch (c.path, clusterPath[k]) {
            case let (mine?, theirs?):
                guard mine.compatible(with: theirs) else { continue }
                if mine.contains(theirs) { finer.append(k) } else if same == nil { same = k }
            default:
                if same == nil { same = k }
            }
        }
        if finer.count == 1 { return (finer[0], []) }
        if finer.count > 1 {
            let close = finer.filter { k in clusters[k].contains { Self.close(claims[$0].value, c.value) } }
            if close.count == 1 { return (close[0], []) }
        }
        return (same, finer)
    }

    /// Whether a person's `claims_unlinked` keeps `c` out of cluster `k`.
    private func isForbidden(_ c: LinkFacts, in k: Int) -> Bool {
        forbiddenPartners[c.id]?.contains { p in placed[p].map { clusterOf[$0] == k } ?? false } ?? false
    }

    /// Figures that may be one toll told twice: within 2, or within a quarter of the larger.
    static func close(_ a: Int, _ b: Int) -> Bool {
        abs(a - b) <= max(2, max(a, b) / 4)
    }

    private mutating func record(_ c: LinkFacts, in cluster: Int?) -> Int {
        let i = claims.count
        let k: Int
        if let cluster {
            k = cluster
            clusters[k].append(i)
            if let p = c.path, clusterPath[k].map({ $0.contains(p) }) ?? true { clusterPath[k] = p }
        } else {
            k = clusters.count
            clusters.append([i])
            clusterPath.append(c.path)
        }
        claims.append(c)
        clusterOf.append(k)
        for d in Set(c.days) { byDay[d, default: []].append(i) }
        byReport[c.report, default: []].append(i)
        if placed[c.id] == nil { placed[c.id] = i }
        return k
    }
}
