import Foundation
import LedgerTestSupport
import Testing

/// A killing in Daraa's western countryside told only in Arabic by three outlets at three depths of place
/// (the village, «ريف درعا الغربي», the province), one naming the man attacked and counting him by the
/// pronoun of «مقتله», one with a headline calling him a former fighter over a body calling him a young man;
/// and a second killing in Nawa three days later that stays apart. The month's running count is a tally.
@Suite("Scenario: an assassination in Daraa's countryside, three Arabic outlets, a second killing nearby")
struct DaraaAssassinationTests {
    static let village = """
        اغتال مسلحون مجهولون، مساء أمس الثلاثاء، الشاب محمد خالد الزعبي، وهو عنصر سابق في فصائل المعارضة، بإطلاق النار عليه \
        قرب بلدة اليادودة بريف درعا الغربي، ما أدى إلى مقتله على الفور.

        وبذلك يرتفع عدد ضحايا الاغتيالات في محافظة درعا منذ مطلع الشهر الجاري إلى 14 شخصاً.
        """
    static let countryside = """
        مقتل عنصر سابق في المعارضة برصاص مجهولين غربي درعا

        قُتل شاب، أمس الثلاثاء، برصاص مسلحين مجهولين في ريف درعا الغربي، وفق ما أفادت مصادر محلية.
        """
    static let province = "قُتل شاب من أبناء محافظة درعا برصاص مسلحين مجهولين يستقلون دراجة نارية، مساء الثلاثاء، وفقاً لما وثقه نشطاء المرصد السوري.\n"
    static let nawa = "قُتل رجل خمسيني، مساء أمس الجمعة، برصاص مسلحين مجهولين أمام منزله في مدينة نوى بريف درعا الغربي.\n"

    @Test("two incidents: al-Yadudah on the Tuesday (three outlets, one death) and Nawa on the Friday")
    func twoIncidents() throws {
        let l = ScenarioLedger()
        try l.ingest([
            try l.report("1-village", Self.village, meta: ["published": "2024-09-25", "publisher": "تجمع أحرار حوران"]),
            try l.report("2-countryside", Self.countryside, meta: ["published": "2024-09-25", "publisher": "تلفزيون سوريا"]),
            try l.report("3-province", Self.province, meta: ["published": "2024-09-25", "publisher": "المرصد السوري لحقوق الإنسان"]),
            try l.report("4-nawa", Self.nawa, meta: ["published": "2024-09-28", "publisher": "تجمع أحرار حوران"]),
        ])
        let killed = try l.rows(["totals"]).filter { $0.str("measure") == "killed" }
        #expect(killed.map { $0.int("incidents") ?? 0 }.reduce(0, +) == 2)
        #expect(killed.map { $0.int("best") ?? 0 }.reduce(0, +) == 2)
        let incidents = try l.incidents("killed").map { "\($0.str("day") ?? ""):\($0.str("place") ?? ""):\($0.int("best") ?? 0)" }.sorted()
        #expect(incidents == ["2024-09-24:al-yadudah:1", "2024-09-27:nawa:1"])
        let yadudah = try #require(try l.incidents("killed").first { $0.str("place") == "al-yadudah" })
        #expect(yadudah.sourceFigures == ["Ahrar Horan Gathering:1", "Syria TV:1", "Syrian Observatory for Human Rights:1"])
        #expect(try l.discrepancyKinds() == ["tally_vs_incidents"])
    }
}
