import Foundation
import LedgerStore

/// A file a command is asked to write (`export --out`): it never replaces what it did not make.
enum OutputFile {
    /// Refuses a path that holds a folder or a ledger, and one that holds any other file unless
    /// `force` (a usage error, exit 2, naming the path).
    static func checkReplaceable(_ path: String, force: Bool) throws {
        switch LedgerFile.inspect(path) {
        case .missing:
            return
        case .folder:
            printError("\(path): is a folder; give a file name for --out")
        case .ledger:
            printError("\(path): is a ledger; an export never replaces one (choose another --out)")
        case .foreign where force:
            return
        case .foreign:
            printError("\(path): a file is already there; it is left alone (choose another --out, or --force to replace it)")
        }
        throw LedgerExit.usage
    }
}
