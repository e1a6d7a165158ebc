import Foundation
import GRDB
import LedgerCore
import LedgerStore

/// Folds appended events into the read-model tables, inside the append transaction.
///
/// `apply` folds the new events into the claims view and notes which groups they touch (the report,
/// the incident-linking group `measure|place`, the running series, and the places of changed
/// incidents); then only those groups are recomputed with the same pure functions ``Reconciler`` uses.
/// `rebuild` drops every read-model row and re-folds the whole log; both give the same tables.
public enum Projector {
    /// The hook ``Ledger/append(_:recordedAt:hook:)`` and ``Ledger/ingest(_:recordedAt:hook:)`` call.
    public static let hook: AppendHook = { db, events in
        try apply(db, events)
    }

    /// The groups a batch of events touches.
    struct Touched {
        /// False for a rebuild, which derives every group anyway.
        var tracking = true
        var reports = Set<String>()
        var incidentGroups = Set<String>()
        /// Per linking group: the days (anchor and candidates, before and after) of its changed claims,
        /// and their ids, so that a large group is re-linked only around them (``WindowedRelink``).
        var incidentDays: [String: Set<Int>] = [:]
        var incidentClaims: [String: Set<String>] = [:]
        /// Linking groups to re-link whole (an undated claim changed, or links name their claims).
        var wholeGroups = Set<String>()
        var series = Set<String>()
        /// The claims whose points may have changed, by series.
        var seriesClaims: [String: Set<String>] = [:]

        mutating func add(_ r: ClaimRecord, parent: ClaimRecord?) {
            reports.insert(r.claim.report)
            if let g = GroupKeys.incidentGroup(r) { note(r, in: g) }
            if let s = GroupKeys.seriesKey(r) {
                series.insert(s)
                seriesClaims[s, default: []].insert(r.id)
            }
            // A part changed: its parent's incident is rebuilt.
            if let parent, let g = GroupKeys.incidentGroup(parent) { note(parent, in: g) }
        }

        mutating func note(_ r: ClaimRecord, in group: String) {
            incidentGroups.insert(group)
            incidentClaims[group, default: []].insert(r.id)
            guard let anchor = IncidentLinker.anchor(r) else {
                wholeGroups.insert(group)
                return
            }
            incidentDays[group, default: []].insert(anchor.ordinal)
            // The day it is placed on in the walk (later than its own for a coarse place).
            if let placed = LinkFacts(r).anchor { incidentDays[group, default: []].insert(placed) }
            for d in IncidentLinker.days(r) { incidentDays[group, default: []].insert(d.ordinal) }
        }

        mutating func wholeGroup(_ group: String) {
            incidentGroups.insert(group)
            wholeGroups.insert(group)
        }
    }

    /// Folds `events` (just appended, in order) and recomputes the groups they touch.
    public static func apply(_ db: Database, _ events: [StoredEvent]) throws {
        guard !events.isEmpty else { return }
        let store = ReadModelStore(db, memo: ProjectionMemo())
        let last = try store.lastSeq()
        if let first = events.first, first.seq != last + 1 {
            // The read models missed events (say, written by a program without the hook): catch up whole.
            try rebuild(db)
            return
        }
        let through = events.last!.seq
        try store.startProjection(through: through)
        var touched = Touched()
        for event in events { try fold(store, event, &touched) }
        try recompute(store, touched)
        try store.setLastSeq(through)
        let times = events.lazy.map(\.recordedAt)
        try store.markProjection(through: through, earliest: times.min()!, latest: times.max()!)
    }

    /// Drops every read-model row and re-folds the whole log, streaming: events are folded into the
    /// claims view one at a time, then every group is derived on its own (each report, each component
    /// of linking groups, each series), so memory holds one group, never the whole ledger.
    /// - Returns: the sequence number of the last event folded.
    @discardableResult
    public static func rebuild(_ db: Database) throws -> Int64 {
        let store = ReadModelStore(db)
        // The rebuilt rows close and reopen their versions in the totals history at the head.
        let head = try Int64.fetchOne(db, sql: "SELECT max(seq) FROM events") ?? 0
        let marked = try Int64.fetchOne(db, sql: "SELECT max(seq) FROM rm_history_marks") ?? 0
        try store.startProjection(through: head)
        try store.clear()
        var last: Int64 = 0
        var (earliest, latest): (String?, String?) = (nil, nil)
        var untracked = Touched(tracking: false)
        try Ledger.forEachEvent(db, EventFilter(toSeq: head)) { event in
            try fold(store, event, &untracked)
            last = event.seq
            if event.seq > marked {
                earliest = min(earliest ?? event.recordedAt, event.recordedAt)
                latest = max(latest ?? event.recordedAt, event.recordedAt)
            }
            return true
        }
        try deriveAll(store)
        try store.setLastSeq(last)
        if let earliest, let latest { try store.markProjection(through: last, earliest: earliest, latest: latest) }
        return last
    }

