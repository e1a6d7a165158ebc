// swift-tools-version: 6.1
import PackageDescription

/// Upcoming features also used by swift-log; they keep imports and existentials explicit.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "CasualtyLedger",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ledger", targets: ["ledger"]),
        .library(name: "LedgerCore", targets: ["LedgerCore"]),
        .library(name: "LedgerExtraction", targets: ["LedgerExtraction"]),
        .library(name: "LedgerStore", targets: ["LedgerStore"]),
        .library(name: "LedgerProjections", targets: ["LedgerProjections"]),
        .library(name: "LedgerExport", targets: ["LedgerExport"]),
        .library(name: "LedgerKit", targets: ["LedgerKit"]),
        // LedgerKit on a PostgreSQL server (`PostgresEngine`): the only product that builds postgres-nio.
        .library(name: "LedgerKitPostgres", targets: ["LedgerKitPostgres"]),
        .library(name: "LedgerReport", targets: ["LedgerReport"]),
        .library(name: "LedgerServer", targets: ["LedgerServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // The PostgreSQL engine of the event log (LedgerPostgres).
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // No traits: the server needs neither swift-configuration nor full Foundation (a shorter cold build).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        // Both already in Hummingbird's graph; named for NIOCore (the port `--port 0` bound) and HTTPTypes (header names).
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // Values shared by every stage: the claim record, report metadata, events, days, canonical JSON.
        .target(
            name: "LedgerCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            resources: [.embedInCode("Places/syria-gazetteer.json")],
            swiftSettings: swiftSettings
        ),
        // Report text -> claims. Pure functions of the text and its metadata.
        .target(name: "LedgerExtraction", dependencies: ["LedgerCore"], swiftSettings: swiftSettings),
        // Every migration of a ledger, in order: the SQL files in schema/, in a folder per owner
        // (event-log/ for LedgerStore, read-models/ for LedgerProjections), and the one list of them.
        .target(
            name: "LedgerSchema",
            path: "schema",
            resources: [
                .embedInCode("event-log/001_event_log.sql"),
                .embedInCode("read-models/002_read_models.sql"),
                .embedInCode("read-models/003_checkpoints.sql"),
                .embedInCode("read-models/004_binary_read_models.sql"),
                .embedInCode("read-models/005_windowed_projections.sql"),
                .embedInCode("event-log/006_event_log_checks.sql"),
                .embedInCode("read-models/007_totals_history.sql"),
                .embedInCode("read-models/008_link_facts_index.sql"),
                .embedInCode("read-models/009_read_model_history.sql"),
                .embedInCode("read-models/010_totals_history_spans.sql"),
                .embedInCode("event-log/011_decision_withdrawn.sql"),
                .embedInCode("read-models/012_readable_read_models.sql"),
                .embedInCode("read-models/013_totals_view_as_command.sql"),
                .embedInCode("read-models/014_incident_history_open_records.sql"),
                .embedInCode("read-models/015_as_of_indexes.sql"),
                .embedInCode("read-models/016_as_of_summary_indexes.sql"),
                .embedInCode("read-models/017_history_triggers_written_once.sql"),
                // The PostgreSQL engine's own list (Schema.postgresMigrations), applied by LedgerPostgres.
                .embedInCode("postgres/001_pg_event_log.sql"),
                .embedInCode("postgres/002_pg_read_models.sql"),
                .embedInCode("postgres/roles.sql"),
            ],
            swiftSettings: swiftSettings
        ),
        // The append-only, hash-chained event log in SQLite; applies every migration of LedgerSchema.
        .target(
            name: "LedgerStore",
            dependencies: [
                "LedgerCore",
                "LedgerSchema",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The SQLite C API, for the append and verify loops (RawStatement).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // The same hash-chained event log on a PostgreSQL server (postgres-nio); schema/postgres/.
        .target(
            name: "LedgerPostgres",
            dependencies: [
                "LedgerCore", "LedgerSchema", "LedgerStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // Read models folded from the log, and the reconciliation checks.
        .target(
            name: "LedgerProjections",
            dependencies: ["LedgerCore", "LedgerSchema", "LedgerStore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        // CSV / JSON / JSONL writers for claims, incidents, totals and discrepancies.
        .target(
            name: "LedgerExport",
            dependencies: ["LedgerCore", "LedgerProjections", "LedgerStore"],
            swiftSettings: swiftSettings
        ),
        // The library behind the `ledger` tool: ingest, queries, explain, diff, replay, export, verify.
        // SQLite only: a server engine is registered by the program (LedgerSession.register(engine:)).
        .target(
            name: "LedgerKit",
            dependencies: [
                "LedgerCore", "LedgerExtraction", "LedgerStore", "LedgerProjections", "LedgerExport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        // LedgerKit's engine for `postgres://` ledgers: the local read-model cache, the server writer.
        .target(
            name: "LedgerKitPostgres",
            dependencies: [
                "LedgerKit", "LedgerPostgres", "LedgerCore", "LedgerStore", "LedgerProjections",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        // The static report: page models built from the read models, rendered with Mustache templates.
        .target(
            name: "LedgerReport",
            dependencies: [
                "LedgerCore", "LedgerStore", "LedgerProjections", "LedgerExport", "LedgerKit",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        // `ledger serve`: the report's pages and a read-only JSON API over HTTP (Hummingbird).
        .target(
            name: "LedgerServer",
            dependencies: [
                "LedgerCore", "LedgerStore", "LedgerProjections", "LedgerReport", "LedgerKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        // The bundled sample corpus: reports, their metadata and hand-labelled expected claims.
        .target(name: "LedgerSamples", resources: [.copy("Corpus")], swiftSettings: swiftSettings),
        // The `ledger` command-line tool: parses arguments, calls LedgerKit, prints.
        .executableTarget(
            name: "ledger",
            dependencies: [
                "LedgerCore", "LedgerExtraction", "LedgerStore", "LedgerProjections", "LedgerExport",
                "LedgerKit", "LedgerKitPostgres", "LedgerSamples", "LedgerReport", "LedgerServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                "LedgerPostgres",
            ],
            swiftSettings: swiftSettings
        ),
        // Fixtures and temporary ledgers shared by the test targets.
        .target(
            name: "LedgerTestSupport",
            dependencies: ["LedgerCore", "LedgerStore", "LedgerSamples", "LedgerPostgres"],
            path: "Tests/LedgerTestSupport",
            swiftSettings: swiftSettings
        ),
        // The event-log contract on both engines (the PostgreSQL runs need LEDGER_TEST_PG), writers at
        // once, roles.
        .testTarget(
            name: "LedgerPostgresTests",
            dependencies: [
                "LedgerPostgres", "LedgerStore", "LedgerCore", "LedgerSchema", "LedgerTestSupport", "LedgerKit", "LedgerKitPostgres", "ledger",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "LedgerCoreTests", dependencies: ["LedgerCore"], swiftSettings: swiftSettings),
        .testTarget(
            name: "LedgerExtractionTests",
            dependencies: ["LedgerExtraction", "LedgerTestSupport", "LedgerSamples"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "LedgerStoreTests",
            dependencies: ["LedgerStore", "LedgerTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "LedgerProjectionsTests",
            dependencies: [
                "LedgerProjections", "LedgerExtraction", "LedgerTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "LedgerExportTests",
            dependencies: ["LedgerExport", "LedgerTestSupport", "LedgerExtraction", "LedgerProjections", "LedgerStore", "LedgerCore", "ledger"],
            swiftSettings: swiftSettings
        ),
        // Property-based fuzzing of the extractor and the report decoder (tools/fuzz.sh runs it for a set time).
        .testTarget(
            name: "LedgerFuzzTests",
            dependencies: [
                "LedgerCore", "LedgerExtraction",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: swiftSettings
        ),
        // Uses LedgerKit the way another program would: `import LedgerKit` and nothing else of this package.
        .testTarget(name: "LedgerKitTests", dependencies: ["LedgerKit"], swiftSettings: swiftSettings),
        .testTarget(
            name: "LedgerReportTests",
            dependencies: [
                "LedgerReport", "LedgerServer", "LedgerTestSupport", "LedgerExtraction", "LedgerProjections",
                "LedgerStore", "LedgerCore", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "LedgerCLITests",
            dependencies: ["LedgerTestSupport", "LedgerStore", "LedgerCore", "LedgerProjections", "ledger", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
    ]
)
