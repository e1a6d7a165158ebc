import LedgerCore
import LedgerProjections
import LedgerStore
import Testing

typealias F = Fixture

@Suite struct ChecksTests {
    @Test func cleanIncidentAndBreakdownProduceNothing() throws {
        let f = try Fixture()
        let r = f.report()
        try f.ingest(r, [
            F.incident(r, 0, 5), F.incident(r, 1, 3, category: .sdf, role: .part, parent: 0),
            F.incident(r, 2, 2, category: .civilians, role: .part, parent: 0),
            F.incident(r, 3, 1, category: .children, role: .subset, parent: 0),
        ])
        #expect(try f.discrepancies().isEmpty)
        #expect(try f.incidents().count == 1)
        #expect(try f.incidents().first?.breakdown["civilians"] == 2)
    }

    @Test func partsDoNotSumWithNumbers() throws {
        let f = try Fixture()
        let r = f.report()
        try f.ingest(r, [F.incident(r, 0, 31), F.incident(r, 1, 20, category: .sdf, role: .part, parent: 0),
                         F.incident(r, 2, 6, category: .civilians, role: .part, parent: 0)])
        let d = try #require(try f.discrepancies().first { $0.kind == .partsDoNotSum })
        #expect(d.stated == 31 && d.other == 26 && d.gap == -5 && d.severity == .error)
        #expect(d.sideA.map(\.claimID) == ["\(r.shortHash)-0"])
        #expect(Set(d.sideB.map(\.claimID)) == ["\(r.shortHash)-1", "\(r.shortHash)-2"])
        #expect(d.sideB.first?.span.text.isEmpty == false)
    }

    @Test func truncatedBreakdownIsNotADiscrepancy() throws {
        let f = try Fixture()
        let r = f.report()
        try f.ingest(r, [F.tally(r, 0, 100, incomplete: true), F.tally(r, 1, 40, category: .civilians, role: .part, parent: 0)])
        #expect(try !f.kinds().contains(.partsDoNotSum))
    }

    @Test func subsetExceedsTotal() throws {
        let f = try Fixture()
        let r = f.report()
        try f.ingest(r, [F.incident(r, 0, 4), F.incident(r, 1, 6, category: .civilians, role: .subset, parent: 0)])
        let d = try #require(try f.discrepancies().first { $0.kind == .subsetExceedsTotal })
        #expect(d.stated == 4 && d.other == 6 && d.gap == 2)
    }

    @Test func seriesDecreases() throws {
        let f = try Fixture()
        let a = f.report(published: "2023-03-01"), b = f.report(published: "2023-04-01"), c = f.report(published: "2023-05-01")
        try f.ingest(a, [F.tally(a, 0, 100, scope: "syria")])
        try f.ingest(b, [F.tally(b, 0, 120, scope: "syria")])
        #expect(try !f.kinds().contains(.seriesDecreases))
        try f.ingest(c, [F.tally(c, 0, 110, scope: "syria")])
        let d = try #require(try f.discrepancies().first { $0.kind == .seriesDecreases })
        #expect(d.stated == 110 && d.other == 120 && d.gap == 10)
        #expect(try f.series().map(\.value) == [100, 120, 110])
    }

    @Test func seriesOrderedByPublicationNotIngestOrder() throws {
        let f = try Fixture()
        let late = f.report(published: "2023-05-01"), early = f.report(published: "2023-03-01")
        try f.ingest(late, [F.tally(late, 0, 120, scope: "syria")])
        try f.ingest(early, [F.tally(early, 0, 100, scope: "syria")])
        #expect(try f.series().map(\.value) == [100, 120])
        #expect(try !f.kinds().contains(.seriesDecreases))
    }

