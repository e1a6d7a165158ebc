import Foundation
import LedgerCore
import LedgerSamples
import Testing
@testable import LedgerExtraction

/// Runs the extractor over the bundled sample corpus and scores death and injury figures against the gold labels.
@Suite("Sample corpus")
struct CorpusTests {
    struct Gold: Decodable {
        struct C: Decodable { var measure: String; var value: Int; var role: String }
        var file: String
        var language: String?
        var claims: [C]
    }

    /// The scores per language and measure that the corpus must keep: `corpus-baseline.json` beside
    /// this file, raised (or, deliberately, lowered) in the same commit as the change that moves them.
    struct Baseline: Decodable {
        struct Scores: Decodable {
            var killedRecall: Double
            var killedPrecision: Double
            var woundedRecall: Double
        }
        var languages: [String: Scores]
        var reports: Int
    }

    static var baselineURL: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("corpus-baseline.json") }

    struct Tally {
        var killedGold = 0, killedHit = 0, killedOut = 0, killedFalse = 0, woundedGold = 0, woundedHit = 0
        func pct(_ a: Int, _ b: Int) -> Double { b == 0 ? 100 : (100 * Double(a) / Double(b) * 10).rounded() / 10 }
        var killedRecall: Double { pct(killedHit, killedGold) }
        var killedPrecision: Double { pct(killedOut - killedFalse, killedOut) }
        var woundedRecall: Double { pct(woundedHit, woundedGold) }
    }

    /// Scores one report as `score-extract.py` does: values matched as a multiset per measure.
    static func score(_ gold: Gold, _ claims: [Claim], into s: inout Tally) {
        let counted: Set<String> = ["incident", "tally_total", "tally_part"]
        for m in ["killed", "wounded"] {
            var want = gold.claims.filter { $0.measure == m && counted.contains($0.role) }.map(\.value)
            let total = want.count
            let got = claims.filter { $0.measure.rawValue == m }.map(\.value)
            var hits = 0
            for g in got { if let k = want.firstIndex(of: g) { want.remove(at: k); hits += 1 } }
            if m == "killed" {
                s.killedGold += total; s.killedHit += hits; s.killedOut += got.count
                let anyGold = Set(gold.claims.filter { $0.measure == "killed" }.map(\.value))
                s.killedFalse += got.filter { !anyGold.contains($0) }.count
            } else {
                s.woundedGold += total; s.woundedHit += hits
            }
        }
    }

    @Test("precision and recall per language and measure hold the committed baseline; every gold file reads")
    func score() throws {
        let golds = try FileManager.default.contentsOfDirectory(at: SampleCorpus.goldDirectory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        let baseline = try JSONDecoder().decode(Baseline.self, from: Data(contentsOf: Self.baselineURL))
        #expect(golds.count == baseline.reports, "the corpus has \(golds.count) gold files, the baseline \(baseline.reports)")
        var stats: [String: Tally] = [:]
        for url in golds {
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: url))
            let path = SampleCorpus.reportsDirectory.appendingPathComponent(gold.file)
            let data = try #require(FileManager.default.contents(atPath: path.path), "\(url.lastPathComponent) names \(gold.file), which is missing")
            let text = String(decoding: data, as: UTF8.self)
            var published: Day?
            let metaPath = path.deletingPathExtension().appendingPathExtension("meta.json")
            if let m = FileManager.default.contents(atPath: metaPath.path) {
                let obj = try #require(try JSONSerialization.jsonObject(with: m) as? [String: Any], "\(metaPath.lastPathComponent) is not an object")
                published = (obj["published"] as? String).flatMap { Day(iso: $0) }
            }
            let e = Extractor().extract(text: text, report: ReportMeta(contentHash: String(repeating: "0", count: 64), published: published))
            checkInvariants(e, text: text)
            Self.score(gold, e.claims, into: &stats[gold.language ?? e.language, default: Tally()])
        }
        #expect(Set(stats.keys) == Set(baseline.languages.keys))
        for (lang, s) in stats.sorted(by: { $0.key < $1.key }) {
            print("corpus [\(lang)] killed recall \(s.killedRecall)% precision \(s.killedPrecision)% wounded recall \(s.woundedRecall)%")
            let floor = try #require(baseline.languages[lang], "no baseline for \(lang)")
            #expect(s.killedGold > 0 && s.woundedGold > 0, "\(lang): no figures scored")
            #expect(s.killedRecall >= floor.killedRecall, "\(lang): killed recall \(s.killedRecall) < baseline \(floor.killedRecall)")
            #expect(s.killedPrecision >= floor.killedPrecision, "\(lang): killed precision \(s.killedPrecision) < baseline \(floor.killedPrecision)")
            #expect(s.woundedRecall >= floor.woundedRecall, "\(lang): wounded recall \(s.woundedRecall) < baseline \(floor.woundedRecall)")
        }
    }
}
