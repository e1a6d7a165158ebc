@testable import LedgerStore
import Testing

/// Issue 14, item 2: anchors as people copy them.
@Suite("Chain anchors")
struct ChainAnchorTests {
    static let hash = "8e4f2de9b35503115bb192972ae22c0ce6093b262662d58f7e08b246704f6c47"

    func matches(_ anchor: String, _ hash: String = hash) throws -> Bool {
        let parsed = try ChainAnchor(parsing: anchor)
        return Array(hash.utf8).withUnsafeBytes { parsed.matches($0) }
    }

    @Test("whole, 16-digit, 8-digit and upper-case forms match", arguments: [
        hash, String(hash.prefix(16)), String(hash.prefix(8)), hash.uppercased(), " " + String(hash.prefix(12)) + " ",
    ])
    func accepted(_ anchor: String) throws {
        #expect(try matches(anchor))
    }

    @Test("another hash's prefix does not match")
    func other() throws {
        #expect(try !matches("8e4f2de9b35503116"))
        #expect(try !matches("0e4f2de9"))
    }

    @Test("malformed anchors are a usage problem", arguments: ["", "8e4f2de", "8e4f2de9x", hash + "0", "8e4f 2de9b", "g0000000"])
    func malformed(_ anchor: String) {
        #expect(throws: ChainAnchor.Problem.malformed(anchor)) { try ChainAnchor(parsing: anchor) }
    }
}
