import Foundation
import LedgerTestSupport
import Testing

/// A ledger in a temporary folder, fed with hand-written reports and their sidecars, read back
/// through the command line as a user would.
struct ScenarioLedger {
    let dir = TemporaryDirectory("ledger-scenario")
    var db: String { dir.path("l.sqlite") }

    /// Writes `NAME.txt` and, when `meta` is given, `NAME.meta.json`; returns the report's path.
    func report(_ name: String, _ text: String, meta: [String: String]? = nil) throws -> String {
        if let meta {
            let json = try JSONSerialization.data(withJSONObject: meta, options: [.sortedKeys])
            _ = try dir.write(name + ".meta.json", String(decoding: json, as: UTF8.self))
        }
        return try dir.write(name + ".txt", text)
    }

    @discardableResult
    func ingest(_ paths: [String]) throws -> CommandResult {
        let r = try runLedger(["ingest", "--db", db] + paths)
        #expect(r.status == 0, "\(r.stderr)")
        return r
    }

    /// The JSON rows of a query command (`totals`, `incidents`, `discrepancies`).
    func rows(_ command: [String]) throws -> [[String: Any]] {
        let r = try runLedger(command + ["--db", db, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]] ?? []
    }

    /// Every claim row (`ledger claims --format jsonl`), as its `claim` object.
    func claims() throws -> [[String: Any]] {
        let r = try runLedger(["claims", "--db", db, "--format", "jsonl"])
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["claim"] as? [String: Any]
        }
    }
}

extension [String: Any] {
    func int(_ k: String) -> Int? { self[k] as? Int }
    func str(_ k: String) -> String? { self[k] as? String }
}