    @Test func tallyVsIncidentsBothWays() throws {
        let f = try Fixture()
        let i1 = f.report(publisher: "A", published: "2023-02-02"), i2 = f.report(publisher: "A", published: "2023-03-02")
        let i3 = f.report(publisher: "A", published: "2023-03-05")
        try f.ingest(i1, [F.incident(i1, 0, 4, place: "al-busayrah", date: "2023-02-01")])
        try f.ingest(i2, [F.incident(i2, 0, 3, place: "raqqa", admin1: "raqqa", date: "2023-03-01")])
        // Outside the area: not counted.
        try f.ingest(i3, [F.incident(i3, 0, 50, place: "homs", admin1: "homs", date: "2023-03-04")])
        let t = f.report(publisher: "B", published: "2023-04-01")
        try f.ingest(t, [F.tally(t, 0, 10, scope: "aanes", end: "2023-03-31")])
        var d = try #require(try f.discrepancies().first { $0.kind == .tallyVsIncidents })
        #expect(d.stated == 10 && d.other == 7 && d.gap == -3 && d.severity == .info)
        #expect(d.incidents.count == 2)
        // A new incident in the area makes the incidents run ahead of the tally (recomputed incrementally).
        let i4 = f.report(publisher: "A", published: "2023-03-10")
        try f.ingest(i4, [F.incident(i4, 0, 6, place: "hasakah", admin1: "hasakah", date: "2023-03-09")])
        d = try #require(try f.discrepancies().first { $0.kind == .tallyVsIncidents })
        #expect(d.stated == 10 && d.other == 13 && d.gap == 3 && d.severity == .warning)
    }

    @Test func operationsTallyCountsIncidentsOfEveryMeasureIncrementallyToo() throws {
        let f = try Fixture()
        let i1 = f.report(publisher: "A", published: "2023-02-02"), i2 = f.report(publisher: "A", published: "2023-02-05")
        try f.ingest(i1, [F.incident(i1, 0, 4, place: "raqqa", admin1: "raqqa", date: "2023-02-01")])
        try f.ingest(i2, [F.incident(i2, 0, 3, measure: .wounded, place: "hasakah", admin1: "hasakah", date: "2023-02-04")])
        let t = f.report(publisher: "B", published: "2023-03-01")
        try f.ingest(t, [F.tally(t, 0, 1, measure: .operations, scope: "aanes", end: "2023-02-28")])
        let incremental = try f.dump()
        let d = try #require(try f.discrepancies().first { $0.kind == .tallyVsIncidents })
        #expect(d.stated == 1 && d.other == 2)
        try f.rebuild()
        #expect(try f.dump() == incremental)
    }

    @Test func tallyEvidenceCitesTheLargestIncidents() throws {
        let f = try Fixture()
        let n = TallyVsIncidentsCheck.evidenceLimit + 5
        for i in 0..<n {
            let day = { (d: Int) in d < 10 ? "0\(d)" : "\(d)" }
            let r = f.report(publisher: "A", published: "2023-03-\(day(i + 2))")
            try f.ingest(r, [F.incident(r, 0, i + 1, place: "place-\(i)", admin1: "raqqa", date: "2023-03-\(day(i + 1))")])
        }
        let t = f.report(publisher: "B", published: "2023-04-01")
        try f.ingest(t, [F.tally(t, 0, 1, scope: "aanes", end: "2023-03-31")])
        let d = try #require(try f.discrepancies().first { $0.kind == .tallyVsIncidents })
        #expect(d.incidents.count == n && d.sideB.count == TallyVsIncidentsCheck.evidenceLimit)
        #expect(Set(d.sideB.map(\.value)) == Set((n - TallyVsIncidentsCheck.evidenceLimit + 1)...n))
        let incremental = try f.dump()
        try f.rebuild()
        #expect(try f.dump() == incremental)
    }

    @Test func tallyRespectsExclusions() throws {
        let f = try Fixture()
        let i1 = f.report(published: "2023-02-02"), i2 = f.report(published: "2023-02-03")
        try f.ingest(i1, [F.incident(i1, 0, 4, place: "al-busayrah", date: "2023-02-01")])
        try f.ingest(i2, [F.incident(i2, 0, 20, place: "ghuwayran", admin1: "hasakah", date: "2023-02-02")])
        let t = f.report(publisher: "B", published: "2023-03-01")
        try f.ingest(t, [F.tally(t, 0, 4, scope: "aanes", exclusions: ["the attack on the ghuwayran prison"])])
        #expect(try !f.kinds().contains(.tallyVsIncidents))
    }

