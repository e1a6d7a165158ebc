import Foundation
import LedgerTestSupport
import Testing

/// An Islamic State attack on an SDF checkpoint at Abu Hamam: the SDF's own count (two) through a
/// local agency, the group's claim through Amaq (seven) in an Arabic outlet, and a wire giving both in one
/// sentence. Two original sources, each counted once; the outlets are relays.
@Suite("Scenario: a checkpoint attack, Amaq's claim against the SDF's own count")
struct CheckpointClaimTests {
    static let agency = """
        Islamic State gunmen attacked a checkpoint of the Syrian Democratic Forces in the town of Abu Hamam in the \
        eastern Deir ez-Zor countryside late on Tuesday, killing two SDF fighters and wounding another, an SDF \
        military source said.
        """
    static let arabic = "تبنى تنظيم الدولة الإسلامية عبر وكالة أعماق الهجوم على حاجز لقوات سوريا الديمقراطية في بلدة أبو حمام شرقي دير الزور مساء الثلاثاء، زاعماً أنه أسفر عن مقتل سبعة عناصر من قسد.\n"
    static let wire = """
        ISIS's Amaq agency claimed that seven SDF members were killed in Tuesday's attack on the Abu Hamam \
        checkpoint, while the SDF put its own losses at two dead.
        """

    @Test("one incident: Amaq 7 and the SDF 2, low 2, high 7, best 2 (the lower median)")
    func oneIncident() throws {
        let l = ScenarioLedger()
        try l.ingest([
            try l.report("1-agency", Self.agency, meta: ["published": "2024-03-06", "publisher": "North Press Agency"]),
            try l.report("2-ar", Self.arabic, meta: ["published": "2024-03-06", "publisher": "زمان الوصل"]),
            try l.report("3-wire", Self.wire, meta: ["published": "2024-03-07", "publisher": "Levant Wire"]),
        ])
        #expect(try l.totals("killed", period: "2024-03") == [1, 2, 7, 2])
        let inc = try #require(try l.incidents("killed").first)
        #expect(inc.str("day") == "2024-03-05" && inc.str("place") == "abu hamam", "\(inc)")
        #expect(inc.sourceFigures == ["Amaq:7", "SDF:2"])
        #expect(try l.discrepancyKinds() == ["sources_disagree"])
    }
}
