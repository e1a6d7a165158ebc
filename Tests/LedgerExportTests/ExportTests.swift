import Foundation
import LedgerCore
import LedgerExport
import LedgerProjections
import LedgerStore
import LedgerTestSupport
import Testing

/// Exports through the real CLI on a ledger with Arabic text in it.
@Suite("Exports")
struct ExportTests {
    /// A ledger with two sources disagreeing about one incident (Arabic place and evidence).
    func ledgerWithArabic(_ dir: TemporaryDirectory) throws -> String {
        let db = dir.path("l.sqlite")
        let ledger = try Ledger(path: db)
        func report(_ text: String, _ publisher: String, _ day: String) -> ReportIngested {
            ReportIngested(report: ReportMeta(contentHash: EventHash.sha256Hex(Array(text.utf8)), publisher: publisher, published: Day(iso: day)), text: text)
        }
        let a = report("قُتل 4 مدنيين، بينهم طفل، في بلدة الشحيل \"أمس\"، بحسب المرصد.", "المرصد السوري لحقوق الإنسان", "2023-04-19")
        let b = report("Six civilians were killed in al-Shuhayl on Tuesday, a local source said.", "North Press", "2023-04-19")
        func claim(_ r: ReportIngested, _ value: Int, _ place: String, _ evidence: String) -> ClaimExtracted {
            ClaimExtracted(claim: Claim(
                id: "\(r.report.shortHash)-0", measure: .killed, value: value, kind: .incident, category: .civilians,
                categoryText: "مدنيين", place: Place(name: "al-shuhayl", text: place, admin1: "deir ez-zor"),
                eventDate: EventDate(day: Day(iso: "2023-04-18"), text: "أمس"), attributedTo: r.report.publisher,
                span: Span(start: 0, end: evidence.unicodeScalars.count, text: evidence), report: r.report.contentHash), extractorVersion: "test")
        }
        try ledger.ingest([
            PreparedReport(report: a, claims: [claim(a, 4, "الشحيل", "قُتل 4 مدنيين، بينهم طفل، في بلدة الشحيل \"أمس\"")]),
            PreparedReport(report: b, claims: [claim(b, 6, "al-Shuhayl", "Six civilians were killed in al-Shuhayl")]),
        ], recordedAt: "2023-04-19T10:00:00.000Z", hook: Projector.hook)
        return db
    }

    @Test("CSV has a byte-order mark, CRLF lines, an HXL row, and round-trips through Python's csv module with Arabic intact")
    func csvRoundTrip() throws {
        let dir = TemporaryDirectory()
        let db = try ledgerWithArabic(dir)
        let out = dir.path("claims.csv")
        let result = try runLedger(["export", "--db", db, "--what", "claims", "--format", "csv", "--hxl", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: out)))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.contains("\r\n"))
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("claim_id,event_seq,"))
        #expect(lines[1].hasPrefix("#meta+id,#meta+event,"))

        // A real CSV reader: Python's csv module, reading with utf-8-sig.
        let script = """
            import csv, json, sys
            rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig', newline='')))
            print(json.dumps([{k: r[k] for k in ('claim_id', 'value', 'place_text', 'evidence', 'publisher')} for r in rows[1:]], ensure_ascii=False))
            """
        let py = Process()
        py.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        py.arguments = ["python3", "-c", script, out]
        let pipe = Pipe()
        py.standardOutput = pipe
        try py.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        py.waitUntilExit()
        try #require(py.terminationStatus == 0)
        let rows = try JSONDecoder().decode([[String: String]].self, from: data)
        #expect(rows.count == 2)
        let arabic = try #require(rows.first { $0["publisher"] == "المرصد السوري لحقوق الإنسان" })
        #expect(arabic["place_text"] == "الشحيل")
        #expect(arabic["evidence"] == "قُتل 4 مدنيين، بينهم طفل، في بلدة الشحيل \"أمس\"")
        #expect(arabic["value"] == "4")
    }

    @Test("the same ledger state gives byte-identical exports", arguments: ["totals", "incidents", "claims", "discrepancies"])
    func deterministic(what: String) throws {
        let dir = TemporaryDirectory()
        let db = try ledgerWithArabic(dir)
        for format in ["csv", "json", "jsonl"] {
            let a = try runLedger(["export", "--db", db, "--what", what, "--format", format])
            let b = try runLedger(["export", "--db", db, "--what", what, "--format", format])
            #expect(a.status == 0, "\(a.stderr)")
            #expect(a.stdout == b.stdout)
            #expect(!a.stdout.isEmpty)
        }
    }

    @Test("the JSON header ties the export to the ledger state; every row names its claims and events")
    func jsonHeader() throws {
        let dir = TemporaryDirectory()
        let db = try ledgerWithArabic(dir)
        let head = try Ledger(path: db, mode: .readOnly).head()
        let result = try runLedger(["export", "--db", db, "--what", "incidents", "--format", "json"])
        let doc = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let header = try #require(doc?["header"] as? [String: Any])
        #expect(header["ledger_head"] as? String == head.hash)
        #expect(header["event_count"] as? Int == Int(head.seq))
        #expect(header["exporter"] as? String == ExportWriter.version)
        let rows = try #require(doc?["rows"] as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows[0]["low"] as? Int == 4)
        #expect(rows[0]["high"] as? Int == 6)
        #expect((rows[0]["claim_ids"] as? [String])?.count == 2)
        #expect((rows[0]["event_seqs"] as? [String])?.count == 2)
        // al-Shuhayl lies in Deir ez-Zor district of Deir ez-Zor governorate.
        #expect(rows[0]["admin1_pcode"] as? String == "SY09")
        #expect(rows[0]["admin2_pcode"] as? String == "SY0901")
    }

    @Test("an export as of a date before the ledger knew anything is empty, with that as-of in its header")
    func asOfEmpty() throws {
        let dir = TemporaryDirectory()
        let db = try ledgerWithArabic(dir)
        let result = try runLedger(["export", "--db", db, "--what", "claims", "--format", "jsonl", "--as-of", "2023-01-01"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines[0].contains("\"as_of\":\"2023-01-01T23:59:59.999Z\""))
        #expect(lines[0].contains("\"event_count\":0"))
    }

    @Test("docs/CODEBOOK.md describes exactly the exported columns")
    func codebookUpToDate() throws {
        let committed = try String(contentsOf: PackagePaths.root.appendingPathComponent("docs/CODEBOOK.md"), encoding: .utf8)
        #expect(committed == ExportWriter.codebook(ExportTables.allColumns), "regenerate with `ledger export --codebook > docs/CODEBOOK.md`")
    }

    @Test("CSV fields with commas, quotes and line breaks are quoted per RFC 4180")
    func rfc4180() {
        #expect(CSVWriter.line(["a", "b,c", "say \"hi\"", "x\ny"]) == "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\"\r\n")
        #expect(CSVWriter(byteOrderMark: true).render(header: ["h"], rows: [["v"]]) == "\u{FEFF}h\r\nv\r\n")
    }
}