    /// Drops every read-model row and every history (schema/007, 009) and derives them again from the
    /// log as its appends did: one projection per run of events recorded at the same time (at most
    /// `limit` events each), so that every recorded time of the log has its mark again and as-of
    /// queries reach back to the first event. Slower than ``rebuild(_:)``, which keeps the history it
    /// finds and writes one projection; each projection updates only what its events touched.
    /// - Parameter progress: called after each projection with the last event it folded.
    /// - Returns: the sequence number of the last event folded.
    @discardableResult
    public static func rebuildHistory(_ db: Database, limit: Int = 10_000, progress: (Int64) -> Void = { _ in }) throws -> Int64 {
        let store = ReadModelStore(db)
        try store.clear()
        try store.clearHistory()
        var run: [StoredEvent] = []
        func project() throws {
            guard !run.isEmpty else { return }
            try apply(db, run)
            progress(run.last!.seq)
            run.removeAll(keepingCapacity: true)
        }
        try Ledger.forEachEvent(db, EventFilter()) { event in
            if let first = run.first, first.recordedAt != event.recordedAt || run.count >= limit { try project() }
            run.append(event)
            return true
        }
        try project()
        try settle(db)
        return try store.lastSeq()
    }

    /// Derives every group from the claims view: the in-report checks, the incidents of each component
    /// of linking groups, and each series with its checks.
    static func deriveAll(_ store: ReadModelStore) throws {
        let db = store.db
        for report in try String.fetchAll(db, sql: "SELECT DISTINCT report FROM rm_claims ORDER BY report") {
            for d in ReportChecks.check(try store.claims(ofReport: report), group: GroupKeys.reportGroup(report)) { try store.insert(d) }
        }
        var done = Set<String>()
        let groups = try String.fetchAll(db, sql: "SELECT DISTINCT incident_group FROM rm_claims WHERE incident_group IS NOT NULL ORDER BY incident_group")
        for g in groups where !done.contains(g) {
            var component: Set = [g]
            while true {
                let next = component.union(try store.groupsLinked(with: component))
                if next == component { break }
                component = next
            }
            done.formUnion(component)
            _ = try relinkWhole(store, component, old: [], oldDiscrepancies: [:])
        }
        // A series streams through: its tallies become points one at a time (stored points are ordered
        // by their chrono key), then the points are checked pair by pair in that order.
        for key in try String.fetchAll(db, sql: "SELECT DISTINCT series FROM rm_claims WHERE series IS NOT NULL ORDER BY series") {
            try store.forEachClaim(inSeries: key) { r in
                guard GroupKeys.isSeriesCandidate(r) else { return }
                try store.insertPoint(SeriesBuilder.point(r, series: key), chrono: ReadModelStore.chrono(r))
            }
            var previous: SeriesPoint?
            try store.forEachPoint(key) { point in
                if let previous { for d in SeriesChecks.check([previous, point]) { try store.insert(d) } }
                previous = point
            }
            try store.markPending(series: key)
        }
        // The tally checks read the incidents, so they run once every incident is in place.
        try settle(db)
    }

    // MARK: incremental fold

