import Foundation
import GRDB
import LedgerCore
import LedgerProjections
import LedgerReport
import LedgerStore
import LedgerTestSupport

/// A small ledger written for the report tests: one incident told by two sources (English and Arabic,
/// 3 and ٥ killed), a running tally of the same province at two dates (4, then 10), and a report whose
/// text carries a `<script>`. Claims are built by hand, each span on its figure.
struct ReportFixture {
    let dir: TemporaryDirectory
    let ledger: Ledger

    static let english = "Monitor notes. On 30 January 2023 <script>alert(1)</script> gunmen killed 3 civilians in al-Shuhayl. Nothing else."
    static let arabic = "قتل ٥ مدنيين برصاص مسلحين في بلدة الشحيل يوم ٣٠ كانون الثاني. وانتهى الخبر."
    static let tally1 = "Since the start of 2023, 4 people were killed in Deir ez-Zor."
    static let tally2 = "Since the start of 2023, 10 people were killed in Deir ez-Zor."

    /// - Parameter settle: settle the tally checks the append left pending, as the CLI does on opening.
    init(settle: Bool = true) throws {
        dir = TemporaryDirectory("report-test")
        ledger = try Ledger(path: dir.path("ledger.sqlite"))
        let reports = [
            Self.incident(Self.english, publisher: "Observatory", published: "2023-02-01", figure: "3", value: 3),
            Self.incident(Self.arabic, publisher: "شبكة الخابور", published: "2023-02-02", figure: "٥", value: 5),
            Self.tally(Self.tally2, published: "2023-03-01", figure: "10", value: 10),
            Self.tally(Self.tally1, published: "2023-02-10", figure: "4", value: 4),
        ]
        try ledger.ingest(reports, recordedAt: "2023-03-02T00:00:00Z", hook: Projector.hook)
        // The tally checks an append leaves pending, settled as the CLI settles them on opening.
        if settle { try ledger.writer.write { db in _ = try Projector.settle(db) } }
    }

    func data(_ query: ReportQuery = try! ReportQuery()) throws -> ReportData {
        try ReportLoader.load(ledger, query: query, now: "2023-03-03T00:00:00Z")
    }

    /// The span of the first `figure` standing alone (spaces around it) in `text`, counted in
    /// Unicode scalars as the extractor counts.
    static func span(_ figure: String, in text: String) -> Span {
        let scalars = Array(text.unicodeScalars), needle = Array(" \(figure) ".unicodeScalars)
        let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<$0 + needle.count]) == needle }! + 1
        return Span(start: start, end: start + needle.count - 2, text: figure)
    }

    static func incident(_ text: String, publisher: String, published: String, figure: String, value: Int) -> PreparedReport {
        let r = Fixture.report(text, publisher: publisher, published: published)
        let c = Claim(
            id: "\(r.report.shortHash)-0", measure: .killed, value: value, kind: .incident, category: .civilians,
            place: Place(name: "al-shuhayl", text: "al-Shuhayl", admin1: "deir ez-zor"),
            eventDate: EventDate(day: Day(iso: "2023-01-30"), text: "30 January 2023"),
            span: span(figure, in: text), report: r.report.contentHash)
        return Fixture.prepared(r, [c])
    }

    static func tally(_ text: String, published: String, figure: String, value: Int) -> PreparedReport {
        let r = Fixture.report(text, publisher: "Observatory", published: published)
        let c = Claim(
            id: "\(r.report.shortHash)-0", measure: .killed, value: value, kind: .tally, category: .all,
            place: Place(name: "deir ez-zor", text: "Deir ez-Zor", admin1: "deir ez-zor"),
            period: Period(start: Day(iso: "2023-01-01"), end: nil, text: "since the start of 2023"),
            span: span(figure, in: text), report: r.report.contentHash)
        return Fixture.prepared(r, [c])
    }
}

/// The number of times `needle` occurs in `haystack`.
func occurrences(of needle: String, in haystack: String) -> Int {
    haystack.components(separatedBy: needle).count - 1
}
