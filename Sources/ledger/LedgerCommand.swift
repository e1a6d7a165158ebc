import ArgumentParser
import Foundation
import LedgerKit
import LedgerKitPostgres

@main
struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: "An auditable, event-sourced ledger of casualty reports.",
        discussion: """
            CasualtyLedger reads casualty reports (Arabic and English), extracts every figure they state as a \
            claim, appends the claims to a hash-chained event log in SQLite, and reconciles them: running \
            totals against incidents, breakdowns against totals, one source against another.

            Start with `ledger demo`, which ingests the bundled sample corpus into a fresh ledger and prints \
            the reconciled totals and every discrepancy. Then:
              ledger ingest reports/ --publisher "North Press"   append reports (idempotent)
              ledger extract report.txt                          claims, without a ledger
              ledger totals --through 2023-06-30                 reconciled totals
              ledger discrepancies --min-severity warning        what does not hold together
              ledger verify                                      re-walk the hash chain

            Every command takes --db PATH (default $LEDGER_DB, else ledger.sqlite); --db postgres://user@host/db \
            works on a ledger on a PostgreSQL server. Exit codes: 0 success; 1 the check failed \
            (verify found a broken chain, a score missed its target); 2 usage error; 3 bad input (a report \
            could not be read: the others were still processed); 4 the ledger could not be opened or written.
            """,
        version: "0.1.0",
        subcommands: [
            ExtractCommand.self,
            IngestCommand.self,
            VerifyCommand.self,
            CopyCommand.self,
            LogCommand.self,
            ClaimsCommand.self,
            IncidentsCommand.self,
            SeriesCommand.self,
            TotalsCommand.self,
            DiscrepanciesCommand.self,
            ExplainCommand.self,
            CorrectCommand.self,
            RetractCommand.self,
            LinkCommand.self,
            UnlinkCommand.self,
            AutolinkCommand.self,
            WithdrawCommand.self,
            RebuildCommand.self,
            DemoCommand.self,
            ReplayCommand.self,
            DiffCommand.self,
            ExportCommand.self,
            CheckpointCommand.self,
            CompactCommand.self,
            BenchCommand.self,
            ReportCommand.self,
            ServeCommand.self,
        ]
    )

    /// Parses and runs a command, with the exit codes the README documents: ArgumentParser's own
    /// usage errors (an unknown option, a bad value, a `ValidationError`) exit with 2, not the
    /// sysexits code 64 it uses by default.
    static func main() {
        // `--db postgres://…` on every command: LedgerKit routes such sessions to this engine.
        LedgerSession.register(engine: PostgresEngine())
        do {
            var command = try parseAsRoot(nil)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // Help (and the version): laid out here, so that no example command is broken in two.
                let text = fullMessage(for: error, columns: 10_000)
                FileHandleOutput.stdout.write(HelpLayout.layout(text, width: Terminal.width ?? 80) + "\n")
                FileHandleOutput.stdout.flush()
                Foundation.exit(0)
            }
            guard code == .validationFailure else { exit(withError: error) }
            var stderr = StandardError()
            print(fullMessage(for: error), to: &stderr)
            FileHandleOutput.stdout.flush()
            Foundation.exit(LedgerExit.usage.rawValue)
        }
    }
}
