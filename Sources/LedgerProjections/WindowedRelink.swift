import GRDB
import LedgerCore

/// Re-links one linking group only around the days that changed, instead of the whole group.
///
/// ``IncidentLinker`` walks a group's claims in date order, and each claim's choice depends only on
/// the claims placed before it within its window (at most ``LinkingWalk/maxWindow`` days, plus the
/// spread of its candidate days). So the claims anchored before the first changed day keep their
/// incidents. For each run of changed days the walk is resumed from the stored incidents of the
/// ``margin`` days before it (``LinkingWalk/seed(_:in:)``; two margins are loaded, since those
/// incidents may begin a margin earlier) and re-places the claims from the first
/// changed day on. At least ``margin`` days past the last changed day, it stops at the first day by
/// which every cluster holding a claim of the last ``margin`` days is exactly a stored incident
/// (same members, counting the stored members still ahead): every later claim then sees what it saw
/// before and chooses as before.
///
/// Anything outside those assumptions (an undated change, a claim whose candidate days spread wider
/// than the window, a stored incident reaching past the margin) returns nil, and the caller re-links
/// the group whole; both give the same incidents (property-tested against a rebuild).
struct WindowedRelink {
    /// Days of context on each side: a claim reaches at most the window plus its candidate spread
    /// (both at most ``LinkingWalk/maxWindow``) back, and a stored incident spans no more.
    /// Days are placing days (``LinkFacts/anchor``): a coarse claim is placed up to
    /// ``LinkingWalk/maxDelay`` days after its own day, so it reaches that much further back.
    static let margin = 2 * LinkingWalk.maxWindow + LinkingWalk.maxDelay + 1
    /// Days of claims loaded at a time.
    static let chunk = 45

    /// What the windows give.
    struct Outcome {
        /// Incidents built for the windows, every one (those equal to a stored one are kept in place).
        var incidents: [Incident] = []
        /// Stored incidents the windows cover: each is replaced unless rebuilt equal.
        var replaced: Set<String> = []
        /// The records of every member of `incidents`.
        var records: [String: ClaimRecord] = [:]
    }

    let store: ReadModelStore
    let group: String

    /// - Parameters:
    ///   - changedDays: every day (anchor and candidate days) of every changed claim of the group, as it
    ///     was before the change and as it is now.
    ///   - changedClaims: the ids of those claims (some may have left the group).
    func relink(changedDays: Set<Int>, changedClaims: Set<String>) throws -> Outcome? {
        guard let lastDay = try store.lastDay(inIncidentGroup: group) else {
            // Nothing left in the group: only the changed claims' incidents go.
            return Outcome(replaced: Set(try store.incidentIDs(ofClaims: changedClaims, inGroup: group).values))
        }
        var outcome = Outcome()
        outcome.replaced.formUnion(try store.incidentIDs(ofClaims: changedClaims, inGroup: group).values)
        var pending = changedDays.sorted()[...]
        while let lo = pending.popFirst() {
            guard try run(from: lo, pending: &pending, lastDay: lastDay, changedClaims: changedClaims, into: &outcome) else { return nil }
        }
        return outcome
    }

