import Foundation
import LedgerCore
import LedgerStore

/// A temporary folder removed when the value is released.
public final class TemporaryDirectory: @unchecked Sendable {
    // @unchecked: the URL is immutable after init; deinit only removes the folder.
    public let url: URL

    public init(_ label: String = "ledger-test") {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes a file and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        let p = path(name)
        try FileManager.default.createDirectory(
            atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: p))
        return p
    }

    @discardableResult
    public func write(_ name: String, bytes: [UInt8]) throws -> String {
        let p = path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: p))
        return p
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// Builds reports and claims for tests without the extractor.
public enum Fixture {
    public static func report(_ text: String, publisher: String? = "Test Monitor", published: String? = "2023-06-10", source: String? = nil)
        -> ReportIngested
    {
        let hash = EventHash.sha256Hex(Array(text.utf8))
        return ReportIngested(
            report: ReportMeta(contentHash: hash, source: source, publisher: publisher, published: published.flatMap { Day(iso: $0) }),
            text: text)
    }

    public static func claim(
        in report: ReportIngested, index: Int, measure: Measure = .killed, value: Int, kind: ClaimKind = .incident,
        role: ClaimRole = .total, parent: String? = nil, category: VictimCategory = .all, place: String? = nil,
        admin1: String? = nil, day: String? = nil, period: (String?, String?)? = nil
    ) -> Claim {
        let text = report.text
        let id = "\(report.report.shortHash)-\(index)"
        return Claim(
            id: id, measure: measure, value: value, kind: kind, role: role, parent: parent, category: category,
            place: place.map { Place(name: $0, text: $0, admin1: admin1) },
            period: period.map { Period(start: $0.0.flatMap { Day(iso: $0) }, end: $0.1.flatMap { Day(iso: $0) }, text: "period") },
            eventDate: day.map { EventDate(day: Day(iso: $0), text: $0) },
            span: Span(start: 0, end: text.unicodeScalars.count, text: text), report: report.report.contentHash)
    }

    /// A prepared report with the given claims.
    public static func prepared(_ report: ReportIngested, _ claims: [Claim]) -> PreparedReport {
        PreparedReport(report: report, claims: claims.map { ClaimExtracted(claim: $0, extractorVersion: "test") })
    }

    /// `count` distinct generated reports with two claims each.
    public static func generatedReports(_ count: Int, seed: Int = 0) -> [PreparedReport] {
        (0..<count).map { i in
            let r = report("Report \(seed)-\(i): \(i % 7 + 1) civilians were killed in village \(i % 13).")
            return prepared(r, [
                claim(in: r, index: 0, value: i % 7 + 1, category: .civilians, place: "village-\(i % 13)", admin1: "deir ez-zor", day: "2023-03-\(String(format: "%02d", i % 28 + 1))"),
                claim(in: r, index: 1, measure: .wounded, value: i % 3, category: .civilians),
            ])
        }
    }
}

/// Where the package's source tree is, for tests that read repository files or run the built binary.
public enum PackagePaths {
    /// The package root (the folder holding Package.swift).
    public static var root: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    /// `../shared/seeds` beside the repository, when it exists.
    public static var seeds: URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/seeds", isDirectory: true)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The `ledger` executable built with the tests.
    public static var ledgerBinary: URL? {
        var candidates: [URL] = []
        if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent().appendingPathComponent("ledger")) }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("ledger"))
        for config in ["debug", "release"] {
            candidates.append(root.appendingPathComponent(".build/\(config)/ledger"))
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}

/// The result of running the `ledger` binary.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs the built `ledger` binary with arguments and optional standard input. `environment` adds to
/// (or replaces in) the test's environment; `COLUMNS` is left out unless given, so that the
/// terminal the tests run in does not change what they see.
public func runLedger(
    _ arguments: [String], stdin: [UInt8]? = nil, cwd: URL? = nil, environment: [String: String] = [:]
) throws -> CommandResult {
    guard let binary = PackagePaths.ledgerBinary else {
        throw NSError(domain: "LedgerTestSupport", code: 1, userInfo: [NSLocalizedDescriptionKey: "ledger binary not built"])
    }
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["COLUMNS"] = nil
    process.environment = env.merging(environment) { _, given in given }
    if let cwd { process.currentDirectoryURL = cwd }
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin)) }
    try input.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
}
