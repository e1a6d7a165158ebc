import ArgumentParser
import LedgerExtraction
import LedgerKit
import LedgerStore

/// The exit codes scripts can rely on (also listed in `ledger --help`).
enum LedgerExit {
    /// A check ran and failed: a broken chain, a missed target.
    static let checkFailed = ExitCode(1)
    /// The command line was wrong: an unknown option, a bad value, an id that names nothing.
    static let usage = ExitCode(2)
    /// One or more reports could not be read; the rest were processed.
    static let badInput = ExitCode(3)
    /// The ledger could not be opened, migrated or written.
    static let ledgerError = ExitCode(4)
}

/// Prints one line to standard error.
func printError(_ message: String) {
    var stderr = StandardError()
    print("ledger: \(message)", to: &stderr)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandleOutput.stderr.write(string)
    }
}

/// Runs `body`, turning ledger errors into one clear line and exit code 4, a broken chain into one
/// line and exit code 1, an id that names nothing into a usage error.
func withLedgerErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as LedgerError {
        printError(error.description)
        throw LedgerExit.ledgerError
    } catch let error as ChainConflict {
        printError(error.description)
        throw LedgerExit.ledgerError
    } catch let error as CopyProblem {
        printError(error.description)
        throw LedgerExit.ledgerError
    } catch let error as LedgerKitError {
        switch error {
        case .chainBroken(let message):
            printError(message)
            throw LedgerExit.checkFailed
        case .notFound, .noReports:
            throw ValidationError(error.description)
        }
    }
}
