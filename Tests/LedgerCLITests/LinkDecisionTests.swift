import Foundation
import LedgerCore
import LedgerStore
import LedgerTestSupport
import Testing

/// `ledger link` refuses links the linker could never make (exit 2, one line naming the claims and
/// the problem, nothing appended), `--force` records what it overrode, and `ledger withdraw` takes a
/// link or unlink back so that the totals and incidents are exactly as before it.
@Suite("Link decisions through the CLI")
struct LinkDecisionTests {
    /// Claims ids of the seeded ledger.
    struct Seeded {
        var db: String
        /// killed 5 civilians, hajin, 2023-06-09 (report A, with `arrested`, a tally and a part).
        var killed: String
        var arrested: String
        var tally: String
        var part: String
        /// killed 7 civilians, al-shuhayl, 2023-06-09 (report B; another place, so another incident).
        var otherPlace: String
        /// killed 4 sdf, al-shuhayl, 2023-06-09 (report B).
        var sdf: String
        /// killed 6 civilians, hajin, 2021-06-09 (report C, two years earlier).
        var twoYearsEarlier: String
        /// killed 5 civilians, hajin, 2023-06-09 (report D: linked with `killed` automatically).
        var sameIncident: String
    }

    func seeded(_ dir: TemporaryDirectory) throws -> Seeded {
        let db = dir.path("l.sqlite")
        let a = Fixture.report("A: five civilians killed in hajin, three arrested", publisher: "A")
        let b = Fixture.report("B: seven civilians and four sdf killed in al-shuhayl", publisher: "B")
        let c = Fixture.report("C: six civilians killed in hajin", publisher: "C", published: "2021-06-10")
        let d = Fixture.report("D: five civilians killed in hajin", publisher: "D")
        let hajin = (place: "hajin", admin1: "deir ez-zor")
        try Ledger(path: db).ingest([
            Fixture.prepared(a, [
                Fixture.claim(in: a, index: 0, value: 5, category: .civilians, place: hajin.place, admin1: hajin.admin1, day: "2023-06-09"),
                Fixture.claim(in: a, index: 1, measure: .arrested, value: 3, place: hajin.place, admin1: hajin.admin1, day: "2023-06-09"),
                Fixture.claim(in: a, index: 2, value: 40, kind: .tally, place: "aanes", period: ("2023-01-01", "2023-06-10")),
                Fixture.claim(in: a, index: 3, value: 2, role: .part, parent: "\(a.report.shortHash)-0", category: .children,
                              place: hajin.place, admin1: hajin.admin1, day: "2023-06-09"),
            ]),
            Fixture.prepared(b, [
                Fixture.claim(in: b, index: 0, value: 7, category: .civilians, place: "al-shuhayl", admin1: hajin.admin1, day: "2023-06-09"),
                Fixture.claim(in: b, index: 1, value: 4, category: .sdf, place: "al-shuhayl", admin1: hajin.admin1, day: "2023-06-09"),
            ]),
            Fixture.prepared(c, [
                Fixture.claim(in: c, index: 0, value: 6, category: .civilians, place: hajin.place, admin1: hajin.admin1, day: "2021-06-09"),
            ]),
            Fixture.prepared(d, [
                Fixture.claim(in: d, index: 0, value: 5, category: .civilians, place: hajin.place, admin1: hajin.admin1, day: "2023-06-09"),
            ]),
        ])
        let id = { (r: ReportIngested, i: Int) in "\(r.report.shortHash)-\(i)" }
        return Seeded(db: db, killed: id(a, 0), arrested: id(a, 1), tally: id(a, 2), part: id(a, 3), otherPlace: id(b, 0),
                      sdf: id(b, 1), twoYearsEarlier: id(c, 0), sameIncident: id(d, 0))
    }

    func head(_ db: String) throws -> ChainHead { try Ledger(path: db, mode: .readOnly).head() }

    /// Runs ledger, expecting success; returns the sequence number it appended.
    @discardableResult
    func append(_ arguments: [String]) throws -> Int64 {
        let result = try runLedger(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        let seq = result.stdout.split(separator: " ").dropFirst(2).first.flatMap { Int64($0) }
        return try #require(seq, "no sequence number in \(result.stdout)")
    }

    /// The killed totals: (period, area, category) to (low, best), from `ledger totals --format json`.
    func killedTotals(_ db: String) throws -> [String: [Int]] {
        let result = try runLedger(["totals", "--db", db, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        var out: [String: [Int]] = [:]
        func walk(_ v: Any) {
            if let a = v as? [Any] { a.forEach(walk) }
            if let d = v as? [String: Any] {
                if d["measure"] as? String == "killed", let low = d["low"] as? Int, let best = d["best"] as? Int {
                    out["\(d["period"] ?? "") \(d["area"] ?? "") \(d["category"] ?? "")"] = [low, best]
                }
                d.values.forEach(walk)
            }
        }
        walk(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)))
        return out
    }

    func incidents(_ db: String) throws -> String {
        let result = try runLedger(["incidents", "--db", db, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }
}
