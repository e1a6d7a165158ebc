import LedgerExport
import Testing

/// RFC 4180 quoting, read from the field's bytes: a comma, quote, CR or LF anywhere, or a space at either end.
@Suite("CSV fields")
struct CSVFieldTests {
    @Test("quoted only where a reader needs it", arguments: [
        ("plain", "plain"), ("قُتل 4 مدنيين", "قُتل 4 مدنيين"), ("a,b", "\"a,b\""), ("say \"no\"", "\"say \"\"no\"\"\""),
        ("two\nlines", "\"two\nlines\""), ("crlf\r\n", "\"crlf\r\n\""), (" lead", "\" lead\""), ("trail ", "\"trail \""),
        ("بينهم، طفل", "بينهم، طفل"), ("", ""),
    ])
    func quoting(value: String, expected: String) {
        #expect(CSVWriter.field(value) == expected)
    }
}
