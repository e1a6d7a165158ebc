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

    @Test("precision and recall per language")
    func score() throws {
        let goldDir = SampleCorpus.goldDirectory
        let golds = ((try? FileManager.default.contentsOfDirectory(at: goldDir, includingPropertiesForKeys: nil)) ?? []).filter { $0.pathExtension == "json" }
        guard !golds.isEmpty else { print("skipping: the sample corpus has no gold files yet"); return }
        let counted: Set<String> = ["incident", "tally_total", "tally_part"]
        var stats: [String: (kg: Int, kh: Int, ko: Int, kf: Int, wg: Int, wh: Int)] = [:]
        for url in golds.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) {
            guard let gold = try? JSONDecoder().decode(Gold.self, from: Data(contentsOf: url)) else { continue }
            let path = SampleCorpus.reportsDirectory.appendingPathComponent(gold.file)
            guard let data = FileManager.default.contents(atPath: path.path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            var published: Day?
            let metaPath = path.deletingPathExtension().appendingPathExtension("meta.json")
            if let m = FileManager.default.contents(atPath: metaPath.path),
               let obj = try? JSONSerialization.jsonObject(with: m) as? [String: Any], let p = obj["published"] as? String {
                published = Day(iso: p)
            }
            let e = Extractor().extract(text: text, report: ReportMeta(contentHash: String(repeating: "0", count: 64), published: published))
            checkInvariants(e, text: text)
            let lang = gold.language ?? e.language
            var s = stats[lang] ?? (0, 0, 0, 0, 0, 0)
            for m in ["killed", "wounded"] {
                var want = gold.claims.filter { $0.measure == m && counted.contains($0.role) }.map(\.value)
                let got = e.claims.filter { $0.measure.rawValue == m }.map(\.value)
                var hits = 0
                for g in got { if let k = want.firstIndex(of: g) { want.remove(at: k); hits += 1 } }
                let total = gold.claims.filter { $0.measure == m && counted.contains($0.role) }.count
                if m == "killed" {
                    s.kg += total; s.kh += hits; s.ko += got.count
                    let anyGold = Set(gold.claims.filter { $0.measure == "killed" }.map(\.value))
                    s.kf += got.filter { !anyGold.contains($0) }.count
                } else { s.wg += total; s.wh += hits }
            }
            stats[lang] = s
        }
        var all = (kg: 0, kh: 0, ko: 0, kf: 0, wg: 0, wh: 0)
        for (lang, s) in stats.sorted(by: { $0.key < $1.key }) {
            func pct(_ a: Int, _ b: Int) -> Double { b == 0 ? 100 : 100 * Double(a) / Double(b) }
            print("corpus [\(lang)] killed recall \(pct(s.kh, s.kg))% precision \(pct(s.ko - s.kf, s.ko))% wounded recall \(pct(s.wh, s.wg))%")
            all.kg += s.kg; all.kh += s.kh; all.ko += s.ko; all.kf += s.kf; all.wg += s.wg; all.wh += s.wh
        }
        if all.kg > 0 { #expect(Double(all.kh) / Double(all.kg) >= 0.85) }
        if all.ko > 0 { #expect(Double(all.ko - all.kf) / Double(all.ko) >= 0.9) }
        if all.wg > 0 { #expect(Double(all.wh) / Double(all.wg) >= 0.75) }
    }
}