    /// One resumed walk, from the first changed day `lo`, absorbing the changed days it reaches.
    /// Returns false when the shortcut does not apply.
    private func run(from lo: Int, pending: inout ArraySlice<Int>, lastDay: Int, changedClaims: Set<String>, into outcome: inout Outcome) throws -> Bool {
        let m = Self.margin
        // Two margins back: the claims of the last margin before `lo` are the ones a re-placed claim can
        // reach, and their incidents began at most a margin before them.
        var window = try Window(store: store, group: group, from: lo - 2 * m, through: lo + Self.chunk)
        guard window.spreadFits else { return false }

        // Seeds: the claims before `lo`, put back in the stored incidents they belong to.
        var walk = LinkingWalk(forbidden: [])
        var clusterOfIncident: [String: Int] = [:]
        var pos = 0
        while pos < window.claims.count, window.anchor(window.claims[pos]) < lo {
            let c = window.claims[pos]
            guard let inc = window.old[c.id] else { return false }
            clusterOfIncident[inc] = walk.seed(c, in: clusterOfIncident[inc])
            // A coarse seed keeps the finer incidents it was found to fit, should its incident be rebuilt.
            if (c.path?.level ?? 0) > 0, let note = try window.ambiguity(of: c.id, in: inc) { walk.ambiguous[c.id] = note }
            pos += 1
        }
        let seeded = pos

        // Re-place from `lo` on, a day at a time, until the walk agrees with the stored incidents.
        var hi = lo
        var day = lo
        while true {
            while let next = pending.first, next <= max(hi, day) + 2 * m {
                hi = max(hi, next)
                pending.removeFirst()
            }
            if window.loadedThrough < day + m && window.loadedThrough < lastDay {
                try window.extend(through: max(day + m, window.loadedThrough + Self.chunk))
                guard window.spreadFits else { return false }
            }
            while pos < window.claims.count, window.anchor(window.claims[pos]) == day {
                walk.place(window.claims[pos])
                pos += 1
            }
            if day >= lastDay { break }
            if day >= hi + m, pending.first.map({ $0 > day + 2 * m }) ?? true,
               try agrees(walk, &window, seeded: seeded, through: day, pos: pos, changed: changedClaims) {
                break
            }
            day += 1
        }

        // The clusters that changed or may have: those holding a re-placed claim that are not exactly a
        // stored incident (or hold a changed claim), and those whose stored incident held one of their
        // claims or a changed claim. Each is built with the stored members still ahead of the walk when
        // it agrees with its stored incident.
        // A re-placed cluster that is exactly a stored incident, with no changed claim, stays as stored.
        var rebuilt = Set<Int>()
        for k in walk.clusters.indices where walk.clusters[k].contains(where: { $0 >= seeded }) {
            if try agreeingIncident(walk, &window, cluster: k, pos: pos, changed: changedClaims) == nil { rebuilt.insert(k) }
        }
        var affected = outcome.replaced
        while true {
            // A rebuilt cluster replaces its members' stored incidents; a cluster holding a claim of a
            // replaced incident is rebuilt.
            for k in rebuilt { for i in walk.clusters[k] { if let inc = window.old[walk.claims[i].id] { affected.insert(inc) } } }
            let more = walk.clusters.indices.filter { k in
                !rebuilt.contains(k) && walk.clusters[k].contains { window.old[walk.claims[$0].id].map(affected.contains) == true }
            }
            if more.isEmpty { break }
            rebuilt.formUnion(more)
        }
        let ahead = window.claims[pos...]
        var aheadOf: [String: [LinkFacts]] = [:]
        for c in ahead { if let inc = window.old[c.id], affected.contains(inc) { aheadOf[inc, default: []].append(c) } }
        var claimed = Set<String>()
        var memberIDs: [[String]] = []
        for k in rebuilt.sorted() {
            let members = walk.clusters[k]
            // A seed's stored incident must lie wholly in the loaded days (or have lost only changed claims).
            for i in members where i < seeded {
                guard let inc = window.old[walk.claims[i].id], let stored = try window.members(of: inc) else { return false }
                for id in stored where window.index[id] == nil && !changedClaims.contains(id) { return false }
            }
            var ids = members.map { walk.claims[$0].id }
            if let inc = try agreeingIncident(walk, &window, cluster: k, pos: pos, changed: changedClaims) {
                ids += (aheadOf[inc] ?? []).map(\.id)
                claimed.insert(inc)
            }
            memberIDs.append(ids)
        }
        // Only the members of the incidents rebuilt are decoded.
        let records = try store.records(ids: memberIDs.joined())
        for ids in memberIDs {
            let claims = try ids.map { id in
                guard let r = records[id] else { throw DatabaseError(message: "claim \(id) vanished from rm_claims") }
                return r
            }
            for c in claims { outcome.records[c.id] = c }
            outcome.incidents.append(try build(claims, ambiguous: walk.ambiguous))
        }
        // A stored incident with members ahead must have been carried by an agreeing cluster.
        for inc in aheadOf.keys where !claimed.contains(inc) { return false }
        outcome.replaced.formUnion(affected)
        return true
    }

    /// Whether every cluster holding a re-placed claim of the last `margin` days agrees with its
    /// stored incident.
    private func agrees(_ walk: LinkingWalk, _ window: inout Window, seeded: Int, through day: Int, pos: Int, changed: Set<String>) throws -> Bool {
        var checked = Set<Int>()
        for i in stride(from: walk.claims.count - 1, through: seeded, by: -1) {
            let c = walk.claims[i]
            guard window.anchor(c) > day - Self.margin else { break }
            let k = walk.clusterOf[i]
            guard checked.insert(k).inserted else { continue }
            guard try agreeingIncident(walk, &window, cluster: k, pos: pos, changed: changed) != nil else { return false }
        }
        return true
    }

