import Foundation
import LedgerTestSupport
import Testing

/// A week in eastern Deir ez-Zor told by three outlets: two fighters killed at al-Shuhayl (the monitor in Arabic, a
/// second outlet in English), a civilian shot in Dhiban (the monitor), a local outlet's corrected story of that
/// killing ("an earlier version said two"), and the monitor's count "since the start of May" in the areas of the
/// Autonomous Administration in the Deir ez-Zor countryside. The correction's two became a second Dhiban incident,
/// and the count's scope was the whole Autonomous Administration.
@Suite("Scenario: a corrected killing and a monthly count of one province's part of an area")
struct CorrectedMonthTests {
    static let fighters = """
        مقتل عنصرين من قسد في الشحيل

        قُتل عنصران من قوات سوريا الديمقراطية مساء الأحد، بهجوم لمسلحين مجهولين على حاجز في بلدة الشحيل بريف دير الزور الشرقي.
        """
    static let fightersEnglish = """
        Two SDF fighters killed in al-Shuhayl

        Unidentified gunmen attacked an SDF checkpoint in al-Shuhayl, east of Deir ez-Zor, on Sunday evening and killed \
        two fighters, residents said.
        """
    static let civilian = """
        مقتل مدني في ذيبان

        قُتل رجل مدني يوم الثلاثاء برصاص مسلحين على دراجة نارية في بلدة ذيبان بريف دير الزور الشرقي، وأصيب طفل كان معه.
        """
    static let corrected = """
        Correction: one civilian killed in Dhiban

        A civilian man was killed and a boy was wounded by gunmen in Dhiban on Tuesday. An earlier version of this \
        report said two civilians were killed.
        """
    static let count = """
        حصيلة أيار

        وثق المرصد السوري منذ مطلع شهر أيار الجاري مقتل 9 أشخاص في مناطق سيطرة الإدارة الذاتية بريف دير الزور، هم 5 من \
        عناصر قسد و4 مدنيين.
        """

    @Test("Dhiban is one incident of one dead; the count is Deir ez-Zor's, six ahead of the incidents")
    func correctedMonth() throws {
        let l = ScenarioLedger()
        let monitor = "Syrian Observatory for Human Rights"
        try l.ingest([
            try l.report("fighters", Self.fighters, meta: ["published": "2024-05-12", "publisher": monitor]),
            try l.report("fighters-en", Self.fightersEnglish, meta: ["published": "2024-05-13", "publisher": "North Press"]),
            try l.report("civilian", Self.civilian, meta: ["published": "2024-05-14", "publisher": monitor]),
            try l.report("corrected", Self.corrected, meta: ["published": "2024-05-15", "publisher": "Deir Ezzor 24"]),
            try l.report("count", Self.count, meta: ["published": "2024-05-20", "publisher": monitor]),
        ])
        let killed = try l.rows(["incidents"]).filter { $0.str("measure") == "killed" }
        #expect(killed.count == 2, "\(killed)")
        let dhiban = try #require(killed.first { $0.str("day") == "2024-05-14" })
        #expect(dhiban.int("low") == 1 && dhiban.int("high") == 1 && dhiban.int("best") == 1, "\(dhiban)")
        let shuhayl = try #require(killed.first { $0.str("day") == "2024-05-12" })
        #expect(shuhayl.str("place") == "al-shuhayl" && shuhayl.int("best") == 2, "\(shuhayl)")
        let totals = try l.rows(["totals"]).filter { $0.str("measure") == "killed" }
        #expect(totals.reduce(0) { $0 + ($1.int("best") ?? 0) } == 3, "\(totals)")
        #expect(try l.discrepancyKinds().contains("superseded"))
        let tallies = try l.rows(["totals", "--tallies"])
        #expect(tallies.count == 1, "\(tallies)")
        let tally = try #require(tallies.first)
        #expect(tally.str("scope") == "deir ez-zor" && tally.int("stated") == 9, "\(tally)")
        #expect(tally.int("incidents") == 2 && tally.int("best") == 3 && tally.int("gap") == 6, "\(tally)")
    }
}
