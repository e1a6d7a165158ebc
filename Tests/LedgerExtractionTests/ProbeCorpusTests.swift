import Foundation
import LedgerCore
import Testing
@testable import LedgerExtraction

/// The probe corpus (`Tests/ProbeCorpus`): 110 reports written apart from the extractor, in the styles
/// of real outlets. Its scores are far from perfect; they must not drop below the committed
/// `Tests/ProbeCorpus/baseline.json`, raised in the same commit as the rule that raises them.
@Suite("Probe corpus")
struct ProbeCorpusTests {
    static var folder: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("ProbeCorpus") }

    @Test("precision and recall per language and measure hold the probe corpus's baseline")
    func score() throws {
        let goldDir = Self.folder.appendingPathComponent("gold"), reports = Self.folder.appendingPathComponent("reports")
        let golds = try FileManager.default.contentsOfDirectory(at: goldDir, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        let baseline = try JSONDecoder().decode(
            CorpusTests.Baseline.self, from: Data(contentsOf: Self.folder.appendingPathComponent("baseline.json")))
        #expect(golds.count == baseline.reports)
        var stats: [String: CorpusTests.Tally] = [:]
        for url in golds {
            let gold = try JSONDecoder().decode(CorpusTests.Gold.self, from: Data(contentsOf: url))
            let path = reports.appendingPathComponent(gold.file)
            let text = String(decoding: try Data(contentsOf: path), as: UTF8.self)
            let meta = try? JSONSerialization.jsonObject(with: Data(contentsOf: path.deletingPathExtension().appendingPathExtension("meta.json"))) as? [String: Any]
            let published = (meta?["published"] as? String).flatMap { Day(iso: $0) }
            let e = Extractor().extract(text: text, report: ReportMeta(contentHash: String(repeating: "0", count: 64), published: published))
            checkInvariants(e, text: text)
            CorpusTests.score(gold, e.claims, into: &stats[gold.language ?? e.language, default: CorpusTests.Tally()])
        }
        for (lang, s) in stats.sorted(by: { $0.key < $1.key }) {
            print("probe [\(lang)] killed recall \(s.killedRecall)% precision \(s.killedPrecision)% wounded recall \(s.woundedRecall)%")
            let floor = try #require(baseline.languages[lang], "no baseline for \(lang)")
            #expect(s.killedGold > 0)
            #expect(s.killedRecall >= floor.killedRecall, "\(lang): killed recall \(s.killedRecall) < \(floor.killedRecall)")
            #expect(s.killedPrecision >= floor.killedPrecision, "\(lang): killed precision \(s.killedPrecision) < \(floor.killedPrecision)")
            #expect(s.woundedRecall >= floor.woundedRecall, "\(lang): wounded recall \(s.woundedRecall) < \(floor.woundedRecall)")
        }
    }
}