    @Test func sourcesDisagreeAndBestRule() throws {
        let f = try Fixture()
        let a = f.report(publisher: "A"), b = f.report(publisher: "B"), c = f.report(publisher: "C")
        try f.ingest(a, [F.incident(a, 0, 5)])
        try f.ingest(b, [F.incident(b, 0, 7, date: "2023-06-10")])
        try f.ingest(c, [F.incident(c, 0, 9)])
        let inc = try #require(try f.incidents().first)
        #expect(try f.incidents().count == 1)
        #expect(inc.low == 5 && inc.high == 9 && inc.best == 7 && inc.rule.contains("median"))
        let d = try #require(try f.discrepancies().first { $0.kind == .sourcesDisagree })
        #expect(d.stated == 5 && d.other == 9 && d.gap == 4)
    }

    @Test func ownRevisionSupersedesRatherThanDisagrees() throws {
        let f = try Fixture()
        let a = f.report(publisher: "A", published: "2023-06-10"), b = f.report(publisher: "A", published: "2023-06-11")
        try f.ingest(a, [F.incident(a, 0, 14)])
        try f.ingest(b, [F.incident(b, 0, 17)])
        #expect(try f.kinds() == [.superseded])
        let inc = try #require(try f.incidents().first)
        #expect(inc.best == 17 && inc.low == 17 && inc.sources.count == 1)
        let d = try #require(try f.discrepancies().first)
        #expect(d.severity == .info && d.stated == 14 && d.other == 17)
    }

    @Test func supersededWithinOneReport() throws {
        let f = try Fixture()
        let a = f.report()
        try f.ingest(a, [F.incident(a, 0, 17), F.incident(a, 1, 14, supersededBy: 0)])
        let incs = try f.incidents()
        #expect(incs.count == 1 && incs[0].best == 17)
        #expect(try f.kinds() == [.superseded])
    }

    @Test func republishedCopyCountsOnce() throws {
        let f = try Fixture()
        let a = f.report(publisher: "A"), copy = f.report(publisher: "Aggregator")
        try f.ingest(a, [F.incident(a, 0, 5)])
        try f.ingest(copy, [F.incident(copy, 0, 6)])
        #expect(try f.kinds().contains(.sourcesDisagree))
        try f.append(.reportMarkedRepublication(ReportMarkedRepublication(report: copy.contentHash, original: a.contentHash, reason: "copy")))
        let inc = try #require(try f.incidents().first)
        #expect(inc.sources.count == 1 && inc.best == 5)
        #expect(inc.members.first { $0.claimID == "\(copy.shortHash)-0" }?.status == .copy)
        #expect(try !f.kinds().contains(.sourcesDisagree))
        #expect(try f.claims().first { $0.id == "\(copy.shortHash)-0" }?.status == .copy)
    }

    @Test func dateConflicts() throws {
        let f = try Fixture()
        let a = f.report(publisher: "A")
        try f.ingest(a, [F.incident(a, 0, 2, date: "2023-06-09", candidates: ["2023-06-09", "2023-06-11"])])
        #expect(try f.kinds() == [.dateConflict])
        let b = f.report(publisher: "B"), c = f.report(publisher: "C")
        try f.ingest(b, [F.incident(b, 0, 3, place: "hajin", date: "2023-06-01")])
        try f.ingest(c, [F.incident(c, 0, 3, place: "hajin", date: "2023-06-05")])
        #expect(try f.incidents().filter { $0.place == "hajin" }.count == 2)
        try f.append(.claimsLinked(ClaimsLinkage(claimIDs: ["\(b.shortHash)-0", "\(c.shortHash)-0"], reason: "same attack")))
        #expect(try f.incidents().filter { $0.place == "hajin" }.count == 1)
        #expect(try f.kinds().filter { $0 == .dateConflict }.count == 2)
    }

    @Test func correctionAndRetraction() throws {
        let f = try Fixture()
        let a = f.report(publisher: "A"), b = f.report(publisher: "B")
        try f.ingest(a, [F.incident(a, 0, 5)])
        try f.ingest(b, [F.incident(b, 0, 8)])
        #expect(try f.kinds() == [.sourcesDisagree])
        try f.append(.claimCorrected(ClaimCorrected(claimID: "\(b.shortHash)-0", patch: ClaimPatch(value: 5), reason: "misread")))
        #expect(try f.kinds().isEmpty)
        #expect(try f.claims().first { $0.id == "\(b.shortHash)-0" }?.claim.value == 5)
        try f.append(.claimRetracted(ClaimRetracted(claimID: "\(a.shortHash)-0", reason: "not a casualty figure")))
        let inc = try #require(try f.incidents().first)
        #expect(inc.claimIDs == ["\(b.shortHash)-0"])
        // A correction that moves a claim to another place re-links it.
        try f.append(.claimCorrected(ClaimCorrected(claimID: "\(b.shortHash)-0", patch: ClaimPatch(place: Place(name: "hajin", text: "Hajin", admin1: "deir ez-zor")), reason: "place")))
        #expect(try f.incidents().map(\.place) == ["hajin"])
    }

