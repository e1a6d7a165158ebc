import Foundation
import LedgerCore
import LedgerStore
import LedgerTestSupport
import Testing

extension LinkDecisionTests {
    enum Invalid: String, CaseIterable, Sendable {
        case selfLink, killedWithArrested, incidentWithTally, twoYearsApart, unknownID, partOfABreakdown, otherCategory

        func ids(_ s: Seeded) -> [String] {
            switch self {
            case .selfLink: [s.killed, s.killed]
            case .killedWithArrested: [s.killed, s.arrested]
            case .incidentWithTally: [s.killed, s.tally]
            case .twoYearsApart: [s.killed, s.twoYearsEarlier]
            case .unknownID: [s.killed, "0123456789ab-9"]
            case .partOfABreakdown: [s.killed, s.part]
            case .otherCategory: [s.otherPlace, s.sdf]
            }
        }

        var expected: String {
            switch self {
            case .selfLink: "at least two distinct claims"
            case .killedWithArrested: "counts killed but"
            case .incidentWithTally: "is a tally"
            case .twoYearsApart: "days apart"
            case .unknownID: "no such claim 0123456789ab-9"
            case .partOfABreakdown: "is a part of the breakdown"
            case .otherCategory: "counts civilians but"
            }
        }
    }

    @Test("an invalid link is refused with one line naming the claims, exit 2, nothing appended", arguments: Invalid.allCases)
    func invalidLinkRefused(_ invalid: Invalid) throws {
        let dir = TemporaryDirectory()
        let s = try seeded(dir)
        _ = try incidents(s.db)  // projects the read models, so that the head below is the one to keep
        let before = try head(s.db)
        let ids = invalid.ids(s)
        let result = try runLedger(["link", "--db", s.db] + ids + ["--reason", "test"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains(invalid.expected), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        for id in Set(ids) { #expect(result.stderr.contains(id), "\(result.stderr)") }
        #expect(try head(s.db) == before)
    }

    @Test("an unknown incident id is refused with exit 2 too")
    func unknownIncidentRefused() throws {
        let dir = TemporaryDirectory()
        let s = try seeded(dir)
        let result = try runLedger(["link", "--db", s.db, s.killed, "inc-000000000000", "--reason", "test"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("no such incident inc-000000000000"), "\(result.stderr)")
    }

    @Test("--force appends a refused link and records that it was forced, why, and what it overrode")
    func forcedLinkRecorded() throws {
        let dir = TemporaryDirectory()
        let s = try seeded(dir)
        let seq = try append(["link", "--db", s.db, s.killed, s.twoYearsEarlier, "--force", "--reason", "the report misdates it"])
        let event = try #require(try Ledger(path: s.db, mode: .readOnly).events(EventFilter(fromSeq: seq, toSeq: seq)).first)
        guard case .claimsLinked(let l) = try event.decoded() else { Issue.record("not a link: \(event.type)"); return }
        #expect(l.forced == true)
        #expect(l.reason == "the report misdates it")
        #expect(l.overridden?.contains { $0.contains("days apart") } == true, "\(l.overridden ?? [])")
        // --force cannot make a link of one claim.
        let selfLink = try runLedger(["link", "--db", s.db, s.killed, s.killed, "--force", "--reason", "x"])
        #expect(selfLink.status == 2)
    }

    @Test("a withdrawn link leaves the killed totals exactly as before the link")
    func withdrawnLinkRestoresTotals() throws {
        let dir = TemporaryDirectory()
        let s = try seeded(dir)
        let june = "2023-06 deir ez-zor civilians"
        let before = try killedTotals(s.db)
        #expect(before[june] == [12, 12], "\(before)")  // 5 at hajin (twice reported) and 7 at al-shuhayl
        #expect(before["2021-06 deir ez-zor civilians"] == [6, 6] && before["2023-06 deir ez-zor sdf"] == [4, 4], "\(before)")
        let link = try append(["link", "--db", s.db, s.killed, s.otherPlace, "--reason", "one village"])
        let linked = try killedTotals(s.db)
        #expect(linked[june] == [5, 5], "\(linked)")  // one incident: the 7 killed at al-shuhayl vanish
        try append(["withdraw", "--db", s.db, "\(link)", "--reason", "two villages after all"])
        let withdrawn = try killedTotals(s.db)
        #expect(withdrawn[june] == [12, 12], "\(withdrawn)")
        #expect(withdrawn == before)
        // Withdrawing it again, or withdrawing an event that is no decision, is refused.
        #expect(try runLedger(["withdraw", "--db", s.db, "\(link)", "--reason", "again"]).status == 2)
        #expect(try runLedger(["withdraw", "--db", s.db, "1", "--reason", "a report"]).status == 2)
    }

    @Test("a withdrawn unlink gives back the automatic incident")
    func withdrawnUnlinkRestoresIncident() throws {
        let dir = TemporaryDirectory()
        let s = try seeded(dir)
        let before = try incidents(s.db)
        #expect(before.contains(s.killed) && before.contains(s.sameIncident))
        let unlink = try append(["unlink", "--db", s.db, s.killed, s.sameIncident, "--reason", "two attacks"])
        #expect(try incidents(s.db) != before)
        try append(["withdraw", "--db", s.db, "\(unlink)", "--reason", "one attack after all"])
        #expect(try incidents(s.db) == before)
        let rebuilt = try runLedger(["rebuild", "--db", s.db])
        #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
        #expect(try incidents(s.db) == before)
    }
}
