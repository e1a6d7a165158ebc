import Foundation
import LedgerTestSupport
import Testing

/// A report with no publication date does not take the day it was ingested: its "yesterday" stays
/// unresolved, its incident is undated, and ingest says so. A sidecar date that cannot be read is an
/// error naming the sidecar.
@Suite("Scenario: reports with no date, or a bad one")
struct UndatedReportTests {
    static let text = "Gunmen killed three civilians in the village of al-Busayrah yesterday, local sources said.\n"

    @Test("no publication date: the incident is undated, never this month, and ingest counts the report")
    func undated() throws {
        let l = ScenarioLedger()
        let r = try l.ingest([try l.report("no-date", Self.text)])
        #expect(r.stdout.contains("1 report(s) had no publication date"))
        let claim = try #require(try l.claims().first)
        #expect((claim["event_date"] as? [String: Any])?["unresolved"] as? Bool == true)
        // The day it was ingested is not the report's date: no report_day in the listing, the file or the view.
        #expect(try Self.reportDays(l) == [nil])
        let totals = try l.rows(["totals"])
        #expect(totals.count == 1)
        #expect(totals.first?.str("period") == "undated")
        #expect(totals.first?.int("best") == 3 && totals.first?.int("incidents") == 1)
        let incidents = try l.rows(["incidents"])
        #expect(incidents.count == 1 && incidents.first?["day"] == nil)
    }

    @Test("the same report with a date is placed on the day before it")
    func dated() throws {
        let l = ScenarioLedger()
        let r = try l.ingest([try l.report("dated", Self.text, meta: ["published": "2024-02-10"])])
        #expect(!r.stdout.contains("no publication date"))
        #expect(try l.rows(["incidents"]).first?.str("day") == "2024-02-09")
        #expect(try Self.reportDays(l) == ["2024-02-10"])
    }

    /// `report_day` of every claim row of `ledger claims --format jsonl`.
    static func reportDays(_ l: ScenarioLedger) throws -> [String?] {
        let r = try runLedger(["claims", "--db", l.db, "--format", "jsonl"])
        return r.stdout.split(separator: "\n").map { line in
            ((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any])?["report_day"] as? String
        }
    }

    @Test("a sidecar date that cannot be read is an error that names the sidecar")
    func badSidecarDate() throws {
        let l = ScenarioLedger()
        let path = try l.report("bad-date", Self.text, meta: ["published": "10/02/2024"])
        let r = try runLedger(["ingest", "--db", l.db, path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("bad-date.meta.json"))
        #expect(r.stderr.contains("10/02/2024"))
        #expect(try l.rows(["totals"]).isEmpty)
    }
}
