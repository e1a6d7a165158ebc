import Foundation
import LedgerCore
import Testing
@testable import LedgerExtraction

/// The two real reports in `<repo>/../shared/seeds/`; skipped when that folder is absent.
@Suite("Seed reports")
struct SeedTests {
    static var seedsDir: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/seeds")
    }

    static func seed(_ prefix: String) -> String? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: seedsDir.path),
              let name = names.sorted().first(where: { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") }),
              let data = FileManager.default.contents(atPath: seedsDir.appendingPathComponent(name).path)
        else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Shown as a skip (not a pass) when `../shared/seeds` is not beside the checkout.
    static let seedsPresent = seed("000") != nil && seed("001") != nil

    @Test("seed 001: the 72-hour report", .enabled(if: seedsPresent, "../shared/seeds is absent"))
    func seed001() throws {
        let text = try #require(Self.seed("001"))
        let e = extract(text, published: "2022-12-29")
        checkInvariants(e, text: text)
        let cs = e.claims
        let ops = try #require(cs.first { $0.measure == .operations && $0.value == 204 })
        #expect(ops.kind == .tally)
        let total = try #require(cs.first { $0.measure == .killed && $0.value == 148 })
        #expect(total.kind == .tally && total.role == .total)
        let civ = try #require(cs.first { $0.measure == .killed && $0.value == 54 })
        #expect(civ.parent == total.id && civ.role == .part && civ.category == .civilians)
        let sdf = try #require(cs.first { $0.measure == .killed && $0.value == 93 })
        #expect(sdf.parent == total.id && sdf.category == .sdf)
        let isLeader = try #require(cs.first { $0.measure == .killed && $0.value == 1 && $0.category == .is })
        #expect(isLeader.parent == total.id && isLeader.role == .part)
        let women = try #require(cs.first { $0.measure == .killed && $0.value == 2 && $0.category == .women })
        #expect(women.parent == civ.id && women.role == .subset)
        let child = try #require(cs.first { $0.measure == .killed && $0.value == 1 && $0.category == .children })
        #expect(child.parent == civ.id && child.role == .subset)
        #expect(total.exclusions.contains { $0.contains("سجن غويران") })
        let wounded = try #require(cs.first { $0.measure == .wounded && $0.value == 1 })
        #expect(wounded.category == .sdf && wounded.eventDate?.day == Day(iso: "2022-12-26"))
        #expect(wounded.place?.name == "hawayij bu masa'a")
        #expect(cs.filter { $0.measure == .killed }.count == 6)
        #expect(!cs.contains { [.killed, .wounded, .killedOrWounded].contains($0.measure) && ($0.value == 72 || $0.value == 5) })
    }

    @Test("seed 000: the campaign report", .enabled(if: seedsPresent, "../shared/seeds is absent"))
    func seed000() throws {
        let text = try #require(Self.seed("000"))
        for published in [nil, "2021-01-23"] as [String?] {
            let e = extract(text, published: published)
            checkInvariants(e, text: text)
            let cs = e.claims
            let ops = try #require(cs.first { $0.measure == .operations && $0.value == 43 })
            #expect(ops.qualifier == .moreThan && ops.period?.start == Day(iso: "2021-01-01"))
            let pro = try #require(cs.first { $0.measure == .killed && $0.value == 31 })
            #expect([.regime, .russian, .iranBacked].contains(pro.category))
            let isDead = try #require(cs.first { $0.measure == .killed && $0.value == 17 })
            #expect(isDead.category == .is)
            #expect(cs.contains { $0.measure == .captured && $0.value == 1 })
            #expect(cs.contains { $0.measure == .killed && $0.value == 1 })
            #expect(!cs.contains { $0.value == 130 || $0.value == 2024 || $0.value == 16 || $0.value == 5 && $0.measure == .killed })
        }
    }
}