    static func fold(_ store: ReadModelStore, _ event: StoredEvent, _ touched: inout Touched) throws {
        let payload = try event.decoded()
        switch payload {
        case .reportIngested(let r):
            guard try store.report(r.report.contentHash) == nil else { return }
            try store.save(ReportInfo(
                hash: r.report.contentHash, publisher: r.report.publisher, published: r.report.published,
                source: r.report.source, seq: event.seq, recordedAt: event.recordedAt))
            // Copies of this report now know their original's publisher.
            for copy in try store.copies(of: r.report.contentHash) { try refresh(store, report: copy, &touched) }
        case .claimExtracted(let c):
            let old = try store.record(c.claim.id)
            if let old { try touch(store, old, &touched) }
            let state = ClaimState.extracted(c, seq: event.seq, recordedAt: event.recordedAt, replacing: old?.state)
            let record = try store.assemble(state)
            try store.save(record)
            try touch(store, record, &touched)
        case .claimCorrected(let c):
            guard var record = try store.record(c.claimID) else { return }
            try touch(store, record, &touched)
            record.state.correct(c, seq: event.seq, recordedAt: event.recordedAt)
            try store.save(record)
            try touch(store, record, &touched)
        case .claimRetracted(let r):
            guard var record = try store.record(r.claimID) else { return }
            try touch(store, record, &touched)
            record.state.retract(r, seq: event.seq, recordedAt: event.recordedAt)
            try store.save(record)
        case .claimsLinked(let l), .claimsUnlinked(let l):
            let linked = event.type == .claimsLinked
            try store.save(LinkFact(
                seq: event.seq, linked: linked, claimIDs: l.claimIDs, reason: l.reason, recordedAt: event.recordedAt, automatic: l.automatic))
            if touched.tracking { for g in try store.incidentGroups(ofClaims: l.claimIDs) { touched.wholeGroup(g) } }
        case .decisionWithdrawn(let w):
            // Only a link or unlink decision can be withdrawn; the groups it named are linked again.
            guard let decision = try store.link(seq: w.eventSeq), decision.withdraws == nil else { return }
            let fact = LinkFact(withdrawing: decision, seq: event.seq, reason: w.reason, recordedAt: event.recordedAt)
            try store.save(fact)
            if touched.tracking { for g in try store.incidentGroups(ofClaims: fact.claimIDs) { touched.wholeGroup(g) } }
        case .reportMarkedRepublication(let m):
            guard try store.republication(m.report) == nil, m.report != m.original else { return }
            try store.save(Republication(report: m.report, original: m.original, reason: m.reason, seq: event.seq))
            try refresh(store, report: m.report, &touched)
        }
    }

    /// Re-assembles the claims of a report after its report facts changed.
    static func refresh(_ store: ReadModelStore, report: String, _ touched: inout Touched) throws {
        for old in try store.claims(ofReport: report) {
            try touch(store, old, &touched)
            let record = try store.assemble(old.state)
            try store.save(record)
            try touch(store, record, &touched)
        }
    }

    static func touch(_ store: ReadModelStore, _ r: ClaimRecord, _ touched: inout Touched) throws {
        guard touched.tracking else { return }
        touched.add(r, parent: try r.claim.parent.flatMap { try store.record($0) })
    }

    // MARK: incremental recompute

