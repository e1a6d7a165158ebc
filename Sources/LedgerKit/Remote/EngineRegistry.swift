import Foundation
import LedgerStore

/// The engines registered with ``LedgerSession/register(engine:)``, by URL scheme.
final class EngineRegistry: @unchecked Sendable {
    // @unchecked: `engines` is used only under `lock`.
    private let lock = NSLock()
    private var engines: [String: any RemoteLedgerEngine] = [:]

    static let shared = EngineRegistry()

    func register(_ engine: any RemoteLedgerEngine) {
        lock.withLock { for scheme in engine.schemes { engines[scheme.lowercased()] = engine } }
    }

    func engine(scheme: String) -> (any RemoteLedgerEngine)? {
        lock.withLock { engines[scheme.lowercased()] }
    }
}

/// A session's path is a URL whose scheme no registered engine opens.
public struct EngineNotRegistered: Error, Equatable, Sendable, CustomStringConvertible {
    /// The URL's scheme (`postgres`).
    public var scheme: String

    /// The error for a URL with `scheme`.
    public init(scheme: String) { self.scheme = scheme }

    /// The product that holds the engine for the scheme, when LedgerKit knows it.
    public var product: String? {
        ["postgres", "postgresql"].contains(scheme) ? "LedgerKitPostgres" : nil
    }

    public var description: String {
        guard let product else {
            return "no ledger engine is registered for \(scheme):// URLs (register one with LedgerSession.register(engine:))"
        }
        return "a \(scheme):// ledger needs the PostgreSQL engine: add the \(product) product to your target, "
            + "`import \(product)` and call `LedgerSession.register(engine: PostgresEngine())` once at start-up"
    }
}

extension LedgerSession {
    /// Makes `engine` open the ledgers whose path is a URL with one of its schemes (replacing an
    /// engine registered earlier for them). Call it once, before the first session on such a URL.
    public static func register(engine: any RemoteLedgerEngine) {
        EngineRegistry.shared.register(engine)
    }

    /// The scheme of `path` when it is a URL (`postgres` for `postgres://…`); nil for a file path.
    public var urlScheme: String? {
        guard let end = path.range(of: "://")?.lowerBound, end > path.startIndex else { return nil }
        let scheme = path[..<end]
        guard scheme.first!.isASCII, scheme.first!.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return scheme.lowercased()
    }

    /// Whether the ledger is on a server (its path is a URL) rather than in a SQLite file.
    public var isRemote: Bool { urlScheme != nil }

    /// Whether the session's ledger is on a PostgreSQL server (its path is a `postgres://` or
    /// `postgresql://` URL).
    public var isPostgres: Bool { urlScheme == "postgres" || urlScheme == "postgresql" }

    /// The engine of a ledger on a server; nil for a SQLite file.
    /// - Throws: ``EngineNotRegistered`` when the path is a URL no registered engine opens.
    public func remoteEngine() throws -> (any RemoteLedgerEngine)? {
        guard let scheme = urlScheme else { return nil }
        guard let engine = EngineRegistry.shared.engine(scheme: scheme) else { throw EngineNotRegistered(scheme: scheme) }
        return engine
    }

    /// The engine of a ledger that must be on a server.
    func requireRemoteEngine() throws -> any RemoteLedgerEngine {
        guard let engine = try remoteEngine() else {
            throw LedgerError.database(path: path, detail: "not a server ledger URL (postgres://user@host:port/database)")
        }
        return engine
    }
}
