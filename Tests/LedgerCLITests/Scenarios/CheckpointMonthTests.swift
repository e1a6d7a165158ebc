import Foundation
import LedgerTestSupport
import Testing

/// An attack on a checkpoint near Jasim told by three outlets as its toll rose (3, 4, 5), and a month later a local
/// group's count for Daraa in March: "23 security incidents that left 31 people dead". The count was read as a
/// back-reference (the relative clause "that left"), so it stood in no series and was checked against nothing.
@Suite("Scenario: a checkpoint attack near Jasim and the month's count")
struct CheckpointMonthTests {
    static let local = """
        هجوم على حاجز قرب جاسم

        قُتل ثلاثة عناصر من الأمن العام وأُصيب اثنان آخران، مساء الإثنين، بهجوم شنّه مسلحون مجهولون على حاجز قرب مدينة جاسم في ريف درعا الشمالي.
        """
    static let monitor = """
        Gunmen attack checkpoint near Jasim

        Four members of the General Security forces were killed and two others were wounded on Monday evening when unidentified gunmen opened fire on a checkpoint near the town of Jasim, in the northern Daraa countryside.
        """
    static let wire = """
        Toll from Jasim checkpoint attack rises to five

        The death toll from Monday's attack on a security checkpoint near Jasim in Daraa province rose to five on Tuesday after one of the wounded men died overnight, a security source said.
        """
    static let month = """
        Daraa in March: monthly security report

        Since the beginning of March, Daraa province has seen 23 security incidents that left 31 people dead, among them 12 members of the security forces and 4 children, the group documented.
        """

    @Test("one incident at Jasim (low 3, high 5, best 4); the month's 31 against it: a gap of 27")
    func checkpointAndMonth() throws {
        let l = ScenarioLedger()
        try l.ingest([
            try l.report("local", Self.local, meta: ["published": "2026-03-10", "publisher": "Daraa 24"]),
            try l.report("monitor", Self.monitor, meta: ["published": "2026-03-10", "publisher": "Syrian Observatory for Human Rights"]),
            try l.report("wire", Self.wire, meta: ["published": "2026-03-11", "publisher": "Reuters"]),
            try l.report("month", Self.month, meta: ["published": "2026-04-01", "publisher": "Horan Free League"]),
        ])
        let killed = try l.rows(["incidents"]).filter { $0.str("measure") == "killed" }
        #expect(killed.count == 1, "\(killed)")
        let jasim = try #require(killed.first)
        #expect(jasim.str("place") == "jasim" && jasim.str("day") == "2026-03-09", "\(jasim)")
        #expect(jasim.int("low") == 3 && jasim.int("high") == 5 && jasim.int("best") == 4, "\(jasim)")
        let tallies = try l.rows(["totals", "--tallies"])
        #expect(tallies.count == 1, "\(tallies)")
        let month = try #require(tallies.first)
        #expect(month.int("stated") == 31 && month.str("scope") == "daraa" && month.int("incidents") == 1, "\(month)")
        #expect(month.int("best") == 4 && month.int("gap") == 27, "\(month)")
        #expect(month.str("period_start") == "2026-03-01", "\(month)")
        let checks = try l.rows(["discrepancies", "--kind", "tally_vs_incidents"])
        #expect(checks.map { $0.int("stated") } == [31], "\(checks)")
        // The month's security forces are a subset of its 31.
        let subsets = try l.claims().filter { $0.str("kind") == "tally" && $0.str("role") == "subset" }
        #expect(Set(subsets.compactMap { $0.int("value") }) == [12, 4], "\(subsets)")
    }
}
