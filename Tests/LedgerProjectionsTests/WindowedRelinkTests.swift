import Foundation
import GRDB
import LedgerCore
@testable import LedgerProjections
import LedgerStore
import PropertyBased
import Testing

/// A large linking group is re-linked only around the days that changed (``WindowedRelink``); these
/// tests spread claims over months at places of one governorate, some of them coarse (the province,
/// a district) so that claims placed late and ambiguous ones are re-placed too, so that the resumed
/// walk, its seeds and its stopping rule are exercised, and compare the result with a rebuild.
@Suite(.shrinkingOutsideCI) struct WindowedRelinkTests {
    static let places = ["al-shuhayl", "hajin", "deir ez-zor", "albu kamal district", "al-ashara"]

    /// Interprets integers as operations: reports with one to three incident claims dated anywhere in
    /// 200 days (some with two candidate days, some back-references, some undated), appended in
    /// batches of one to four reports, and corrections and retractions of earlier claims. `clock` gives
    /// the recorded time of the append made at operation `i` (by default, times that go back and forth).
    static func run(_ ops: [Int], clock: ((Int) -> String)? = nil, salt: UInt64 = 0) throws -> Fixture {
        let f = try Fixture(salt: salt)
        var claimIDs: [String] = []
        let categories: [VictimCategory] = [.all, .civilians, .sdf]
        let start = Day(iso: "2023-01-01")!
        var batch: [(ReportMeta, [Claim])] = []
        func flush(_ i: Int) throws {
            guard !batch.isEmpty else { return }
            try f.ingest(batch: batch, recordedAt: clock?(i) ?? "2023-08-01T00:00:\(String(format: "%02d", i % 60)).000Z")
            batch = []
        }
        for (i, op) in ops.enumerated() {
            let kind = op % 10, x = op / 10
            switch kind {
            case 0...6:
                let published = start.adding(days: x % 200 + 1)
                let r = f.report(publisher: ["A", "B", "C"][x % 3], published: published.description)
                var claims: [Claim] = []
                for j in 0..<(1 + x % 3) {
                    let y = x / 3 + j * 17
                    let day = published.adding(days: -(y % 3))
                    let date: String? = y % 11 == 0 ? nil : day.description
                    let candidates = y % 13 == 0 ? [day.description, day.adding(days: 1).description] : []
                    if j > 0 && y % 9 == 1 {
                        claims.append(F.incident(r, j, 1 + y % 4, category: .civilians, role: .part, parent: 0))
                    } else {
                        claims.append(F.incident(
                            r, j, 1 + y % 9, measure: y % 5 == 0 ? .wounded : .killed, category: categories[(y / 2) % 3],
                            place: places[(y / 7) % places.count], date: date, candidates: date == nil ? [] : candidates,
                            context: y % 8 == 0 ? .backReference : .main, supersededBy: j > 0 && y % 6 == 0 ? 0 : nil))
                    }
                }
                // Reports gather into batches of one to four, appended in one transaction each.
                batch.append((r, claims))
                if batch.count > x % 4 { try flush(i) }
                claimIDs += claims.map(\.id)
            case 7 where !claimIDs.isEmpty:
                try flush(i)
                let id = claimIDs[x % claimIDs.count]
                let patch: ClaimPatch
                switch x % 3 {
                case 0: patch = ClaimPatch(value: x % 13)
                case 1: patch = ClaimPatch(eventDate: EventDate(day: start.adding(days: x % 200), text: "moved"))
                default: patch = ClaimPatch(place: Place(name: places[x % places.count], text: "p", admin1: "deir ez-zor"))
                }
                try f.append(.claimCorrected(ClaimCorrected(claimID: id, patch: patch, reason: "fix")), recordedAt: clock?(i) ?? "2023-06-11T12:00:00.000Z")
            case 8 where !claimIDs.isEmpty:
                try flush(i)
                try f.append(
                    .claimRetracted(ClaimRetracted(claimID: claimIDs[x % claimIDs.count], reason: "no")),
                    recordedAt: clock?(i) ?? "2023-06-11T12:00:00.000Z")
            default:
                break
            }
        }
        try flush(ops.count)
        return f
    }

    // 20 cases a run (was 40): one run on 2026-12-03 spent over 15 minutes inside one case (Projector.hook
    // compiling statements in a loop) and did not finish; four runs after it took 40 s each. Until that
    // input is found again, a run stays short; every run draws new inputs.
    @Test func incrementalEqualsRebuildOverMonths() async {
        // The salt is part of the generated input, so a failure prints it and its seed replays it.
        await propertyCheck(count: 20, input: Gen.int(in: 0...1_000_000).array(of: 60...160), Gen.uint64()) { ops, salt in
            recordingErrors("ops \(ops), salt \(salt)") { try Self.run(ops, salt: salt).expectConsistent() }
        }
    }

