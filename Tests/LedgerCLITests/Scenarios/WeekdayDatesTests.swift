import Foundation
import LedgerTestSupport
import Testing

/// Shelling on Saraqib dated three ways: "on Oct. 9" the next day, "last Thursday" in a report of the
/// following Tuesday that also tells of a drone strike in Sarmin on the Saturday, and a report with no
/// date at all, which stays undated.
@Suite("Scenario: 'on Oct. 9', 'last Thursday' and no date")
struct WeekdayDatesTests {
    static let dated = "Shelling killed four civilians in the town of Saraqib on Oct. 9, local sources said.\n"
    static let later = """
        Residents of Saraqib were still clearing rubble on Monday after shelling killed four civilians there last Thursday.

        On Saturday, a drone strike killed two people in nearby Sarmin.
        """
    static let undated = "Four civilians were killed by shelling on the town of Saraqib, in the eastern Idlib countryside, local sources said.\n"

    @Test("Saraqib on Thursday 9 October (two outlets), Sarmin on the Saturday, the undated report apart")
    func dates() throws {
        let l = ScenarioLedger()
        try l.ingest([
            try l.report("1-dated", Self.dated, meta: ["published": "2025-10-10", "publisher": "Levant Wire"]),
            try l.report("2-later", Self.later, meta: ["published": "2025-10-14", "publisher": "Agence Globe"]),
            try l.report("3-undated", Self.undated),
        ])
        let days = try l.incidents("killed").map { "\($0.str("day") ?? "undated"):\($0.str("place") ?? ""):\($0.int("best") ?? 0)" }.sorted()
        #expect(days == ["2025-10-09:saraqib:4", "2025-10-11:sarmin:2", "undated:saraqib:4"])
        let saraqib = try #require(try l.incidents("killed").first { $0.str("day") == "2025-10-09" })
        #expect(saraqib.sourceFigures == ["Agence Globe:4", "Levant Wire:4"])
        let periods = try l.rows(["totals"]).map { "\($0.str("period") ?? ""):\($0.int("incidents") ?? 0):\($0.int("best") ?? 0)" }.sorted()
        #expect(periods == ["2025-10:1:2", "2025-10:1:4", "undated:1:4"])
        #expect(try l.discrepancyKinds().isEmpty)
    }
}
