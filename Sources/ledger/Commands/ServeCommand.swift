import ArgumentParser
import Foundation
import LedgerKit
import LedgerServer

/// `ledger serve`: the report's pages and a JSON API, live from the ledger.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the report's pages and a read-only JSON API from the ledger (loopback by default).",
        discussion: """
            Pages as `ledger report` writes them, live; and the API (docs/openapi.yaml): /api/claims, \
            /api/incidents, /api/totals, /api/discrepancies, /api/explain/{id}. Every page and call takes \
            as_of and through (?as_of=2023-06-30&through=2023-06-30). Only GET: nothing is written. Stop it with Ctrl-C.
            """)

    @OptionGroup var ledger: LedgerOptions

    @Option(name: .long, help: "The port (0: any free port, printed).") var port: Int = 8080

    @Option(name: .long, help: ArgumentHelp("The address to listen on (another than loopback opens the ledger to the network).", valueName: "address"))
    var host: String = "127.0.0.1"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0...65535, not \(port)") }
    }

    func run() throws {
        let handle = try Projections.openCurrent(ledger)
        if ledger.session.isPostgres { Self.keepCaughtUp(ledger.session) }
        let host = host, done = DispatchSemaphore(value: 0), failure = FailureBox()
        Task {
            do {
                try await LedgerServer.serve(ledger: handle, host: host, port: port) { bound in
                    out("Serving \(ledger.db) at http://\(host):\(bound)/ (API at /api/…); Ctrl-C stops.\n")
                    FileHandleOutput.stdout.flush()
                }
            } catch {
                failure.set(error)
            }
            done.signal()
        }
        done.wait()
        if let error = failure.get() {
            printError("serve: \(error)")
            throw LedgerExit.ledgerError
        }
    }
}

extension ServeCommand {
    /// Seconds between two catch-ups of a PostgreSQL ledger's local read models.
    static let catchUpInterval = 5.0

    /// A PostgreSQL ledger is appended to from other machines: the local read models the pages are
    /// built from are caught up with the server's log every few seconds (the answers are keyed by the
    /// ledger's head, so a page asked after an append is built again).
    static func keepCaughtUp(_ session: LedgerSession) {
        Thread.detachNewThread {
            while true {
                Thread.sleep(forTimeInterval: catchUpInterval)
                do { _ = try session.current() } catch { printError("serve: catching up with the server: \(error)") }
            }
        }
    }
}

/// An error handed from the server's task back to the command's thread.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var error: (any Error)?
    func set(_ e: any Error) { lock.withLock { error = e } }
    func get() -> (any Error)? { lock.withLock { error } }
}