    static func recompute(_ store: ReadModelStore, _ touched: Touched) throws {
        for report in touched.reports.sorted() {
            let group = GroupKeys.reportGroup(report)
            try store.deleteDiscrepancies(inGroups: [group])
            for d in ReportChecks.check(try store.claims(ofReport: report), group: group) { try store.insert(d) }
        }

        var changedPlaces: [(place: String, admin1: String?)] = []
        // Large groups without manual links are re-linked around the changed days only.
        var wholeGroups = touched.incidentGroups
        for g in touched.incidentGroups.sorted() where !touched.wholeGroups.contains(g) {
            guard let days = touched.incidentDays[g], try !store.hasLinks(group: g),
                  let outcome = try WindowedRelink(store: store, group: g)
                      .relink(changedDays: days, changedClaims: touched.incidentClaims[g] ?? [])
            else { continue }
            // An incident reaching into another group (joined by a link whose claim has since left this
            // group) is re-linked with that group, whole.
            let old = try store.incidentsWithGroups(ids: outcome.replaced)
            guard old.allSatisfy({ $0.groups.allSatisfy { $0 == g } }) else { continue }
            let groupOf = outcome.records.mapValues { _ in g }
            changedPlaces += try replaceIncidents(
                store, old: old,
                oldDiscrepancies: try store.discrepancyBlobs(group: g, incidents: outcome.replaced),
                fresh: outcome.incidents, discrepancies: IncidentChecks.check(outcome.incidents, records: outcome.records),
                groupOf: groupOf)
            wholeGroups.remove(g)
        }
        if !wholeGroups.isEmpty {
            // Close the set over manual links and over incidents that already span groups.
            var groups = wholeGroups
            while true {
                var next = groups
                for g in try store.groupsLinked(with: groups) { next.insert(g) }
                for g in try store.groupsSharingIncidents(with: groups) { next.insert(g) }
                if next == groups { break }
                groups = next
            }
            changedPlaces += try relinkWhole(
                store, groups, old: try store.incidentsWithGroups(inGroups: groups), oldDiscrepancies: try store.discrepancyBlobs(inGroups: groups))
        }

        // Series whose tallies changed are rebuilt; series whose area holds a changed incident only
        // re-run the tally check against the incidents.
        var recheck = Set<String>()
        if !changedPlaces.isEmpty {
            for (key, scope) in try store.allSeries()
            where !touched.series.contains(key)
                && changedPlaces.contains(where: { Area.covers(scope: scope, place: $0.place, admin1: $0.admin1) }) {
                recheck.insert(key)
            }
        }
        for key in touched.series.union(recheck).sorted() {
            if let ids = touched.seriesClaims[key] {
                // Replace the points of the changed claims; only the pairs around them can change their
                // `series_decreases` (anchored at the later point of a pair).
                var anchors = Set(ids)
                for id in ids {
                    if let ch = try store.pointChrono(key, claim: id), let next = try store.pointAfter(key, chrono: ch, claim: id) {
                        anchors.insert(next.claimID)
                    }
                }
                try store.deletePoints(key, claims: ids)
                for id in ids.sorted() {
                    guard let r = try store.record(id), GroupKeys.seriesKey(r) == key else { continue }
                    let ch = ReadModelStore.chrono(r)
                    try store.insertPoint(SeriesBuilder.point(r, series: key), chrono: ch)
                    if let next = try store.pointAfter(key, chrono: ch, claim: id) { anchors.insert(next.claimID) }
                }
                try store.deleteDiscrepancies(series: key, kind: .seriesDecreases, anchors: anchors.sorted())
                for anchor in anchors.sorted() {
                    guard let (ch, point) = try store.pointRow(key, claim: anchor),
                          let prev = try store.pointBefore(key, chrono: ch, claim: anchor) else { continue }
                    for d in SeriesChecks.check([prev, point]) { try store.insert(d) }
                }
            }
            // Its cost grows with the area's incidents: left to the next query (``settle(_:)``).
            try store.markPending(series: key)
        }
    }

    /// Runs the `tally_vs_incidents` checks an append left pending (migration 005): the latest tally of
    /// each filed series against the incidents of its area and period. Queries call it before they read
    /// discrepancies; an ingest calls it once at its end.
    /// - Returns: how many series were checked.
    @discardableResult
    public static func settle(_ db: Database) throws -> Int {
        let store = ReadModelStore(db)
        let pending = try store.pendingSeries()
        // The series' last points first, so that the incidents each measure, scope and period weighs
        // are read once for all of them (``SettleCache``).
        var shared = SettleCache()
        var lasts: [String: SeriesPoint] = [:]
        for key in pending {
            guard let last = try store.lastPoint(key) else { continue }
            lasts[key] = last
            shared.note(last)
        }
        for key in pending {
            var fresh: [Discrepancy] = []
            if let last = lasts[key] {
                // The store keeps no list of the incidents counted (``TallyCheckLists``): none is built.
                fresh = try tallyVsIncidents(store, last, &shared, listing: false)
            }
            try store.replaceTallyChecks(series: key, with: fresh)
            try store.clearPending(series: key)
        }
        return pending.count
    }