    /// The stored incident a cluster is exactly (its members so far, plus the stored members still
    /// ahead of the walk), or nil. A cluster holding a changed claim, or whose stored incident held one,
    /// agrees with nothing: the stored incident was built with the claim as it was (a claim moved back
    /// in time would otherwise carry its old incident's later members with it, and one moved forward
    /// be carried back, while the walk re-places them too).
    private func agreeingIncident(_ walk: LinkingWalk, _ window: inout Window, cluster k: Int, pos: Int, changed: Set<String>) throws -> String? {
        let members = walk.clusters[k]
        if members.contains(where: { changed.contains(walk.claims[$0].id) }) { return nil }
        // A cluster with an ambiguous coarse claim is built again: the finer incidents it names may differ.
        if members.contains(where: { walk.ambiguous[walk.claims[$0].id] != nil }) { return nil }
        guard let inc = window.old[walk.claims[members[0]].id] else { return nil }
        // Nor does a stored incident whose coarse claim was ambiguous then: the finer incidents it named
        // may have merged or moved away since, so the note must be made again.
        if members.contains(where: { (walk.claims[$0].path?.level ?? 0) > 0 }), try window.notesAmbiguity(inc) { return nil }
        guard let stored = try window.members(of: inc) else { return nil }
        var expected = Set(stored)
        for i in members {
            guard expected.remove(walk.claims[i].id) != nil else { return nil }
        }
        // Nor does one whose stored incident held a changed claim the cluster lacks: that claim is placed
        // where it is now (a claim moved forward would otherwise be carried back into its old incident
        // as a member still ahead, while the window at its new days places it too).
        if expected.contains(where: changed.contains) { return nil }
        // What is left must be still ahead of the walk (loaded, not yet placed).
        for id in expected {
            guard let at = window.index[id], at >= pos else { return nil }
        }
        return inc
    }

    private func build(_ claims: [ClaimRecord], ambiguous: [String: AmbiguousPlacement]) throws -> Incident {
        let parts = try store.children(of: claims.map(\.id)).filter { $0.claim.role != .total && !$0.isRetracted }
        return IncidentBuilder.build(
            claims, manual: [], partsByParent: Dictionary(grouping: parts, by: { $0.claim.parent ?? "" }), ambiguous: ambiguous)
    }
}

extension WindowedRelink {
    /// The group's claims over a range of days, in linking order, with their stored incidents.
    struct Window {
        let store: ReadModelStore
        let group: String
        let from: Int
        private(set) var loadedThrough: Int
        private(set) var claims: [LinkFacts] = []
        private(set) var index: [String: Int] = [:]
        /// The stored incident of each loaded claim.
        private(set) var old: [String: String] = [:]
        /// Whether every loaded claim's candidate days lie within the window of its anchor.
        private(set) var spreadFits = true
        private var membersCache: [String: [String]] = [:]
        private var ambiguityCache: [String: Bool] = [:]

        init(store: ReadModelStore, group: String, from: Int, through: Int) throws {
            self.store = store
            self.group = group
            self.from = from
            self.loadedThrough = from - 1
            try extend(through: through)
        }

        func anchor(_ c: LinkFacts) -> Int { c.anchor ?? Int.max }

        mutating func extend(through: Int) throws {
            guard through > loadedThrough else { return }
            let more = try store.linkFacts(inIncidentGroup: group, days: (loadedThrough + 1)..<(through + 1))
                .sorted(by: LinkFacts.precedes)
            for c in more {
                let a = c.anchorDay ?? Int.max
                if c.days.contains(where: { abs($0 - a) > LinkingWalk.maxWindow }) { spreadFits = false }
                index[c.id] = claims.count
                claims.append(c)
            }
            var incidents = Set<String>()
            for (claim, inc) in try store.incidentIDs(ofClaims: more.map(\.id), inGroup: group) {
                old[claim] = inc
                if membersCache[inc] == nil { incidents.insert(inc) }
            }
            // Their members, in one query (the walk asks for them cluster by cluster).
            for (inc, ids) in try store.incidentMembers(incidents) { membersCache[inc] = ids }
            loadedThrough = through
        }

        /// What the stored incident noted of a coarse claim the linker left out of several finer incidents.
        func ambiguity(of claim: String, in incident: String) throws -> AmbiguousPlacement? {
            try store.incident(incident)?.ambiguous?.first { $0.claimID == claim }
        }

        /// Whether the stored incident notes a coarse claim as ambiguous (cached).
        mutating func notesAmbiguity(_ incident: String) throws -> Bool {
            if let hit = ambiguityCache[incident] { return hit }
            let found = try store.incident(incident)?.ambiguous?.isEmpty == false
            ambiguityCache[incident] = found
            return found
        }

        /// The stored members of an incident (cached).
        mutating func members(of incident: String) throws -> [String]? {
            if let hit = membersCache[incident] { return hit }
            let found = try store.incidentMembers([incident])[incident]
            membersCache[incident] = found
            return found
        }
    }
}
