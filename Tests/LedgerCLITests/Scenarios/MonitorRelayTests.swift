import Foundation
import LedgerTestSupport
import Testing

/// A monitor's running toll in Arabic (5, then 7 after two of the wounded died), an English wire
/// relaying the monitor's 7, the state agency's own 6 in Arabic, and an English agency relaying the
/// state agency: two original sources, each counted once, the relays kept as evidence.
@Suite("Scenario: a monitor's running toll and its relays")
struct MonitorRelayTests {
    static let monitorFirst = "قُتل 5 عناصر من قوات النظام في هجوم لخلايا تنظيم الدولة الإسلامية على حاجز في بادية السخنة شرقي حمص، يوم أمس السبت، بحسب ما وثقه المرصد السوري لحقوق الإنسان."
    static let monitorUpdate = "ارتفعت حصيلة قتلى الهجوم على حاجز قوات النظام في بادية السخنة إلى 7 عناصر من قوات النظام، بعد وفاة اثنين من الجرحى متأثرين بجراحهم، وفقاً لما وثقه المرصد السوري لحقوق الإنسان."
    static let wireRelay = "Seven members of the Syrian regime forces were killed when Islamic State cells attacked a checkpoint near al-Sukhna in the desert east of Homs on Saturday, the Syrian Observatory for Human Rights said on Monday."
    static let stateAgency = "استشهد 6 عناصر من قوات النظام جراء هجوم إرهابي على نقطة عسكرية في بادية السخنة بريف حمص الشرقي أمس السبت."
    static let agencyRelay = "Six members of the Syrian regime forces were killed in a terrorist attack on a military post near al-Sukhna east of Homs on Saturday, the state news agency SANA reported."

    /// The five reports: name, text, sidecar.
    static let reports: [(String, String, [String: String])] = [
        ("a", monitorFirst, ["published": "2024-05-05", "publisher": "المرصد السوري لحقوق الإنسان", "recorded_at": "2024-05-05T09:00:00Z"]),
        ("b", monitorUpdate, ["published": "2024-05-06", "publisher": "المرصد السوري لحقوق الإنسان", "recorded_at": "2024-05-06T09:00:00Z"]),
        ("c", wireRelay, ["published": "2024-05-06", "publisher": "Reuters", "recorded_at": "2024-05-06T15:00:00Z"]),
        ("d", stateAgency, ["published": "2024-05-05", "publisher": "سانا", "recorded_at": "2024-05-05T12:00:00Z"]),
        ("e", agencyRelay, ["published": "2024-05-05", "publisher": "Xinhua", "recorded_at": "2024-05-05T16:00:00Z"]),
    ]

    static func ledger() throws -> ScenarioLedger {
        let l = ScenarioLedger()
        try l.ingest(try reports.map { try l.report($0.0, $0.1, meta: $0.2) })
        return l
    }

    @Test("one incident with two sources: the monitor's latest 7 and the state agency's 6; best is the lower median")
    func twoSources() throws {
        let l = try Self.ledger()
        let incidents = try l.rows(["incidents"])
        #expect(incidents.count == 1)
        let inc = try #require(incidents.first)
        #expect(inc.str("day") == "2024-05-04")
        #expect([inc.int("low"), inc.int("high"), inc.int("best")] == [6, 7, 6])
        let sources = (inc["sources"] as? [[String: Any]] ?? []).map { "\($0.str("source") ?? ""):\($0.int("value") ?? 0)" }
        #expect(sources == ["SANA:6", "Syrian Observatory for Human Rights:7"])
        let totals = try l.rows(["totals"])
        #expect(totals.count == 1)
        #expect(totals.first?.int("incidents") == 1 && totals.first?.int("best") == 6 && totals.first?.int("high") == 7)
    }

    @Test("the relays are evidence of their source's figure, the monitor's 5 is its own earlier figure")
    func relaysAndRevisions() throws {
        let l = try Self.ledger()
        let inc = try #require(try l.rows(["incidents"]).first)
        let members = inc["members"] as? [[String: Any]] ?? []
        let byStatus = Dictionary(grouping: members, by: { $0.str("status") ?? "" }).mapValues { $0.compactMap { $0.int("value") }.sorted() }
        #expect(byStatus["counted"] == [6, 7])
        #expect(byStatus["relay"] == [6, 7])
        #expect(byStatus["superseded"] == [5])
        let kinds = try l.rows(["discrepancies"]).compactMap { $0.str("kind") }.sorted()
        #expect(kinds == ["sources_disagree", "superseded"])
        // The wire keeps its publisher; the figure is attributed to the monitor.
        let wire = try #require(try l.claims().first { ($0["span"] as? [String: Any])?.str("text")?.hasPrefix("Seven") == true })
        #expect(wire.str("attributed_to") == "Syrian Observatory for Human Rights")
    }
}
