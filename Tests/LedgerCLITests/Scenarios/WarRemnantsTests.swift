import Foundation
import LedgerTestSupport
import Testing

/// Two children killed by a war remnant in Kafr Nabl, told by the civil defence in Arabic (with three
/// children killed "last month" recalled), an English outlet relaying the White Helmets (with the year's
/// count across the northwest) and the monitor (the date as a day of the month, Arabic-Indic digits).
/// Reports written here; the facts follow real reports of such blasts.
@Suite("Scenario: a war remnant kills two children; last month's blast recalled")
struct WarRemnantsTests {
    static let rescuers = """
        مقتل طفلين وإصابة ثالث بانفجار مخلفات حرب في ريف إدلب

        قُتل طفلان وأُصيب ثالث بجروح خطيرة، صباح اليوم الأحد، إثر انفجار قنبلة عنقودية من مخلفات القصف السابق أثناء لعبهم قرب منزلهم في قرية كفرنبل بريف إدلب الجنوبي. وكان ثلاثة أطفال قد قُتلوا بانفجار مماثل في المنطقة الشهر الماضي.
        """
    static let outlet = """
        Two children killed by unexploded ordnance in Idlib

        Two children were killed and a third was seriously injured on Sunday when a cluster bomblet left over from earlier shelling exploded near their home in Kafr Nabl, in southern Idlib, the White Helmets said. Since the beginning of 2025, war remnants have killed 24 people across northwest Syria, including 11 children, the group said.
        """
    static let monitor = """
        المرصد السوري | طفلان ضحيتا مخلفات الحرب في كفرنبل

        قضى طفلان شقيقان بانفجار مخلفات حرب في بلدة كفرنبل جنوبي إدلب، يوم ٦ نيسان.
        """

    @Test("one incident at Kafr Nabl, 2 children killed, 1 wounded; the recalled 3 are in March; the year's 24 a tally")
    func oneIncident() throws {
        let l = ScenarioLedger()
        try l.ingest([
            try l.report("rescuers", Self.rescuers, meta: ["published": "2025-04-06", "publisher": "الدفاع المدني السوري"]),
            try l.report("outlet", Self.outlet, meta: ["published": "2025-04-07", "publisher": "Syria Direct"]),
            try l.report("monitor", Self.monitor, meta: ["published": "2025-04-06", "publisher": "المرصد السوري لحقوق الإنسان"]),
        ])
        let incidents = try l.rows(["incidents"])
        #expect(incidents.count == 2, "\(incidents)")
        let killed = try #require(incidents.first { $0.str("measure") == "killed" })
        #expect(killed.str("place") == "kafr nabl" && killed.str("day") == "2025-04-06" && killed.str("category") == "children", "\(killed)")
        #expect(killed.int("low") == 2 && killed.int("high") == 2 && killed.int("best") == 2, "\(killed)")
        // The outlet relays the White Helmets: two independent sources, not three.
        let sources = Set((killed["sources"] as? [[String: Any]] ?? []).compactMap { $0.str("source") })
        #expect(sources == ["Syrian Civil Defence", "Syrian Observatory for Human Rights"], "\(killed)")
        let wounded = try #require(incidents.first { $0.str("measure") == "wounded" })
        #expect(wounded.int("best") == 1, "\(wounded)")
        let totals = try l.rows(["totals"]).filter { $0.str("measure") == "killed" }
        #expect(totals.map { $0.str("period") } == ["2025-04"] && totals.map { $0.int("best") } == [2], "\(totals)")
        // Last month's blast: a back-reference placed in March, not an April incident.
        let recalled = try #require(try l.claims().first { $0.int("value") == 3 })
        let period = recalled["period"] as? [String: Any]
        #expect(recalled.str("context") == "back_reference" && period?["start"] as? String == "2025-03-01", "\(recalled)")
        let found = try l.rows(["discrepancies"])
        #expect(found.map { $0.str("kind") } == ["tally_vs_incidents"] && found.first?.int("stated") == 24, "\(found)")
    }
}
