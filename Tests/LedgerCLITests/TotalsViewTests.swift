import Foundation
import GRDB
import LedgerTestSupport
import Testing

/// The `totals` view of the ledger file (what a researcher reads in the sqlite3 shell or Datasette)
/// and `ledger totals` (what the command prints) are one definition of a total: same rows, same sums,
/// same qualifiers.
@Suite("The totals view is the totals command")
struct TotalsViewTests {
    static let keys = ["period", "area", "measure", "category", "incidents", "low", "best", "high", "qualifier"]

    /// Each row as `period|area|measure|category|incidents|low|best|high|qualifier`, sorted.
    static func lines(_ rows: [[String: Any]]) -> [String] {
        rows.map { row in keys.map { "\(row[$0] ?? "exact")" }.joined(separator: "|") }.sorted()
    }

    static func view(_ db: String) throws -> [String] {
        let queue = try DatabaseQueue(path: db, configuration: { var c = Configuration(); c.readonly = true; return c }())
        let rows = try queue.read { db in try Row.fetchAll(db, sql: "SELECT * FROM totals") }
        return lines(rows.map { row in Dictionary(uniqueKeysWithValues: keys.map { ($0, row[$0] as DatabaseValue) }).mapValues { v -> Any in
            switch v.storage {
            case .int64(let i): Int(i)
            case .string(let s): s
            default: "\(v)"
            }
        } })
    }

    @Test("on the bundled corpus: every row of the view equals the command's row")
    func corpus() throws {
        let dir = TemporaryDirectory("ledger-totals-view")
        let db = dir.path("demo.sqlite")
        #expect(try runLedger(["demo", "--db", db]).status == 0)
        let command = try runLedger(["totals", "--db", db, "--format", "json"])
        #expect(command.status == 0, "\(command.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(command.stdout.utf8)) as? [[String: Any]] ?? []
        let fromCommand = Self.lines(rows)
        let fromView = try Self.view(db)
        #expect(fromCommand.count > 20, "the corpus gives many totals rows")
        #expect(fromView == fromCommand)
        #expect(fromView.contains { $0.hasSuffix("|at_least") }, "some sums are lower bounds")
    }

    @Test("one car bombing told three times: one row of killed 12 to 14 in the view too")
    func carBombing() throws {
        let l = try CarBombingTests.ledger()
        let killed = try Self.view(l.db).filter { $0.contains("|killed|") }
        #expect(killed.count == 1)
        #expect(killed.first?.hasPrefix("2024-03|deir ez-zor|killed|all|1|12|14|14|") == true, "\(killed)")
    }
}
