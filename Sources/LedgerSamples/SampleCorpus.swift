import Foundation

/// The bundled sample corpus: synthetic reports in the styles of the report-patterns guide, their
/// metadata sidecars (`NAME.meta.json`) and hand-labelled expected claims (`gold/NNN.json`).
public enum SampleCorpus {
    /// The folder holding `reports/` and `gold/`.
    public static var root: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Corpus", isDirectory: true)
    }

    /// The report texts, sorted by name.
    public static var reportsDirectory: URL { root.appendingPathComponent("reports", isDirectory: true) }

    /// The expected claims, one `NNN.json` per report.
    public static var goldDirectory: URL { root.appendingPathComponent("gold", isDirectory: true) }

    /// URLs of every report text in the corpus, sorted by file name.
    public static func reportFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: reportsDirectory, includingPropertiesForKeys: nil)
            .filter { ["txt", "md", "html"].contains($0.pathExtension) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
