import Foundation
import HTTPTypes
import Hummingbird
import LedgerCore
import LedgerProjections
import LedgerReport
import LedgerStore
import Logging
import NIOCore

/// `ledger serve`: the report's pages, live from the ledger, and a read-only JSON API.
///
/// Every route is a GET; every answer names the ledger head it reflects and takes `as_of` and
/// `through` (as `--as-of` and `--through` do). Pages carry the same content security policy as the
/// static report, also as a header.
public enum LedgerServer {
    /// The application for `ledger`, bound to `host:port` (port 0: any free port, told to `onRunning`).
    public static func application(
        ledger: Ledger, host: String = "127.0.0.1", port: Int = 8080, onRunning: @escaping @Sendable (Int) -> Void = { _ in }
    ) throws -> some ApplicationProtocol {
        let cache = ReportCache(ledger: ledger)
        let renderer = try ReportRenderer()
        let router = Router()
        router.get("/") { request, _ in try await page("index.html", request, cache, renderer) }
        router.get("/{page}") { request, context in
            try await page(context.parameters.get("page") ?? "", request, cache, renderer)
        }
        router.get("/api/claims") { request, _ in
            try await api(request, cache) { APIDocuments.envelope($0.ctx.data, $0.ctx.data.reconciliation.claims) }
        }
        router.get("/api/incidents") { request, _ in
            try await api(request, cache) { APIDocuments.envelope($0.ctx.data, $0.ctx.data.reconciliation.incidents) }
        }
        router.get("/api/discrepancies") { request, _ in
            try await api(request, cache) { APIDocuments.envelope($0.ctx.data, $0.ctx.data.reconciliation.discrepancies) }
        }
        router.get("/api/totals") { request, _ in
            do {
                return json(.ok, try await cache.totals(query(request)))
            } catch let e as ReportQuery.Invalid { return problem(.badRequest, e.description) }
        }
        router.get("/api/explain/{id}") { request, context in
            let id = context.parameters.get("id") ?? ""
            return try await api(request, cache) { answer in
                guard let e = APIDocuments.explain(id, in: answer) else { throw NotFound(id: id) }
                return e
            }
        }
        return Application(
            router: router, configuration: .init(address: .hostname(host, port: port), serverName: "CasualtyLedger"),
            onServerRunning: { channel in onRunning(channel.localAddress?.port ?? port) },
            logger: Logger(label: "casualty-ledger.serve"))
    }

    struct NotFound: Error { var id: String }

    static func query(_ request: Request) throws -> ReportQuery {
        let q = request.uri.queryParameters
        return try ReportQuery(asOf: q["as_of"].map(String.init), through: q["through"].map(String.init))
    }

    static func page(_ name: String, _ request: Request, _ cache: ReportCache, _ renderer: ReportRenderer) async throws -> Response {
        let q: ReportQuery
        do { q = try query(request) } catch let e as ReportQuery.Invalid { return problem(.badRequest, e.description) }
        let answer = try await cache.answer(q)
        let html: String
        if let kept = await cache.page(name, of: answer) {
            html = kept
        } else {
            // Rendered outside the cache's actor: API calls are answered meanwhile.
            guard let fresh = ReportPages.render(name, answer.ctx, renderer: renderer) else {
                return problem(.notFound, "no page \(name)")
            }
            await cache.keep(fresh, page: name, of: answer)
            html = fresh
        }
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[HTTPField.Name("Content-Security-Policy")!] = Style.contentSecurityPolicy
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    static func api(_ request: Request, _ cache: ReportCache, _ body: @Sendable (ServedAnswer) throws -> some Encodable) async throws -> Response {
        do {
            let answer = try await cache.answer(query(request))
            return json(.ok, try APIDocuments.encode(try body(answer)))
        } catch let e as ReportQuery.Invalid {
            return problem(.badRequest, e.description)
        } catch let e as NotFound {
            return problem(.notFound, "no claim, incident or discrepancy '\(e.id)'")
        }
    }

    static func json(_ status: HTTPResponse.Status, _ data: Data) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func problem(_ status: HTTPResponse.Status, _ message: String) -> Response {
        json(status, (try? APIDocuments.encode(APIDocuments.Problem(error: message))) ?? Data())
    }

    /// Serves until the process is interrupted (SIGINT or SIGTERM) or, with `handleSignals` false, the
    /// task is cancelled.
    public static func serve(
        ledger: Ledger, host: String, port: Int, handleSignals: Bool = true, onRunning: @escaping @Sendable (Int) -> Void
    ) async throws {
        let app = try application(ledger: ledger, host: host, port: port, onRunning: onRunning)
        if handleSignals { try await app.runService() } else { try await app.runService(gracefulShutdownSignals: []) }
    }
}
