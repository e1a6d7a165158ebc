import Foundation
@testable import LedgerExtraction
import Testing

/// Issue 14, item 5: input that is not what it claims is refused or converted, never stored as text.
@Suite("Report decoding: encodings, documents and non-text")
struct ReportDecoderTests {
    static let arabic = "قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف على بلدة الشحيل بريف دير الزور الشرقي يوم الإثنين.\n"
    static let english = "Three civilians were killed and five wounded in shelling on al-Shuhayl on Monday.\n"

    static func utf16(_ text: String, littleEndian: Bool, bom: Bool) -> [UInt8] {
        var bytes: [UInt8] = bom ? (littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) : []
        for unit in text.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += littleEndian ? pair : pair.reversed()
        }
        return bytes
    }

    @Test("UTF-16 in both byte orders, with or without a byte-order mark, reads as the same text",
          arguments: [(true, true), (true, false), (false, true), (false, false)])
    func utf16(_ littleEndian: Bool, _ bom: Bool) throws {
        for text in [Self.arabic, Self.english] {
            let bytes = Self.utf16(text, littleEndian: littleEndian, bom: bom)
            #expect(try ReportDecoder.decode(bytes, path: "r.txt") == text)
        }
    }

    @Test("a UTF-16 byte-order mark with an odd number of bytes is refused as cut off")
    func oddUTF16() {
        for bytes in [Self.utf16(Self.arabic, littleEndian: true, bom: true) + [0x41], [0xFF, 0xFE, 0x41]] {
            #expect(throws: ReportInputError.oddUTF16(path: "r.txt", bytes: bytes.count)) {
                try ReportDecoder.decode(bytes, path: "r.txt")
            }
        }
    }

    @Test("Windows-1256 Arabic is named, and converted with --encoding cp1256")
    func windows1256() throws {
        let bytes = try #require(Self.cp1256(Self.arabic))
        #expect(throws: ReportInputError.legacyArabic(path: "old.txt")) { try ReportDecoder.decode(bytes, path: "old.txt") }
        #expect(try ReportDecoder.decode(bytes, path: "old.txt", encoding: .windows1256) == Self.arabic)
        #expect(ReportEncoding(name: "Windows-1256") == .windows1256)
        #expect(ReportEncoding(name: "UTF16LE") == .utf16le)
        #expect(ReportEncoding(name: "latin9") == nil)
    }

    /// The Windows-1256 bytes of a text, from the inverse of the decoder's table.
    static func cp1256(_ text: String) -> [UInt8]? {
        var inverse: [UInt32: UInt8] = [:]
        for (i, u) in Windows1256.high.enumerated() { inverse[UInt32(u)] = UInt8(0x80 + i) }
        var out: [UInt8] = []
        for s in text.unicodeScalars {
            if s.value < 0x80 { out.append(UInt8(s.value)) } else if let b = inverse[s.value] { out.append(b) } else { return nil }
        }
        return out
    }

    @Test("documents renamed .txt are refused by their signature",
          arguments: [("%PDF-1.7\n%âãÏÓ\n1 0 obj", "PDF"), ("PK\u{3}\u{4}word/document.xml", "ZIP"), ("{\\rtf1\\ansi hello", "RTF"),
                      ("GIF89a....", "GIF")])
    func documents(_ text: String, _ kind: String) {
        #expect {
            try ReportDecoder.decode(Array(text.utf8), path: "doc.txt")
        } throws: { error in
            guard case .notText(let path, let what) = error as? ReportInputError else { return false }
            return path == "doc.txt" && what.contains(kind)
        }
    }

    @Test("text that is mostly not Arabic or Latin words is refused",
          arguments: ["12 34 56 78 90 11 22 33 44 55 66 77 88 99\n", "中文字符测试这是一个报告中文字符测试这是一个报告\n",
                      "==== ---- #### ++++ //// :::: ;;;; ====\n", "٣٤ ٥٦ ٧٨ ٩٠ ١٢ ٣٤ ٥٦ ٧٨\n"])
    func notLanguage(_ text: String) {
        #expect {
            try ReportDecoder.decode(Array(text.utf8), path: "n.txt")
        } throws: { error in
            if case .notLanguage = error as? ReportInputError { return true }
            return false
        }
    }

    @Test("real reports pass: a tally with bullets and figures, Arabic-Indic digits, tatweel, a short line")
    func realTextPasses() throws {
        let texts = [
            "Since the start of 2022: 204 operations, 148 killed:\n• 54 civilians\n• 93 SDF\n• 1 other\n",
            "مقتل ٣ عناصر من قسد وإصابة ٤ آخرين في هجوم على حاجز بريف الحسكة\n",
            "استشهـــاد مدني برصاص قناص\n",
            "A civilian was killed.",
        ]
        for text in texts { #expect(try ReportDecoder.decode(Array(text.utf8), path: "ok.txt") == text) }
    }
}