    /// Found by the property above (rarely: it depends on the claim ids, so on the salt): a correction
    /// moved a claim from early July back to 13 May; its stored incident also held an undated claim of
    /// late June. The window at 13 May took the moved claim's cluster for its old incident and carried
    /// the June claim along, while the window at the old day re-placed that claim on its own, so it
    /// ended in two incidents.
    @Test func claimMovedBackDoesNotCarryItsOldIncidentsLaterMembers() throws {
        let ops = [778144, 406124, 957122, 725164, 173055, 861182, 706044, 462666, 902875, 941752, 48124, 173912, 388776, 775923,
                   133062, 559464, 653005, 758566, 29211, 436533, 738286, 880116, 871174, 565431, 548565, 792740, 588253, 142624,
                   776130, 400524, 475482, 769504, 799764, 59172, 813166, 20905, 751613, 829176, 10460, 578894, 964431, 88020,
                   731953, 803141, 869042, 702483, 346633, 742125, 43076, 467542, 758842, 312392, 238342, 486855, 777052, 288222,
                   416301, 73850, 409734, 113976, 867830, 378035, 650116, 69314, 623058, 369555, 201281, 428941, 422982, 165756,
                   737411, 156700, 741366, 228543, 606052, 706335, 461292, 944141, 89327]
        try Self.run(ops, salt: 16_352_714_504_640_976_721).expectConsistent()
    }

    /// Found by `ReadModelHistoryTests` (2026-12-04, shrunk from 86 operations): a correction moved a claim
    /// from 30 January to 8 June; its stored incident also held a coarse Deir ez-Zor claim of 30 January.
    /// The window at the old day re-placed the coarse claim, took its cluster for the stored incident
    /// with the moved claim as a member "still ahead", and built it with the claim's new day, while the
    /// window at 8 June placed the claim in an incident of its own: one claim in two incidents.
    @Test func claimMovedForwardIsNotCarriedBackIntoItsOldIncident() throws {
        let ops = [68545, 798655, 630185, 470202, 575656, 156794, 653705, 787594, 93176, 215571, 148062, 675133, 534224, 572190,
                   553852, 288293, 550432, 142200, 273222, 526306, 506733, 399946, 803904, 591506, 743906, 934750, 942354,
                   734483, 303587]
        let f = try Self.run(ops, clock: TotalsHistoryTests.minute, salt: 7_174_614_003_770_689_426)
        let holding = try f.incidents().filter { $0.members.contains { $0.claimID == "97e50b45a6fc-0" } }
        #expect(holding.count == 1)
        #expect(holding.first?.day == Day(iso: "2023-06-08"))
        try f.expectConsistent()
    }

    /// Found by `TotalsHistoryTests` in CI (2026-12-03, shrunk from 106 operations): a coarse claim
    /// (Deir ez-Zor, 5 May) was noted ambiguous between two finer incidents; a later batch of April
    /// reports merged those two into one incident further back. The window walk re-placed the coarse
    /// claim, found it no longer ambiguous, but took its cluster for the stored incident by members alone
    /// and kept the stale note (and an `ambiguous_link` warning a rebuild does not give).
    @Test func staleAmbiguityNoteIsMadeAgain() throws {
        let f = try Self.run([581236, 115193, 17174, 845146], clock: TotalsHistoryTests.minute, salt: 14_471_349_646_867_451_883)
        let coarse = try #require(try f.incidents().first { $0.place == "deir ez-zor" })
        #expect(coarse.ambiguous == nil)
        #expect(try f.kinds().contains(.ambiguousLink) == false)
        try f.expectConsistent()
    }

    /// On a consistent ledger, re-linking any window without a change reproduces the stored incidents,
    /// and the window stops well before the end of the group.
    @Test func unchangedWindowReproducesStoredIncidents() throws {
        // Mostly reports (kinds 0...6), spread by a multiplicative hash.
        let f = try Self.run((0..<400).map { i in (i &* 2_654_435_761 % 100_000) * 10 + i % 7 })
        try f.rebuild()
        try f.ledger.writer.read { db in
            let store = ReadModelStore(db)
            let groups = try String.fetchAll(db, sql: "SELECT DISTINCT incident_group FROM rm_claims WHERE incident_group IS NOT NULL")
            var windows = 0
            for group in groups {
                guard let last = try store.lastDay(inIncidentGroup: group), let first = try Int.fetchOne(
                    db, sql: "SELECT min(day) FROM rm_claims WHERE incident_group = ?", arguments: [group]) else { continue }
                let middle = (first + last) / 2
                guard let outcome = try WindowedRelink(store: store, group: group).relink(changedDays: [middle], changedClaims: []) else {
                    continue
                }
                windows += 1
                let stored = Dictionary(uniqueKeysWithValues: try store.incidentsWithGroups(ids: outcome.replaced).map { ($0.incident.id, $0.incident) })
                for inc in outcome.incidents { #expect(stored[inc.id] == inc, "incident \(inc.id) of \(group) rebuilt differently") }
                #expect(Set(outcome.incidents.map(\.id)) == Set(stored.keys))
                if last - first > 6 * WindowedRelink.margin {
                    #expect(outcome.records.count < (try store.claims(inIncidentGroup: group, days: first..<(last + 1))).count)
                }
            }
            #expect(windows >= 2, "no group was re-linked through a window")
        }
    }
}
