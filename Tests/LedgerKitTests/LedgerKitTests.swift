import Foundation
import LedgerKit
import Testing

/// LedgerKit as another program uses it: `import LedgerKit` and nothing else of this package. Two
/// reports (written for this test) describe one roadside bomb: one says three civilians were killed,
/// the other five.
@Suite("LedgerKit, used as a library")
struct LedgerKitTests {
    /// A scratch folder holding the two reports, their sidecars and the ledger.
    struct Scratch {
        let root: URL
        var ledger: String { root.appendingPathComponent("ledger.sqlite").path }
        var reports: String { root.appendingPathComponent("reports").path }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("ledgerkit-\(UUID().uuidString)")
            let dir = root.appendingPathComponent("reports")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let files = [
                ("a.txt", "Three civilians were killed on Saturday when a roadside bomb exploded near a minibus in al-Shuhayl, in the eastern countryside of Deir ez-Zor.\n"),
                ("a.meta.json", #"{"published": "2024-03-10", "publisher": "Test Wire"}"#),
                ("b.txt", "A roadside bomb struck a minibus in al-Shuhayl in rural Deir ez-Zor on Saturday, killing five civilians, local sources said.\n"),
                ("b.meta.json", #"{"published": "2024-03-10", "publisher": "Second Monitor"}"#),
            ]
            for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    /// A session with both reports ingested.
    static func ingested(_ scratch: Scratch) throws -> (LedgerSession, IngestSummary) {
        let session = try LedgerSession.open(path: scratch.ledger)
        let (files, errors) = ReportInputs.expand([scratch.reports])
        #expect(errors.isEmpty)
        return (session, try session.ingest(files: files))
    }

    @Test("ingest appends both reports, and a second ingest adds nothing")
    func ingest() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let (session, summary) = try Self.ingested(scratch)
        #expect(summary == IngestSummary(added: 2, claims: 2, alreadyPresent: 0, failed: 0, undated: 0))
        var notes: [IngestNote] = []
        let again = try session.ingest(files: ReportInputs.expand([scratch.reports]).files) { notes.append($0) }
        #expect(again.added == 0 && again.alreadyPresent == 2)
        #expect(notes.contains(.alreadyPresent(path: scratch.reports + "/a.txt")))
        #expect(try session.verify() == .intact(events: 4, head: try session.ledger().head().hash))
    }

    @Test("one incident: low 3, high 5, best 3 (the lower median of two sources)")
    func incidents() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let (session, _) = try Self.ingested(scratch)
        let incidents = try session.incidents()
        #expect(incidents.count == 1)
        let incident = try #require(incidents.first)
        #expect((incident.low, incident.high, incident.best) == (3, 5, 3))
        #expect(incident.place == "al-shuhayl" && incident.measure == .killed && incident.category == .civilians)
        #expect(incident.day?.description == "2024-03-09")
        #expect(incident.sources.map(\.value).sorted() == [3, 5])
    }

    @Test("the totals count the incident once; the two sources disagree by 2")
    func totalsAndDiscrepancies() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let (session, _) = try Self.ingested(scratch)
        let totals = try session.totals()
        #expect(totals.map { "\($0.period) \($0.area) \($0.measure.rawValue) \($0.incidents) \($0.low)/\($0.best)/\($0.high)" }
            == ["2024-03 deir ez-zor killed 1 3/3/5"])
        let found = try session.discrepancies()
        #expect(found.map(\.kind) == [.sourcesDisagree])
        #expect(found.first.map { [$0.stated, $0.other, $0.gap] } == [3, 5, 2])
        #expect(try session.claims(filter: ClaimFilter(measure: .killed)).map(\.claim.value).sorted() == [3, 5])
    }

    @Test("explain walks an incident down to both reports' text")
    func explain() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let (session, _) = try Self.ingested(scratch)
        let incident = try #require(try session.incidents().first)
        let trail = try session.explain(incident.id)
        #expect(trail.first?.step == "incident")
        #expect(trail.filter { $0.step == "source" }.count == 2)
        #expect(trail.filter { $0.step == "report" }.count == 2)
        #expect(trail.contains { $0.evidence.hasSuffix("Three civilians") })
        #expect(trail.contains { $0.evidence.hasSuffix("five civilians") })
        #expect(throws: LedgerKitError.notFound("nothing-0")) { try session.explain("nothing-0") }
    }

    @Test("as of before the ingest the ledger held nothing; diff names both new claims")
    func timeTravel() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let (session, _) = try Self.ingested(scratch)
        #expect(try session.totals(LedgerQuery(asOf: "2001-01-01")).isEmpty)
        let changes = try session.diff(from: "2001-01-01")
        #expect(changes.filter { $0.change == .newClaim }.count == 2)
        #expect(try session.replay(LedgerQuery()).claims == 2)
    }

    @Test("export streams the claims as CSV, a header and one line per claim")
    func export() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let (session, _) = try Self.ingested(scratch)
        var text = ""
        let rows = try session.export(ExportRequest(what: .claims, format: .csv)) { text += $0 }
        #expect(rows == 2)
        #expect(text.split(whereSeparator: \.isNewline).count == 3, "CSV lines end in CRLF")
    }
}
