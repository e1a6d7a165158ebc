import Foundation
import LedgerTestSupport
import Testing

/// One truck bombing told by a monitor naming the town, a wire naming only "eastern Syria" and a
/// paper naming no place at all. Each governorate is linked on its own, so the two wide figures have no
/// governorate to be walked with; ingest links each to the one incident of its days and measure, by a
/// `claims_linked` event that says so, whatever order the reports arrive in.
@Suite("Scenario: a figure naming no place, or only eastern Syria, joins the one incident of its days")
struct WidePlaceTests {
    static let monitor = """
        انفجار شاحنة مفخخة في هجين

        قُتل 12 شخصاً وأصيب آخرون، يوم الأحد، بانفجار شاحنة مفخخة قرب سوق مدينة هجين بريف دير الزور الشرقي، بحسب المرصد السوري لحقوق الإنسان.
        """
    static let wire = """
        Truck bomb kills 13 in eastern Syria

        A truck packed with explosives blew up on Sunday in eastern Syria, killing at least 13 people, a war monitor said.
        """
    static let paper = """
        Fourteen dead in truck bombing

        Fourteen people lost their lives on Sunday when a truck loaded with explosives went off beside a crowded market, \
        hospital staff told the paper.
        """

    static func reports(_ l: ScenarioLedger) throws -> [String] {
        [
            try l.report("1-monitor", monitor, meta: ["published": "2025-03-09", "publisher": "المرصد السوري لحقوق الإنسان"]),
            try l.report("2-wire", wire, meta: ["published": "2025-03-09", "publisher": "Agence Globe"]),
            try l.report("3-paper", paper, meta: ["published": "2025-03-10", "publisher": "The Valley Daily"]),
        ]
    }

    static func expectOneIncident(_ l: ScenarioLedger) throws {
        let killed = try l.rows(["totals"]).filter { $0.str("measure") == "killed" }
        #expect(killed.count == 1, "\(killed)")
        let t = try #require(killed.first)
        #expect(t.str("period") == "2025-03" && t.str("area") == "deir ez-zor", "\(t)")
        // SOHR's figure and its relay count once (13, its latest or 12), the paper's 14 beside it.
        #expect(t.int("incidents") == 1 && t.int("high") == 14, "\(t)")
        #expect([12, 13].contains(t.int("low") ?? 0) && [12, 13].contains(t.int("best") ?? 0), "\(t)")
        let incidents = try l.rows(["incidents"]).filter { $0.str("measure") == "killed" }
        #expect(incidents.count == 1)
        let inc = try #require(incidents.first)
        #expect(inc.str("place") == "hajin" && inc.str("admin1") == "deir ez-zor" && inc.str("day") == "2025-03-09", "\(inc)")
        #expect((inc["members"] as? [Any])?.count == 3, "\(inc)")
        #expect(inc.str("rule")?.contains("2 claims naming no place or only syria linked as the one incident of their days") == true, "\(inc)")
        // Each wide figure's link is an event that says it was automatic and why.
        let links = try linkEvents(l)
        #expect(links.count == 2, "\(links)")
        #expect(links.allSatisfy { $0["automatic"] as? Bool == true && ($0["reason"] as? String ?? "").hasPrefix("automatic at ingest") })
    }

