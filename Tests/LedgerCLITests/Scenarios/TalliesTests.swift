import Foundation
import LedgerTestSupport
import Testing

/// Totals that say what they are: a lower bound stays one, and every running tally is set beside the
/// incidents the ledger holds for its scope and period.
@Suite("Scenario: qualifiers and running tallies beside incidents")
struct TalliesTests {
    static let tally = """
        The Syrian Observatory for Human Rights has documented the deaths of more than 40 members of the regime forces \
        in attacks by Islamic State cells in the Syrian desert since the beginning of 2024.
        """

    @Test("a total whose figure is 'more than 20' is a lower bound in the table and in JSON")
    func lowerBound() throws {
        let l = ScenarioLedger()
        try l.ingest([try l.report("m", "A car bomb killed more than 20 people in the town of al-Mayadin on Monday, the Syrian "
                                        + "Observatory for Human Rights said.\n", meta: ["published": "2024-06-04", "publisher": "Reuters"])])
        let row = try #require(try l.rows(["totals"]).first)
        #expect(row.int("best") == 20 && row.str("qualifier") == "more_than")
        let table = try runLedger(["totals", "--db", l.db])
        #expect(table.stdout.contains(">20"))
    }

    @Test("--tallies and export --what reconciliation: the monitor's >40 against the one desert incident it covers (6 to 7)")
    func tallies() throws {
        let l = ScenarioLedger()
        var paths: [String] = []
        for (name, text, meta) in MonitorRelayTests.reports {
            paths.append(try l.report(name, text, meta: meta))
        }
        paths.append(try l.report("tally", Self.tally, meta: ["published": "2024-05-06", "publisher": "Syrian Observatory for Human Rights"]))
        try l.ingest(paths)
        let rows = try l.rows(["totals", "--tallies"])
        #expect(rows.count == 1)
        let t = try #require(rows.first)
        #expect(t.str("scope") == "badia" && t.str("category") == "regime")
        #expect(t.int("stated") == 40 && t.str("qualifier") == "more_than")
        #expect([t.int("incidents"), t.int("low"), t.int("high"), t.int("best"), t.int("gap")] == [1, 6, 7, 6, 34])
        #expect(t.str("period_start") == "2024-01-01" && t.str("period_end") == "2024-05-06")

        let csv = try runLedger(["export", "--what", "reconciliation", "--db", l.db, "--hxl"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(whereSeparator: \.isNewline)
        #expect(lines.count == 3)
        #expect(lines.count > 1 && lines[1].hasPrefix("#meta+series"))
        #expect(lines.last?.contains(",40,more_than,") == true)
        let json = try runLedger(["export", "--what", "reconciliation", "--db", l.db, "--format", "json"])
        #expect(json.status == 0 && json.stdout.contains("\"gap\""))
    }
}
