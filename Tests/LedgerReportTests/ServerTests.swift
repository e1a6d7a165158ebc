import Foundation
import LedgerCore
import LedgerProjections
import LedgerReport
import LedgerServer
import LedgerStore
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@Suite("ledger serve")
struct ServerTests {
    /// Runs the server on a free loopback port for `body`, then stops it.
    func withServer(_ fx: ReportFixture, _ body: @Sendable (URL) async throws -> Void) async throws {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let ledger = fx.ledger
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await LedgerServer.serve(ledger: ledger, host: "127.0.0.1", port: 0, handleSignals: false) { continuation.yield($0) }
            }
            var it = ports.makeAsyncIterator()
            let port = try #require(await it.next())
            try await body(URL(string: "http://127.0.0.1:\(port)")!)
            group.cancelAll()
        }
    }

    func get(_ url: URL) async throws -> (Int, Data) {
        let (data, response) = try await URLSession.shared.data(from: url)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
    }

    func json(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("the API answers totals, explain and as_of over a real loopback connection; pages are served with their policy")
    func api() async throws {
        let fx = try ReportFixture()
        let head = try fx.ledger.head().hash
        let claimID = try #require(try fx.data().reconciliation.claims.first { $0.claim.kind == .incident && $0.claim.value == 5 }?.id)
        try await withServer(fx) { base in
            let (status, data) = try await get(base.appendingPathComponent("api/totals"))
            #expect(status == 200)
            let totals = try json(data)
            #expect(totals["head"] as? String == head)
            let items = try #require(totals["items"] as? [[String: Any]])
            #expect(items.count == 1)
            #expect(items.first?["best"] as? Int == 3 && items.first?["high"] as? Int == 5)

            let (s2, d2) = try await get(base.appendingPathComponent("api/explain/\(claimID)"))
            #expect(s2 == 200)
            let explained = try json(d2)
            #expect(explained["type"] as? String == "claim")
            #expect((explained["in_incident"] as? String)?.hasPrefix("inc-") == true)
            let sentence = try #require(((explained["evidence"] as? [[String: Any]])?.first)?["sentence"] as? [String: Any])
            #expect(sentence["figure"] as? String == "٥" && sentence["dir"] as? String == "rtl")

            let (s3, _) = try await get(base.appendingPathComponent("api/explain/nothing-here"))
            #expect(s3 == 404)
            let (s4, d4) = try await get(URL(string: base.absoluteString + "/api/claims?as_of=2023-01-01")!)
            let claimsThen = try json(d4)
            #expect(s4 == 200 && claimsThen["count"] as? Int == 0)
            let (s5, _) = try await get(URL(string: base.absoluteString + "/api/incidents?through=not-a-day")!)
            #expect(s5 == 400)

            let (page, response) = try await URLSession.shared.data(from: base.appendingPathComponent("series.html"))
            let http = try #require(response as? HTTPURLResponse)
            #expect(http.statusCode == 200)
            #expect(http.value(forHTTPHeaderField: "Content-Security-Policy")?.contains("default-src 'none'") == true)
            #expect(occurrences(of: #"<circle class="pt""#, in: String(decoding: page, as: UTF8.self)) == 2)
        }
    }
}
