import Foundation

/// What the first bytes of a file say it is, before it is read as text.
enum FileSignature {
    /// Documents, archives and images that are sometimes saved or renamed as `.txt`.
    static let documents: [(magic: [UInt8], kind: String)] = [
        (Array("%PDF-".utf8), "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or a Word/OpenDocument file)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an old Microsoft Office document"),
        (Array("{\\rtf".utf8), "an RTF document"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF8".utf8), "a GIF image"),
        ([0x1F, 0x8B], "a gzip archive"),
        (Array("SQLite format 3\0".utf8), "a SQLite database"),
    ]

    /// The kind of document `bytes` begins with, or nil for anything that may be text.
    static func document(_ bytes: [UInt8]) -> String? {
        documents.first { bytes.starts(with: $0.magic) }?.kind
    }

    /// UTF-16 without a byte-order mark, from where its zero bytes fall: in text of the Latin or
    /// Arabic scripts one byte of most code units is 0x00 (Latin) or 0x06 (Arabic), always on the same
    /// side. Returns true for little-endian, false for big-endian, nil when the bytes do not look so.
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 8, sample.count % 2 == 0 || bytes.count > 4096 else { return nil }
        var high = (even: 0, odd: 0)
        var i = sample.startIndex
        while i + 1 < sample.endIndex {
            if sample[i] == 0 || sample[i] == 0x06 { high.even += 1 }
            if sample[i + 1] == 0 || sample[i + 1] == 0x06 { high.odd += 1 }
            i += 2
        }
        let pairs = sample.count / 2
        if high.odd * 10 >= pairs * 7 && high.even * 10 <= pairs { return true }
        if high.even * 10 >= pairs * 7 && high.odd * 10 <= pairs { return false }
        return nil
    }

    /// The encoding a web page declares for itself (`<meta charset="windows-1256">`, or
    /// `content="text/html; charset=..."`) in its first 4 KB, as an encoding this decoder reads.
    static func declaredCharset(_ bytes: [UInt8]) -> ReportEncoding? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        guard let r = head.range(of: "charset=") else { return nil }
        let value = head[r.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return ReportEncoding(name: String(value))
    }
}
