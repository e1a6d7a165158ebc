import Foundation
import LedgerTestSupport
import Testing

/// Two attacks on one Monday in one province, at two towns, and reports naming only the province.
/// The two attacks stay two; a province-only figure that either could hold is kept apart and flagged;
/// one whose victims fit only one of them joins it.
@Suite("Scenario: two events on one day in one governorate")
struct AmbiguousPlaceTests {
    static let hajin = """
        Roadside bomb kills five soldiers in eastern Syria

        A roadside bomb struck an army patrol near the town of Hajin on Monday, killing five soldiers, a military source said.
        """
    static let busayrah = """
        قصف على البصيرة

        قُتل ثلاثة مدنيين، يوم الاثنين، بقصف استهدف بلدة البصيرة في ريف دير الزور، بحسب ناشطين محليين.
        """
    static let anyone = """
        Four killed in Deir ez-Zor

        Four people were killed in attacks in Deir ez-Zor province on Monday, a monitoring group said.
        """
    static let soldiers = """
        Soldiers killed in Deir ez-Zor

        Five soldiers were killed in Deir ez-Zor province on Monday, the Syrian Observatory for Human Rights said.
        """

    static func ledger(_ names: [String]) throws -> ScenarioLedger {
        let l = ScenarioLedger()
        let all: [String: (String, [String: String])] = [
            "hajin": (hajin, ["published": "2024-06-04", "publisher": "Levant Wire"]),
            "busayrah": (busayrah, ["published": "2024-06-04", "publisher": "عين الفرات"]),
            "anyone": (anyone, ["published": "2024-06-04", "publisher": "Agence Globe"]),
            "soldiers": (soldiers, ["published": "2024-06-05", "publisher": "Agence Globe"]),
        ]
        try l.ingest(try names.map { try l.report($0, all[$0]!.0, meta: all[$0]!.1) })
        return l
    }

    static func killed(_ l: ScenarioLedger) throws -> [String] {
        try l.rows(["totals"]).filter { $0.str("measure") == "killed" }
            .map { "\($0.str("category") ?? ""):\($0.int("incidents") ?? 0):\($0.int("low") ?? 0)-\($0.int("high") ?? 0)" }
    }

    @Test("negative: a bomb at Hajin and shelling at al-Busayrah the same day stay two incidents (5 + 3)")
    func twoEventsStayTwo() throws {
        let l = try Self.ledger(["hajin", "busayrah"])
        #expect(try Self.killed(l) == ["civilians:1:3-3", "regime:1:5-5"])
        #expect(Set(try l.rows(["incidents"]).compactMap { $0.str("place") }) == ["hajin", "al-busayrah"])
        #expect(try l.rows(["discrepancies"]).isEmpty)
    }

    @Test("a province-only 4 that either could hold stays apart, counted once on its own, with an ambiguous_link")
    func ambiguousStaysApart() throws {
        let l = try Self.ledger(["hajin", "busayrah", "anyone"])
        #expect(try Self.killed(l) == ["all:1:4-4", "civilians:1:3-3", "regime:1:5-5"])
        let found = try l.rows(["discrepancies"])
        #expect(found.map { $0.str("kind") ?? "" } == ["ambiguous_link"])
        let d = try #require(found.first)
        #expect(d.int("stated") == 4)
        #expect(d.str("summary")?.contains("al-busayrah or hajin") == true, "\(d)")
        let coarse = try #require(try l.rows(["incidents"]).first { $0.str("place") == "deir ez-zor" })
        let note = try #require((coarse["ambiguous"] as? [[String: Any]])?.first)
        #expect(note["places"] as? [String] == ["al-busayrah", "hajin"])
    }

    @Test("a person's link settles it: the 4 joins Hajin, the warning goes, two incidents remain")
    func linkSettlesIt() throws {
        let l = try Self.ledger(["hajin", "busayrah", "anyone"])
        let claims = try l.claims()
        let four = try #require(claims.first { $0.int("value") == 4 }?.str("id"))
        let five = try #require(claims.first { $0.int("value") == 5 }?.str("id"))
        let r = try runLedger(["link", "--db", l.db, four, five, "--reason", "the monitor's four are the patrol's dead"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try l.rows(["incidents"]).count == 2)
        #expect(try l.rows(["discrepancies"]).map { $0.str("kind") ?? "" } == ["sources_disagree"])
    }

    @Test("a province-only 5 soldiers fits only the patrol (the other dead are civilians): it joins Hajin")
    func victimsDecide() throws {
        let l = try Self.ledger(["hajin", "busayrah", "soldiers"])
        #expect(try Self.killed(l) == ["civilians:1:3-3", "regime:1:5-5"])
        let hajin = try #require(try l.rows(["incidents"]).first { $0.str("place") == "hajin" })
        let sources = (hajin["sources"] as? [[String: Any]] ?? []).compactMap { $0.str("source") }
        #expect(sources == ["Levant Wire", "Syrian Observatory for Human Rights"])
        #expect(try l.rows(["discrepancies"]).isEmpty)
    }
}