    @Test func manualUnlinkSplitsAndLinkJoinsAcrossPlaces() throws {
        let f = try Fixture()
        let a = f.report(publisher: "A"), b = f.report(publisher: "B")
        try f.ingest(a, [F.incident(a, 0, 5)])
        try f.ingest(b, [F.incident(b, 0, 5)])
        #expect(try f.incidents().count == 1)
        let ids = ["\(a.shortHash)-0", "\(b.shortHash)-0"]
        try f.append(.claimsUnlinked(ClaimsLinkage(claimIDs: ids, reason: "two attacks")))
        #expect(try f.incidents().count == 2)
        try f.append(.claimsLinked(ClaimsLinkage(claimIDs: ids, reason: "one after all")))
        #expect(try f.incidents().count == 1)
        let c = f.report(publisher: "C")
        try f.ingest(c, [F.incident(c, 0, 5, place: "al-kasra")])
        #expect(try f.incidents().count == 2)
        try f.append(.claimsLinked(ClaimsLinkage(claimIDs: [ids[0], "\(c.shortHash)-0"], reason: "the same attack, named by a nearby town")))
        #expect(try f.incidents().count == 1)
        #expect(try f.incidents().first?.members.filter { $0.linkedBy == .manual }.count == 3)
        try f.append(.claimRetracted(ClaimRetracted(claimID: ids[0], reason: "dup")))
        let before = try f.dump()
        try f.rebuild()
        #expect(try f.dump() == before)
    }

    /// A link event naming claims of two places joins their groups so that a manual link can merge
    /// across them; it must not let the automatic rule link the two places' other claims.
    @Test func linkEventAcrossPlacesLeavesOtherClaimsInTheirPlaces() throws {
        let f = try Fixture()
        let a = f.report(publisher: "A"), b = f.report(publisher: "B"), c = f.report(publisher: "C")
        try f.ingest(a, [F.incident(a, 0, 3, place: "hajin", date: "2023-06-09"),
                         F.incident(a, 1, 4, place: "al-busayrah", date: "2023-06-20")])
        try f.ingest(b, [F.incident(b, 0, 6, place: "al-busayrah", date: "2023-06-10")])
        try f.ingest(c, [F.incident(c, 0, 2, place: "hajin", date: "2023-06-21")])
        #expect(try f.incidents().count == 4)
        // Two claims far apart, in two places, said not to be one incident: nothing else moves.
        try f.append(.claimsUnlinked(ClaimsLinkage(claimIDs: ["\(a.shortHash)-1", "\(c.shortHash)-0"], reason: "two attacks")))
        #expect(try f.incidents().count == 4)
        #expect(try f.incidents().allSatisfy { $0.members.count == 1 })
        #expect(try f.inMemory().incidents == f.incidents())
        // Retracting one of them leaves the ledger as it was before the unlink.
        try f.append(.claimRetracted(ClaimRetracted(claimID: "\(c.shortHash)-0", reason: "wrong place")))
        #expect(try f.incidents().count == 3)
        let before = try f.dump()
        try f.rebuild()
        #expect(try f.dump() == before)
    }

    @Test func incrementalEqualsRebuildAndInMemory() throws {
        let f = try Fixture()
        let a = f.report(publisher: "A", published: "2023-02-02"), b = f.report(publisher: "B", published: "2023-02-03")
        try f.ingest(a, [F.incident(a, 0, 4, place: "al-busayrah", date: "2023-02-01"),
                         F.incident(a, 1, 4, category: .civilians, role: .part, parent: 0)])
        try f.ingest(b, [F.tally(b, 0, 9, scope: "aanes"), F.tally(b, 1, 3, category: .civilians, role: .part, parent: 0)])
        let incremental = try f.dump()
        let memory = try f.inMemory()
        try f.rebuild()
        #expect(try f.dump() == incremental)
        #expect(try f.discrepancies() == memory.discrepancies)
        #expect(try f.incidents() == memory.incidents)
    }
}
