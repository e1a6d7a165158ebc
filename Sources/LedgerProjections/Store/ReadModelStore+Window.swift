import Foundation
import GRDB
import LedgerCore

/// The reads a windowed re-link needs: claims of one linking group by day, and the stored incidents
/// (with their members and discrepancies) of those claims.
extension ReadModelStore {
    /// Whether any link event names a claim of this linking group (such groups are re-linked whole,
    /// with every group their links reach).
    public func hasLinks(group: String) throws -> Bool {
        // Link members are few; walk them (CROSS JOIN keeps that order) rather than the group's claims.
        try Bool.fetchOne(statement("""
                SELECT EXISTS (SELECT 1 FROM rm_link_members m CROSS JOIN rm_claims c ON c.id = m.claim_id
                               WHERE c.incident_group = ?)
                """),
            arguments: [group]) ?? false
    }

    /// The last anchor day of a linking group's claims (nil when it has no dated claim).
    public func lastDay(inIncidentGroup group: String) throws -> Int? {
        try Int.fetchOne(statement("SELECT max(day) FROM rm_claims WHERE incident_group = ?"), arguments: [group])
    }

    /// The claims of a linking group anchored on days `from ..< before` (day ordinals), as records.
    public func claims(inIncidentGroup group: String, days: Range<Int>) throws -> [ClaimRecord] {
        try records(
            sql: "SELECT record FROM rm_claims WHERE incident_group = ? AND day >= ? AND day < ?",
            [group, days.lowerBound, days.upperBound])
    }

    /// The same claims as the linker sees them, from their columns (no record is decoded).
    func linkFacts(inIncidentGroup group: String, days: Range<Int>) throws -> [LinkFacts] {
        var out: [LinkFacts] = []
        let rows = try Row.fetchCursor(
            statement("""
                SELECT id, report, category, day, days, tolerance, superseded_by, place, place_text, admin1, value, attributed_to, publisher, span_start, span_end FROM rm_claims
                WHERE incident_group = ? AND day >= ? AND day < ?
                """),
            arguments: [group, days.lowerBound, days.upperBound])
        while let row = try rows.next() {
            let id: String = row[0], categoryName: String = row[2], days: String = row[4]
            guard let category = VictimCategory(rawValue: categoryName) else {
                throw DatabaseError(message: "claim \(id) has an unknown category '\(categoryName)' in rm_claims")
            }
            out.append(LinkFacts(
                id: id, report: row[1], category: category, anchor: row[3],
                days: days.split(separator: ",").compactMap { Int($0) }, tolerance: row[5], supersededBy: row[6],
                path: (row[7] as String?).flatMap { name in PlacePath.of(Place(name: name, text: row[8] ?? "", admin1: row[9])) },
                value: row[10] ?? 0, attributedTo: row[11], publisher: row[12], span: CoVictims.range(row[13], row[14])))
        }
        return out
    }

    /// The records of these claims, by id.
    public func records(ids: some Sequence<String>) throws -> [String: ClaimRecord] {
        var out: [String: ClaimRecord] = [:]
        var unknown: [String] = []
        for id in ids {
            if let known = memo?.records[id] { out[id] = known } else { unknown.append(id) }
        }
        guard !unknown.isEmpty else { return out }
        for r in try records(sql: "SELECT record FROM rm_claims WHERE id IN (SELECT value FROM json_each(?))", [ReadModelStore.list(unknown)])
        where out[r.id] == nil {
            out[r.id] = r
            memo?.records[r.id] = r
        }
        return out
    }

    /// The stored incident of each of these claims that has one in this linking group (a claim that
    /// moved to another group is still a member of its old group's incident until that is re-linked).
    public func incidentIDs(ofClaims ids: some Sequence<String>, inGroup group: String) throws -> [String: String] {
        var out: [String: String] = [:]
        // `+grp`: by the claim index, not by walking every member of the group.
        let rows = try Row.fetchCursor(
            statement("SELECT claim_id, incident_id FROM rm_incident_members WHERE claim_id IN (SELECT value FROM json_each(?)) AND +grp = ?"),
            arguments: [ReadModelStore.list(ids), group])
        while let row = try rows.next() { out[row[0]] = row[1] }
        return out
    }

