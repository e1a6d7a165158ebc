import Foundation

/// The static report: every page, rendered, by file name.
public struct ReportSite: Sendable {
    /// File name and HTML of each page, overview first.
    public var pages: [(name: String, html: String)]

    /// Renders every page of `ctx`.
    public static func build(_ ctx: ReportContext, renderer: ReportRenderer? = nil) throws -> ReportSite {
        let renderer = try renderer ?? ReportRenderer()
        var pages: [(String, String)] = []
        for name in ReportPages.fixed { pages.append((name, ReportPages.render(name, ctx, renderer: renderer)!)) }
        for (key, claims) in ctx.sources {
            pages.append((PageLinks.sourceFile(key), renderer.render(SourcePage(ctx, key: key, claims: claims), template: "source")))
        }
        return ReportSite(pages: pages)
    }

    /// The file that marks a folder as one a report was written into (an earlier report is replaced).
    public static let marker = ".ledger-report"

    /// A folder that holds files but no report: the report is not written into it.
    public struct NotAReportFolder: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "\(path): a folder that holds other files; the report is written only into a new or empty folder, or over an earlier report" }
    }

    /// Writes the pages into `dir`: a new or empty folder, or one an earlier report was written into
    /// (its pages are replaced); returns the overview's path.
    /// - Throws: ``NotAReportFolder`` for a folder holding anything else (nothing is written).
    @discardableResult
    public func write(to dir: String) throws -> String {
        let fm = FileManager.default
        if let entries = try? fm.contentsOfDirectory(atPath: dir), !entries.isEmpty, !entries.contains(Self.marker) {
            throw NotAReportFolder(path: dir)
        }
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data("Written by `ledger report`; a later report replaces its pages.\n".utf8)
            .write(to: URL(fileURLWithPath: dir).appendingPathComponent(Self.marker))
        for (name, html) in pages {
            try Data(html.utf8).write(to: URL(fileURLWithPath: dir).appendingPathComponent(name), options: .atomic)
        }
        return URL(fileURLWithPath: dir).appendingPathComponent("index.html").path
    }

    /// The HTML of one page.
    public func page(_ name: String) -> String? { pages.first { $0.name == name }?.html }
}

/// The report's pages by file name: what the static site writes and the server serves.
public enum ReportPages {
    /// Every page but the sources' own.
    public static let fixed = [
        "index.html", "series.html", "reconciliation.html", "totals.html", "incidents.html", "discrepancies.html", "claims.html",
    ]

    /// Renders the page `name` (a fixed page or a source's), nil when there is none of that name.
    public static func render(_ name: String, _ ctx: ReportContext, renderer: ReportRenderer) -> String? {
        switch name {
        case "index.html", "": renderer.render(OverviewPage(ctx), template: "overview")
        case "series.html": renderer.render(SeriesPage(ctx), template: "series")
        case "reconciliation.html": renderer.render(ReconciliationPage(ctx), template: "reconciliation")
        case "totals.html": renderer.render(TotalsPage(ctx), template: "totals")
        case "incidents.html": renderer.render(IncidentsPage(ctx), template: "incidents")
        case "discrepancies.html": renderer.render(DiscrepanciesPage(ctx), template: "discrepancies", script: Style.filterScript)
        case "claims.html": renderer.render(ClaimsPage(ctx), template: "claims")
        default:
            ctx.sources.first { PageLinks.sourceFile($0.key) == name }.map {
                renderer.render(SourcePage(ctx, key: $0.key, claims: $0.claims), template: "source")
            }
        }
    }
}