    /// Whether an append left checks for ``settle(_:)``.
    public static func hasPendingChecks(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM rm_pending_checks)") ?? false
    }

    /// Links the incident claims of these linking groups (closed over links) whole and replaces their
    /// stored incidents and discrepancies.
    /// - Returns: the places of the incidents that changed.
    static func relinkWhole(
        _ store: ReadModelStore, _ groups: Set<String>, old: [(incident: Incident, groups: [String])], oldDiscrepancies: [String: Data]
    ) throws -> [(place: String, admin1: String?)] {
        let candidates = try store.claims(inIncidentGroups: groups).filter(GroupKeys.isIncidentCandidate)
        let links = try store.links(naming: candidates.map(\.id))
        let children = try store.children(of: candidates.map(\.id)).filter { $0.claim.role != .total }
        let parts = Dictionary(grouping: children, by: { $0.claim.parent! })
        let byID = Dictionary(candidates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let groupOf = candidates.reduce(into: [String: String]()) { $0[$1.id] = GroupKeys.incidentGroup($1) }
        let linker = IncidentLinker(decisions: LinkDecisions(links))
        var fresh: [Incident] = []
        var discrepancies: [Discrepancy] = []
        for component in Reconciler.incidentComponents(candidates, links: links) {
            let incidents = linker.link(component, parts: component.flatMap { parts[$0.id] ?? [] })
            fresh += incidents
            discrepancies += IncidentChecks.check(incidents, records: byID)
        }
        return try replaceIncidents(store, old: old, oldDiscrepancies: oldDiscrepancies, fresh: fresh, discrepancies: discrepancies, groupOf: groupOf)
    }

    /// Replaces stored incidents and their discrepancies with freshly linked ones. Incidents and
    /// discrepancies that come out the same are left in place; only the rest are rewritten.
    /// - Returns: the places of the incidents that changed (their areas re-run the tally check).
    static func replaceIncidents(
        _ store: ReadModelStore, old: [(incident: Incident, groups: [String])], oldDiscrepancies: [String: Data],
        fresh incidents: [Incident], discrepancies: [Discrepancy], groupOf: [String: String]
    ) throws -> [(place: String, admin1: String?)] {
        var oldByID = Dictionary(old.map { ($0.incident.id, $0) }, uniquingKeysWith: { a, _ in a })
        var fresh: [Incident] = []
        for inc in incidents {
            if let o = oldByID[inc.id], o.incident == inc, o.groups == ReadModelStore.memberGroups(inc, groupOf: groupOf) {
                oldByID[inc.id] = nil
            } else {
                fresh.append(inc)
            }
        }
        let gone = oldByID.values.map(\.incident)
        try store.deleteIncidents(ids: gone.map(\.id) + fresh.map(\.id))
        var changedPlaces = gone.map { (place: $0.place, admin1: $0.admin1) }
        for inc in fresh {
            try store.insert(inc, groupOf: groupOf)
            changedPlaces.append((inc.place, inc.admin1))
        }
        // An incident check is stored whole: the same record is the same row.
        try store.replaceDiscrepancies(stored: oldDiscrepancies.keys, with: discrepancies) { d in
            oldDiscrepancies[d.id] == (try ReadModelStore.blob(d))
        }
        return changedPlaces
    }

    /// `tally_vs_incidents` for a series' last point, from the incidents' summary columns: only the
    /// incidents whose breakdown or place words the check needs, and the largest ones it cites, are decoded.
    static func tallyVsIncidents(_ store: ReadModelStore, _ last: SeriesPoint) throws -> [Discrepancy] {
        var shared = SettleCache()
        shared.note(last)
        return try tallyVsIncidents(store, last, &shared)
    }

    /// The same, reading the incidents through `shared` (rows past the tally's end are skipped).
    static func tallyVsIncidents(
        _ store: ReadModelStore, _ last: SeriesPoint, _ shared: inout SettleCache, listing: Bool = true
    ) throws -> [Discrepancy] {
        guard let start = last.periodStart else { return [] }
        let end = last.effectiveEnd ?? start
        let rows = try shared.rows(store, for: last)
        func record(_ row: TallyVsIncidentsCheck.Row) throws -> Incident {
            guard let inc = try shared.incident(store, row.id) else { throw DatabaseError(message: "incident \(row.id) vanished") }
            return inc
        }
        if last.measure == .operations {
            // Operations count incidents of every measure (as ``Reconciler`` passes them all).
            return try TallyVsIncidentsCheck.operations(last, rows: rows, start: start, end: end, through: nil, listing: listing, record: record)
        }
        return try TallyVsIncidentsCheck.victims(last, rows: rows, start: start, end: end, through: nil, listing: listing, record: record)
    }
}