    /// The member claim ids of these stored incidents.
    public func incidentMembers(_ incidentIDs: some Sequence<String>) throws -> [String: [String]] {
        var out: [String: [String]] = [:]
        let rows = try Row.fetchCursor(
            statement("SELECT incident_id, claim_id FROM rm_incident_members WHERE incident_id IN (SELECT value FROM json_each(?))"),
            arguments: [ReadModelStore.list(incidentIDs)])
        while let row = try rows.next() { out[row[0], default: []].append(row[1]) }
        return out
    }

    /// These stored incidents, each with the linking group of every member row (in member order).
    public func incidentsWithGroups(ids: some Sequence<String>) throws -> [(incident: Incident, groups: [String])] {
        let list = try ReadModelStore.list(ids)
        let incidents = try Data.fetchAll(
            statement("SELECT record FROM rm_incidents WHERE id IN (SELECT value FROM json_each(?))"), arguments: [list]
        ).map { try ReadModelStore.decode(Incident.self, $0) }
        var memberGroups: [String: [String: String]] = [:]
        let rows = try Row.fetchCursor(
            statement("SELECT incident_id, claim_id, grp FROM rm_incident_members WHERE incident_id IN (SELECT value FROM json_each(?))"),
            arguments: [list])
        while let row = try rows.next() { memberGroups[row[0], default: [:]][row[1]] = row[2] }
        return incidents.map { inc in (inc, inc.members.map { memberGroups[inc.id]?[$0.claimID] ?? "" }) }
    }

    /// The kinds of discrepancy ``IncidentChecks`` reports; stored with their incident's id as `anchor`.
    static let incidentKinds: [DiscrepancyKind] = [.sourcesDisagree, .superseded, .dateConflict, .ambiguousLink]

    /// The stored records of a linking group's discrepancies about these incidents, by id.
    public func discrepancyBlobs(group: String, incidents: some Sequence<String>) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let rows = try Row.fetchCursor(
            statement("""
                SELECT id, record FROM rm_discrepancies
                WHERE grp = ? AND kind IN (SELECT value FROM json_each(?)) AND anchor IN (SELECT value FROM json_each(?))
                """),
            arguments: [group, ReadModelStore.list(Self.incidentKinds.map(\.rawValue)), ReadModelStore.list(incidents)])
        while let row = try rows.next() { out[row[0]] = row[1] }
        return out
    }
}

extension ReadModelStore {
    /// The stored incident holding a claim (nil when it is in none).
    public func incident(ofClaim id: String) throws -> Incident? {
        guard let inc = try String.fetchOne(statement("SELECT incident_id FROM rm_incident_members WHERE claim_id = ? LIMIT 1"), arguments: [id])
        else { return nil }
        return try incident(inc)
    }

    /// The incident candidates of a measure that name no place (their linking group is their report's)
    /// or an area across several governorates, placed on days `days` (day ordinals).
    func wideIncidentCandidates(measure: Measure, days: Range<Int>) throws -> [ClaimRecord] {
        let prefix = GroupKeys.incidentGroupPrefix(measure)
        // Unplaced claims' groups are `prefix?report`: one index range ('?' is followed by '@').
        var out = try records(
            sql: "SELECT record FROM rm_claims WHERE incident_group >= ? AND incident_group < ? AND day >= ? AND day < ?",
            [prefix + "?", prefix + "@", days.lowerBound, days.upperBound])
        for area in SyriaGazetteer.wideAreaKeys {
            out += try records(
                sql: "SELECT record FROM rm_claims WHERE incident_group = ? AND day >= ? AND day < ?",
                [prefix + area, days.lowerBound, days.upperBound])
        }
        return out
    }
}

extension ReadModelStore {
    /// The incident candidates of these reports, from their columns: id, linking group, placing day.
    func incidentCandidates(ofReports reports: some Sequence<String>) throws -> [(String, String, Int?)] {
        var out: [(String, String, Int?)] = []
        let rows = try Row.fetchCursor(
            statement("SELECT id, incident_group, day FROM rm_claims WHERE report IN (SELECT value FROM json_each(?)) AND incident_group IS NOT NULL"),
            arguments: [ReadModelStore.list(Set(reports).sorted())])
        while let row = try rows.next() { out.append((row[0], row[1], row[2])) }
        return out
    }
}