    /// The payloads of the ledger's `claims_linked` events.
    static func linkEvents(_ l: ScenarioLedger) throws -> [[String: Any]] {
        let r = try runLedger(["log", "--db", l.db, "--format", "jsonl"])
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout.split(separator: "\n").compactMap { line -> [String: Any]? in
            guard let e = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], e.str("type") == "claims_linked" else {
                return nil
            }
            return e["payload"] as? [String: Any]
        }
    }

    @Test("ingested together: one incident at Hajin, killed 12-14, two automatic links")
    func together() throws {
        let l = ScenarioLedger()
        let r = try l.ingest(try Self.reports(l))
        #expect(r.stdout.contains("2 figure(s) naming no place linked"), "\(r.stdout)")
        try Self.expectOneIncident(l)
    }

    @Test("the wide reports first, the town last, one per ingest: the same one incident")
    func wideFirst() throws {
        let l = ScenarioLedger()
        for path in try Self.reports(l).reversed() { try l.ingest([path]) }
        try Self.expectOneIncident(l)
    }

    @Test("a rebuild from the log gives the same incident (the links are events)")
    func rebuild() throws {
        let l = ScenarioLedger()
        try l.ingest(try Self.reports(l))
        let before = try l.rows(["totals"])
        let r = try runLedger(["rebuild", "--db", l.db])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(NSArray(array: try l.rows(["totals"])).isEqual(to: before))
        try Self.expectOneIncident(l)
    }

    @Test("unlinked by a person, the wide figure stays apart, also after more reports arrive")
    func unlinkStands() throws {
        let l = ScenarioLedger()
        let paths = try Self.reports(l)
        try l.ingest([paths[0], paths[1]])
        let link = try #require(try Self.linkEvents(l).first)
        let ids = try #require(link["claim_ids"] as? [String])
        let r = try runLedger(["unlink", "--db", l.db] + ids + ["--reason", "the wire's bombing was another one"])
        #expect(r.status == 0, "\(r.stderr)")
        try l.ingest([paths[2]])
        let killed = try l.rows(["totals"]).filter { $0.str("measure") == "killed" }
        // The wire's 13 is an incident of its own (area syria); the paper's 14 joined Hajin.
        #expect(killed.map { "\($0.str("area") ?? ""):\($0.int("incidents") ?? 0)" }.sorted() == ["deir ez-zor:1", "syria:1"], "\(killed)")
        #expect(try Self.linkEvents(l).count == 2)
    }

    @Test("two incidents on the day, only one with a close figure: the wide figure joins that one")
    func closeFigureChooses() throws {
        let l = ScenarioLedger()
        let other = try l.report("0-aleppo", """
            Shelling kills three in Aleppo countryside

            Three civilians were killed on Sunday when artillery shells hit the town of al-Atarib in western Aleppo, residents said.
            """, meta: ["published": "2025-03-09", "publisher": "Northern Voice"])
        try l.ingest([other] + (try Self.reports(l)))
        let killed = try l.rows(["totals"]).filter { $0.str("measure") == "killed" }
        #expect(killed.map { "\($0.str("area") ?? ""):\($0.int("incidents") ?? 0):\($0.int("high") ?? 0)" }.sorted()
                == ["aleppo:1:3", "deir ez-zor:1:14"], "\(killed)")
    }

    @Test("two incidents on the day with close figures: the wide figure stays apart (no guess)")
    func ambiguousStaysApart() throws {
        let l = ScenarioLedger()
        let other = try l.report("0-raqqa", """
            Car bomb kills 13 in Raqqa

            A car bomb killed 13 people on Sunday near a checkpoint in the city of Raqqa, local sources said.
            """, meta: ["published": "2025-03-09", "publisher": "Northern Voice"])
        try l.ingest([other] + (try Self.reports(l)))
        let killed = try l.rows(["totals"]).filter { $0.str("measure") == "killed" }
        #expect(killed.map { "\($0.str("area") ?? ""):\($0.int("incidents") ?? 0)" }.sorted()
                == ["?:1", "deir ez-zor:1", "raqqa:1", "syria:1"], "\(killed)")
        #expect(try Self.linkEvents(l).isEmpty)
    }

    @Test("the Syrian desert covers Homs, not Aleppo: a desert ambush joins a Homs incident only")
    func desertCoversItsGovernorates() throws {
        let homs = """
            كمين في بادية السخنة

            قُتل تسعة عناصر من قوات النظام، يوم الثلاثاء، بهجوم لخلايا التنظيم على رتل عسكري قرب مدينة السخنة في ريف حمص الشرقي.
            """
        let desert = """
            Nine soldiers killed in desert ambush

            Nine Syrian soldiers were killed on Tuesday when Islamic State fighters ambushed their convoy in the Syrian desert, a military source said.
            """
        let aleppo = """
            Nine soldiers killed near Aleppo

            Nine soldiers were killed on Tuesday in an attack on an army post near the town of al-Safira east of Aleppo, a military source said.
            """
        let l = ScenarioLedger()
        try l.ingest([
            try l.report("a", aleppo, meta: ["published": "2025-06-10", "publisher": "Agence Globe"]),
            try l.report("b", desert, meta: ["published": "2025-06-10", "publisher": "Levant Wire"]),
            try l.report("c", homs, meta: ["published": "2025-06-10", "publisher": "عين الفرات"]),
        ])
        let killed = try l.rows(["totals"]).filter { $0.str("measure") == "killed" }
        #expect(killed.map { "\($0.str("area") ?? ""):\($0.int("incidents") ?? 0):\($0.int("best") ?? 0)" }.sorted()
                == ["aleppo:1:9", "homs:1:9"], "\(killed)")
    }

    @Test("no report names the town: the wire's 'eastern Syria' and the paper's no place are one incident (close figures)")
    func wideOnly() throws {
        let l = ScenarioLedger()
        let paths = try Self.reports(l)
        try l.ingest([paths[2]])
        try l.ingest([paths[1]])
        let killed = try l.rows(["totals"]).filter { $0.str("measure") == "killed" }
        #expect(killed.map { "\($0.str("area") ?? ""):\($0.int("incidents") ?? 0):\($0.int("low") ?? 0)-\($0.int("high") ?? 0)" }
                == ["syria:1:13-14"], "\(killed)")
        #expect(try Self.linkEvents(l).count == 1)
        // The monitor's report, ingested next, brings the joined pair to Hajin.
        try l.ingest([paths[0]])
        try Self.expectOneIncident(l)
    }

    @Test("a lone placeless death beside the wire's 13 on the same day stays its own incident (figures far apart)")
    func wideFarFiguresStayApart() throws {
        let l = ScenarioLedger()
        let lone = try l.report("4-lone", """
            Man shot dead

            A young man died on Sunday after unknown gunmen shot him outside his home, his family said.
            """, meta: ["published": "2025-03-09", "publisher": "The Valley Daily"])
        try l.ingest([lone, try Self.reports(l)[1]])
        let killed = try l.rows(["totals"]).filter { $0.str("measure") == "killed" }
        #expect(killed.map { "\($0.str("area") ?? ""):\($0.int("incidents") ?? 0):\($0.int("best") ?? 0)" }.sorted()
                == ["?:1:1", "syria:1:13"], "\(killed)")
        #expect(try Self.linkEvents(l).isEmpty)
    }

    @Test("ingested with --no-autolink: three incidents; `ledger autolink` appends the two links once")
    func autolinkLater() throws {
        let l = ScenarioLedger()
        let r = try runLedger(["ingest", "--db", l.db, "--no-autolink"] + (try Self.reports(l)))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try l.rows(["totals"]).filter { $0.str("measure") == "killed" }.count == 3)
        let dry = try runLedger(["autolink", "--db", l.db, "--dry-run", "--format", "json"])
        #expect(dry.status == 0, "\(dry.stderr)")
        let listed = try JSONSerialization.jsonObject(with: Data(dry.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(listed.count == 2 && listed.allSatisfy { $0.str("place") == "hajin" && $0["event"] == nil }, "\(listed)")
        #expect(try Self.linkEvents(l).isEmpty)
        let run = try runLedger(["autolink", "--db", l.db])
        #expect(run.status == 0 && run.stdout.contains("appended 2 claims_linked event(s)"), "\(run.stdout) \(run.stderr)")
        try Self.expectOneIncident(l)
        let again = try runLedger(["autolink", "--db", l.db])
        #expect(again.status == 0 && again.stdout.contains("nothing to link"), "\(again.stdout)")
    }

    /// The Hajin report and one more, ingested together; the killed totals rows as `area:incidents`.
    static func beside(_ text: String, published: String, _ l: ScenarioLedger) throws -> [String] {
        let other = try l.report("9-other", text, meta: ["published": published, "publisher": "Agence Globe"])
        try l.ingest([try Self.reports(l)[0], other])
        return try l.rows(["totals"]).filter { $0.str("measure") == "killed" }.map { "\($0.str("area") ?? ""):\($0.int("incidents") ?? 0)" }.sorted()
    }

    @Test("two days apart, a figure of another order, or two events of one report: no automatic link")
    func guards() throws {
        // Two days after the bombing: beyond the one day a wide figure may be from its incident.
        var l = ScenarioLedger()
        #expect(try Self.beside("Eleven people were killed on Tuesday when a truck bomb went off, a monitor said.",
                                published: "2025-03-11", l) == ["?:1", "deir ez-zor:1"])
        #expect(try Self.linkEvents(l).isEmpty)
        // The only incident of the day holds 12; a count of 90 is no toll of it.
        l = ScenarioLedger()
        #expect(try Self.beside("Ninety people were killed on Sunday in a bombing, a monitor said.", published: "2025-03-09", l)
                == ["?:1", "deir ez-zor:1"])
        #expect(try Self.linkEvents(l).isEmpty)
        // Two placeless events of one report (a shooting and a mine) cannot both be the bombing.
        l = ScenarioLedger()
        let two = """
            Ten people were killed on Sunday when gunmen opened fire on a bus, a monitor said.

            On the same day, a landmine killed eleven people travelling in a car, the monitor added.
            """
        let rows = try Self.beside(two, published: "2025-03-09", l)
        #expect(!rows.contains("deir ez-zor:2") && !rows.contains("deir ez-zor:3"), "\(rows)")
        let links = try Self.linkEvents(l)
        #expect(links.isEmpty, "\(links)")
    }
}
