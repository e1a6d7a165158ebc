import Foundation
import LedgerTestSupport

/// Report files written for the writer tests: short invented sentences, one figure or two each.
enum ReportFiles {
    static let places = ["Hajin", "al-Shuhayl", "Raqqa", "Manbij", "al-Bab", "Deir ez-Zor", "Tabqa"]

    /// Writes `count` distinct reports named `prefix-N.txt` into `dir` and returns their paths.
    static func write(_ count: Int, prefix: String, in dir: TemporaryDirectory) throws -> [String] {
        try (0..<count).map { i in
            let day = i % 27 + 1
            let text = """
                \(prefix) bulletin \(i): \(i % 9 + 2) civilians were killed and \(i % 5 + 1) were wounded \
                in \(places[i % places.count]) on 2023-04-\(String(format: "%02d", day)), a local monitor said.
                """
            return try dir.write("\(prefix)/\(prefix)-\(i).txt", text)
        }
    }
}
