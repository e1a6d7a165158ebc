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

    /// Writes the pages into `dir` (created when missing); returns the overview's path.
    @discardableResult
    public func write(to dir: String) throws -> String {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
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
