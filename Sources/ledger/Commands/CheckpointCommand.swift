import ArgumentParser
import GRDB
import LedgerExport
import LedgerProjections
import LedgerStore

/// `ledger checkpoint`: write, list or drop projection checkpoints.
struct CheckpointCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkpoint",
        abstract: "Write projection checkpoints, from which --as-of replays start.",
        discussion: """
            A checkpoint is the fold of the log's first N events, stored in the ledger. It is derived data: \
            --drop deletes them all and nothing is lost, and a replay from a checkpoint equals a replay \
            from the first event. `ledger ingest` writes one by itself, at event 50,000. A checkpoint \
            is a snapshot of the whole fold: writing one on a large ledger holds it in memory (about \
            2 KB a claim). Most --as-of queries need none: they read the history the \
            projector keeps of every read model. A replay serves the times that history cannot place \
            (events recorded out of order around them, or before the history began).

            Examples:
              ledger checkpoint                 write one every 50,000 events
              ledger checkpoint --every 10000
              ledger checkpoint --list
              ledger checkpoint --drop
            """
    )

    @OptionGroup var ledger: LedgerOptions

    @Option(name: .long, help: "Events between checkpoints.")
    var every: Int64 = 50_000

    @OptionGroup var output: FormatOptions

    @Flag(name: .long, help: "List the checkpoints.")
    var list = false

    @Flag(name: .long, help: "Delete every checkpoint.")
    var drop = false

    func validate() throws {
        if every < 1 { throw ValidationError("--every must be at least 1") }
    }

    func run() throws {
        let ledger = try ledger.open()
        try withLedgerErrors {
            if drop {
                try ledger.writer.write { db in try Checkpoints.drop(db) }
                emit("dropped every checkpoint\n")
                return
            }
            if !list {
                let made = try Replayer.checkpoint(ledger, every: every)
                let line = made.isEmpty ? "no new checkpoint needed\n" : "wrote checkpoint(s) at event \(made.map(String.init).joined(separator: ", "))\n"
                // Beside machine-readable rows the sentence goes to standard error.
                if output.format == .table { emit(line) } else { FileHandleOutput.stderr.write(line) }
            }
            let all = try ledger.writer.read { db in try Checkpoints.list(db) }
            emit(try Output.render(all.map(CheckpointRow.init), as: output.format))
        }
    }
}

struct CheckpointRow: Tabular, Encodable {
    var seq: Int64
    var maxRecordedAt: String
    var bytes: Int

    enum CodingKeys: String, CodingKey { case seq = "event", maxRecordedAt = "serves_as_of_from", bytes }

    init(_ c: Checkpoint) {
        seq = c.seq
        maxRecordedAt = c.maxRecordedAt
        bytes = c.bytes
    }

    static let columns = ["event", "serves as-of from", "bytes"]
    var cells: [String] { [String(seq), maxRecordedAt, String(bytes)] }
}
