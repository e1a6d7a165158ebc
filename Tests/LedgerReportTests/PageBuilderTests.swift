import Foundation
import LedgerCore
import LedgerProjections
import LedgerReport
import LedgerStore
import LedgerTestSupport
import Testing

@Suite("Report pages")
struct PageBuilderTests {
    @Test("report text is escaped everywhere: a <script> in a report shows as text, and only the page's own script is there")
    func escaping() throws {
        let fx = try ReportFixture()
        let site = try ReportSite.build(ReportContext(try fx.data()))
        let claims = try #require(site.page("claims.html"))
        #expect(claims.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        for (name, html) in site.pages {
            #expect(!html.contains("<script>alert"), "\(name)")
            #expect(occurrences(of: "<script", in: html) == (name == "discrepancies.html" ? 1 : 0), "\(name)")
            #expect(html.contains("Content-Security-Policy"), "\(name)")
        }
    }

    @Test("Arabic evidence is marked right-to-left and keeps its Arabic-Indic digits; tables use Western digits")
    func rightToLeft() throws {
        let fx = try ReportFixture()
        let site = try ReportSite.build(ReportContext(try fx.data()))
        let claims = try #require(site.page("claims.html"))
        #expect(claims.contains(#"<span class="ev" dir="rtl" lang="ar">قتل <mark>٥</mark> مدنيين"#))
        #expect(claims.contains(#"<span class="ev" dir="ltr" lang="en">On 30 January 2023 &lt;script&gt;"#))
        #expect(claims.contains(#"<bdi dir="rtl" lang="ar">شبكة الخابور</bdi>"#))
        let incidents = try #require(site.page("incidents.html"))
        #expect(incidents.contains(#"<td class="n">3</td><td class="n">3</td><td class="n">5</td>"#))
        #expect(!incidents.contains("٥"))
    }

    @Test("the figure's sentence is cut at the sentence ends around it")
    func sentence() {
        let text = "First line. Then 12 were killed today! Last."
        let s = EvidenceSentence(span: ReportFixture.span("12", in: text), text: text)
        #expect(s.before == "Then ")
        #expect(s.figure == "12")
        #expect(s.after == " were killed today!")
        #expect(s.inContext)
        let stale = EvidenceSentence(span: Span(start: 0, end: 2, text: "99"), text: text)
        #expect(!stale.inContext && stale.figure == "99")
    }

    @Test("a series chart draws one point per tally, against the incidents for the same scope and period")
    func chartPoints() throws {
        let fx = try ReportFixture()
        let ctx = ReportContext(try fx.data())
        #expect(ctx.series.count == 1)
        let chart = try #require(SeriesPage(ctx).charts.first)
        #expect(chart.points.map(\.value) == [4, 10])
        #expect(chart.points.map(\.best) == ["3", "3"])
        #expect(chart.points.map(\.low) == ["3", "3"])
        #expect(chart.points.map(\.high) == ["5", "5"])
        let html = try #require(try ReportSite.build(ctx).page("series.html"))
        #expect(occurrences(of: #"<circle class="pt""#, in: html) == 2)
        #expect(html.contains(#"data-points="2""#))
        #expect(html.contains(#"<polygon class="band""#))
        // The check and the chart count the same incidents: the tally is ahead of them by 7.
        let check = try #require(ctx.data.reconciliation.discrepancies.first { $0.kind == .tallyVsIncidents })
        #expect(check.stated == 10 && check.other == 3)
        let row = try #require(ReconciliationPage(ctx).rows.first)
        #expect((row.stated, row.low, row.best, row.high, row.gap) == (10, "3", "3", "5", "7"))
        #expect(row.verdict == "tally ahead by 7")
    }

    @Test("the overview names the verified head and what the ledger holds; each source has its page")
    func overview() throws {
        let fx = try ReportFixture()
        let data = try fx.data()
        let page = OverviewPage(ReportContext(data))
        #expect(page.head == (try fx.ledger.head().hash))
        #expect(page.chainIntact)
        #expect(page.counts.map(\.value) == [4, 4, 1, 1, data.reconciliation.discrepancies.count])
        #expect(page.periodFrom == "2023-01-30")
        let site = try ReportSite.build(ReportContext(data))
        #expect(site.pages.count == 7 + 2)
        let kinds = data.reconciliation.discrepancies.map(\.kind.rawValue)
        #expect(kinds.contains("sources_disagree") && kinds.contains("tally_vs_incidents"))
        let discrepancies = try #require(site.page("discrepancies.html"))
        #expect(occurrences(of: "<details id=", in: discrepancies) == data.reconciliation.discrepancies.count)
        #expect(discrepancies.contains("<mark>٥</mark>") && discrepancies.contains("<mark>3</mark>"))
    }

    @Test("a ledger with tally checks pending (appended by another process) is read from its log, the checks included")
    func pendingChecks() throws {
        let fx = try ReportFixture(settle: false)
        let check = try #require(try fx.data().reconciliation.discrepancies.first { $0.kind == .tallyVsIncidents })
        #expect(check.stated == 10 && check.other == 3)
    }

    @Test("a report is written into a new or empty folder or over an earlier report, never into another folder")
    func folder() throws {
        let fx = try ReportFixture()
        let site = try ReportSite.build(ReportContext(try fx.data()))
        let dir = fx.dir.path("site")
        try site.write(to: dir)
        try site.write(to: dir)
        #expect(FileManager.default.fileExists(atPath: dir + "/claims.html"))
        let other = fx.dir.path("mine")
        _ = try fx.dir.write("mine/index.html", "my own page")
        #expect(throws: ReportSite.NotAReportFolder.self) { try site.write(to: other) }
        #expect(try String(contentsOfFile: other + "/index.html", encoding: .utf8) == "my own page")
    }

    @Test("as_of shows the ledger as it stood: before anything was recorded, an empty report")
    func asOf() throws {
        let fx = try ReportFixture()
        let data = try fx.data(try ReportQuery(asOf: "2023-01-01"))
        #expect(data.reconciliation.claims.isEmpty && data.reports.isEmpty)
        #expect(throws: ReportQuery.Invalid.self) { try ReportQuery(through: "2023-13-40") }
    }
}
