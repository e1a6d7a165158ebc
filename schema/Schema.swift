/// Every SQL migration of a ledger, in the one order they are applied: the single source of truth for
/// the database's shape.
///
/// The files sit beside this one, in a folder per owner: `event-log/` holds the migrations of the
/// hash-chained log (LedgerStore appends to and verifies it), `read-models/` those of the tables
/// folded from it (LedgerProjections writes and rebuilds them; none of them is evidence). The numbers
/// run across both folders; this list is the order. LedgerStore applies the whole list when a ledger
/// is opened (a ledger is complete whichever program opens it), and LedgerProjections reads its part
/// (``migrations(of:)``) for the tables it owns.
///
/// The files are compiled into the module (`embedInCode` resources in Package.swift), so a copied or
/// installed `ledger` binary needs no resource folder. A file `NNN_name.sql` becomes the migration
/// `NNN_name` (identifiers never change: they are recorded in every ledger). To add one, write the
/// next numbered file in its owner's folder, list it here and in Package.swift.
public enum Schema {
    /// Which module's tables a migration shapes.
    public enum Owner: String, Sendable, CaseIterable {
        /// The event log (`events`, `ledger_info`): LedgerStore.
        case eventLog = "event-log"
        /// The read models, their history and checkpoints (`rm_*`, the readable views): LedgerProjections.
        case readModels = "read-models"
    }

    /// One migration: its identifier (the file name without `.sql`), its owner and its SQL.
    public struct Migration: Sendable, Equatable {
        /// `NNN_name`, as recorded in a ledger's `grdb_migrations`.
        public var identifier: String
        /// The module whose tables it shapes (and the folder its file is in).
        public var owner: Owner
        /// The file's text.
        public var sql: String

        /// The file's path under `schema/`.
        public var file: String { "\(owner.rawValue)/\(identifier).sql" }
    }

    /// Every migration, in order.
    public static func migrations() throws -> [Migration] {
        func m(_ identifier: String, _ owner: Owner, _ bytes: [UInt8]) -> Migration {
            Migration(identifier: identifier, owner: owner, sql: String(decoding: bytes, as: UTF8.self))
        }
        return [
            m("001_event_log", .eventLog, PackageResources._01_event_log_sql),
            m("002_read_models", .readModels, PackageResources._02_read_models_sql),
            m("003_checkpoints", .readModels, PackageResources._03_checkpoints_sql),
            m("004_binary_read_models", .readModels, PackageResources._04_binary_read_models_sql),
            m("005_windowed_projections", .readModels, PackageResources._05_windowed_projections_sql),
            m("006_event_log_checks", .eventLog, PackageResources._06_event_log_checks_sql),
            m("007_totals_history", .readModels, PackageResources._07_totals_history_sql),
            m("008_link_facts_index", .readModels, PackageResources._08_link_facts_index_sql),
            m("009_read_model_history", .readModels, PackageResources._09_read_model_history_sql),
            m("010_totals_history_spans", .readModels, PackageResources._10_totals_history_spans_sql),
            m("011_decision_withdrawn", .eventLog, PackageResources._11_decision_withdrawn_sql),
            m("012_readable_read_models", .readModels, PackageResources._12_readable_read_models_sql),
            m("013_totals_view_as_command", .readModels, PackageResources._13_totals_view_as_command_sql),
            m("014_incident_history_open_records", .readModels, PackageResources._14_incident_history_open_records_sql),
            m("015_as_of_indexes", .readModels, PackageResources._15_as_of_indexes_sql),
            m("016_as_of_summary_indexes", .readModels, PackageResources._16_as_of_summary_indexes_sql),
            m("017_history_triggers_written_once", .readModels, PackageResources._17_history_triggers_written_once_sql),
        ]
    }

    /// The migrations `owner` owns, in order.
    public static func migrations(of owner: Owner) throws -> [Migration] {
        try migrations().filter { $0.owner == owner }
    }

    /// The event log's migrations on a PostgreSQL server (`postgres/`), in order: a parallel list,
    /// applied by LedgerPostgres and recorded in the server's `ledger_migrations`: the log, then the
    /// read models' mirror tables and readable views (written by the writers, in the append's
    /// transaction, from the local SQLite cache they fold the log into).
    public static func postgresMigrations() -> [Migration] {
        [
            Migration(identifier: "001_pg_event_log", owner: .eventLog, sql: String(decoding: PackageResources._01_pg_event_log_sql, as: UTF8.self)),
            Migration(identifier: "002_pg_read_models", owner: .readModels, sql: String(decoding: PackageResources._02_pg_read_models_sql, as: UTF8.self)),
        ]
    }

    /// `postgres/roles.sql`: the least-privilege writer and reader roles, for an administrator to run.
    public static var postgresRoles: String { String(decoding: PackageResources.roles_sql, as: UTF8.self) }
}
