/// The numbered SQL migrations in `schema/`, the single source of truth for the database's shape.
///
/// The files are compiled into the module (`embedInCode` resources in Package.swift), so a copied or
/// installed `ledger` binary needs no resource folder. A file `NNN_name.sql` becomes the migration
/// `NNN_name`; migrations are applied in order by ``Ledger``. To add one, write the next numbered
/// file in `schema/` and list it in Package.swift.
public enum Schema {
    public struct Migration: Sendable, Equatable {
        public var identifier: String
        public var sql: String
    }

    /// Every migration, in order.
    public static func migrations() throws -> [Migration] {
        [
            Migration(identifier: "001_event_log", sql: String(decoding: PackageResources._01_event_log_sql, as: UTF8.self)),
            Migration(identifier: "002_read_models", sql: String(decoding: PackageResources._02_read_models_sql, as: UTF8.self)),
            Migration(identifier: "003_checkpoints", sql: String(decoding: PackageResources._03_checkpoints_sql, as: UTF8.self)),
            Migration(identifier: "004_binary_read_models", sql: String(decoding: PackageResources._04_binary_read_models_sql, as: UTF8.self)),
            Migration(
                identifier: "005_windowed_projections",
                sql: String(decoding: PackageResources._05_windowed_projections_sql, as: UTF8.self)),
            Migration(identifier: "006_event_log_checks", sql: String(decoding: PackageResources._06_event_log_checks_sql, as: UTF8.self)),
            Migration(identifier: "007_totals_history", sql: String(decoding: PackageResources._07_totals_history_sql, as: UTF8.self)),
            Migration(identifier: "008_link_facts_index", sql: String(decoding: PackageResources._08_link_facts_index_sql, as: UTF8.self)),
            Migration(identifier: "009_read_model_history", sql: String(decoding: PackageResources._09_read_model_history_sql, as: UTF8.self)),
            Migration(
                identifier: "010_totals_history_spans",
                sql: String(decoding: PackageResources._10_totals_history_spans_sql, as: UTF8.self)),
            Migration(
                identifier: "011_decision_withdrawn",
                sql: String(decoding: PackageResources._11_decision_withdrawn_sql, as: UTF8.self)),
            Migration(
                identifier: "012_readable_read_models",
                sql: String(decoding: PackageResources._12_readable_read_models_sql, as: UTF8.self)),
            Migration(
                identifier: "013_totals_view_as_command",
                sql: String(decoding: PackageResources._13_totals_view_as_command_sql, as: UTF8.self)),
        ]
    }
}
