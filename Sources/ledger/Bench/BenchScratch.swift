import Foundation
import GRDB
import LedgerStore

/// A copy of a ledger in a temporary folder, for benchmarks that append to it: the original is only
/// read (SQLite's online backup, which sees a consistent state even while another process writes).
struct BenchScratch {
    let folder: String
    var path: String { (folder as NSString).appendingPathComponent("ledger.sqlite") }

    static func copy(of source: String) throws -> BenchScratch {
        guard case .ledger = LedgerFile.inspect(source) else {
            printError("\(source): not a ledger; nothing to copy")
            throw LedgerExit.usage
        }
        let template = (NSTemporaryDirectory() as NSString).appendingPathComponent("ledger-bench.XXXXXX")
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else {
            printError("cannot make a temporary folder for the copy: \(String(cString: strerror(errno)))")
            throw LedgerExit.ledgerError
        }
        let scratch = BenchScratch(folder: String(cString: made))
        do {
            let original = try Ledger(path: source, mode: .readOnly)
            let target = try DatabaseQueue(path: scratch.path)
            try original.writer.backup(to: target)
            try target.close()
        } catch {
            scratch.remove()
            printError("\(source): cannot copy the ledger: \(error)")
            throw LedgerExit.ledgerError
        }
        return scratch
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }
}
