import Foundation

/// Why bytes could not be read as a report.
public enum ReportInputError: Error, CustomStringConvertible, Sendable, Equatable {
    case unreadable(path: String, detail: String)
    case notAFile(path: String, what: String)
    case empty(path: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case binary(path: String)
    case invalidUTF8(path: String, offset: Int)
    case noReports(path: String)
    case notText(path: String, kind: String)
    case oddUTF16(path: String, bytes: Int)
    case legacyArabic(path: String)
    case notLanguage(path: String, letters: Int, visible: Int)

    public var description: String {
        switch self {
        case .unreadable(let path, let detail): "\(path): cannot read: \(detail)"
        case .notAFile(let path, let what): "\(path): not a report file (\(what))"
        case .empty(let path): "\(path): empty report (no text after removing white space)"
        case .tooLarge(let path, let bytes, let limit):
            "\(path): \(bytes) bytes is larger than the \(limit)-byte limit for one report; split it or raise --max-bytes"
        case .binary(let path): "\(path): binary data (NUL bytes or control characters), not report text"
        case .invalidUTF8(let path, let offset): "\(path): invalid UTF-8 at byte \(offset); convert the file to UTF-8"
        case .noReports(let path): "\(path): no report files (*.txt, *.md, *.html) in this folder"
        case .notText(let path, let kind): "\(path): \(kind), not report text; extract its text first (for a PDF: pdftotext)"
        case .oddUTF16(let path, let bytes):
            "\(path): starts with a UTF-16 byte-order mark but holds an odd number of bytes (\(bytes)): cut off, or not UTF-16"
        case .legacyArabic(let path):
            "\(path): not UTF-8: it reads as Arabic in Windows-1256 (cp1256); convert it, or ingest it with --encoding cp1256"
        case .notLanguage(let path, let letters, let visible):
            "\(path): not report text: only \(letters) of its \(visible) visible characters are Arabic or Latin letters"
        }
    }
}

/// The text encodings a report may be read in (`ledger ingest --encoding`).
public enum ReportEncoding: String, CaseIterable, Sendable {
    case utf8 = "utf-8"
    case utf16le = "utf-16le"
    case utf16be = "utf-16be"
    case windows1256 = "cp1256"

    /// Accepts the usual spellings: `UTF8`, `utf16le`, `windows-1256` ...
    public init?(name: String) {
        let key = name.lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "")
        switch key {
        case "utf8": self = .utf8
        case "utf16le": self = .utf16le
        case "utf16be": self = .utf16be
        case "cp1256", "windows1256", "win1256": self = .windows1256
        default: return nil
        }
    }
}

/// Turns the bytes of a report file into text, refusing what is not text.
///
/// Reads UTF-8 (with or without a byte-order mark) and UTF-16 (with a byte-order mark, or without one
/// when the pattern of its zero bytes shows it). Refuses, naming the file and the problem: empty and
/// white-space-only files; documents and images renamed `.txt` (PDF, Word, ZIP, PNG ...); NUL bytes
/// and other binary data; UTF-16 cut off mid-character; invalid UTF-8 (saying so when it reads as
/// Windows-1256 Arabic, which `--encoding cp1256` converts); and text that is mostly not words in
/// Arabic or Latin letters. Mojibake (UTF-8 read as Windows-1252 and saved again) is valid UTF-8 and
/// passes here; the extractor's normaliser repairs it.
public enum ReportDecoder {
    /// The default limit on one report's size: reports are articles, not archives.
    public static let defaultMaxBytes = 16 * 1024 * 1024

    /// - Parameter encoding: read the bytes in this encoding instead of detecting it.
    public static func decode(
        _ bytes: [UInt8], path: String, maxBytes: Int = defaultMaxBytes, encoding: ReportEncoding? = nil
    ) throws -> String {
        if bytes.count > maxBytes { throw ReportInputError.tooLarge(path: path, bytes: bytes.count, limit: maxBytes) }
        if let kind = FileSignature.document(bytes) { throw ReportInputError.notText(path: path, kind: kind) }
        let text = try encoding.map { try decode(bytes, as: $0, path: path) } ?? detect(bytes, path: path)
        if looksBinary(text) { throw ReportInputError.binary(path: path) }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{FEFF}" }) {
            throw ReportInputError.empty(path: path)
        }
        let letters = LetterCount(text)
        if !letters.isLanguage {
            throw ReportInputError.notLanguage(path: path, letters: letters.readable, visible: letters.visible)
        }
        return text
    }

    /// Finds the encoding from a byte-order mark, the zero bytes of UTF-16, or UTF-8's own rules.
    static func detect(_ bytes: [UInt8], path: String) throws -> String {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let body = Array(bytes.dropFirst(2))
            guard body.count % 2 == 0 else { throw ReportInputError.oddUTF16(path: path, bytes: bytes.count) }
            return try utf16(body, littleEndian: bytes[0] == 0xFF, path: path)
        }
        if let littleEndian = FileSignature.utf16WithoutBOM(bytes) {
            guard bytes.count % 2 == 0 else { throw ReportInputError.oddUTF16(path: path, bytes: bytes.count) }
            return try utf16(bytes, littleEndian: littleEndian, path: path)
        }
        let body = withoutUTF8Mark(bytes)
        // A web page that declares another encoding (`<meta charset="windows-1256">`) is read in it.
        if let declared = FileSignature.declaredCharset(body), declared != .utf8, firstInvalidUTF8(body) != nil {
            return try decode(body, as: declared, path: path)
        }
        if let bad = firstInvalidUTF8(body) {
            // A NUL-heavy or control-heavy file is binary, whatever else is wrong with it.
            if looksBinary(body) { throw ReportInputError.binary(path: path) }
            if Windows1256.looksLikely(body) { throw ReportInputError.legacyArabic(path: path) }
            throw ReportInputError.invalidUTF8(path: path, offset: bad + (body.count == bytes.count ? 0 : 3))
        }
        return String(decoding: body, as: UTF8.self)
    }

    /// Reads the bytes in the encoding the user named (a byte-order mark of that encoding is dropped).
    static func decode(_ bytes: [UInt8], as encoding: ReportEncoding, path: String) throws -> String {
        switch encoding {
        case .utf8:
            let body = withoutUTF8Mark(bytes)
            if let bad = firstInvalidUTF8(body) { throw ReportInputError.invalidUTF8(path: path, offset: bad) }
            return String(decoding: body, as: UTF8.self)
        case .utf16le, .utf16be:
            let little = encoding == .utf16le
            let body = bytes.starts(with: little ? [0xFF, 0xFE] : [0xFE, 0xFF]) ? Array(bytes.dropFirst(2)) : bytes
            guard body.count % 2 == 0 else { throw ReportInputError.oddUTF16(path: path, bytes: bytes.count) }
            return try utf16(body, littleEndian: little, path: path)
        case .windows1256:
            return Windows1256.decode(bytes)
        }
    }

    /// The bytes after UTF-8's byte-order mark, or all of them when there is none.
    static func withoutUTF8Mark(_ bytes: [UInt8]) -> [UInt8] {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    }

    /// UTF-16 code units to text; an unpaired surrogate means the bytes are not UTF-16.
    static func utf16(_ body: [UInt8], littleEndian: Bool, path: String) throws -> String {
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var i = 0
        while i + 1 < body.count {
            let (a, b) = (UInt16(body[i]), UInt16(body[i + 1]))
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        var scalars = String.UnicodeScalarView()
        let failed = transcode(units.makeIterator(), from: UTF16.self, to: UTF32.self, stoppingOnError: true) {
            if let scalar = Unicode.Scalar($0) { scalars.append(scalar) }
        }
        if failed { throw ReportInputError.binary(path: path) }
        return String(scalars)
    }

    /// The byte offset of the first invalid UTF-8 sequence, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let len: Int
            var min: UInt32
            var cp: UInt32
            switch b {
            case 0xC2...0xDF: len = 2; cp = UInt32(b & 0x1F); min = 0x80
            case 0xE0...0xEF: len = 3; cp = UInt32(b & 0x0F); min = 0x800
            case 0xF0...0xF4: len = 4; cp = UInt32(b & 0x07); min = 0x10000
            default: return i
            }
            if i + len > n { return i }
            for k in 1..<len {
                let c = bytes[i + k]
                if c & 0xC0 != 0x80 { return i }
                cp = cp << 6 | UInt32(c & 0x3F)
            }
            if cp < min || cp > 0x10FFFF || (0xD800...0xDFFF).contains(cp) { return i }
            min = 0
            i += len
        }
        return nil
    }

    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        if sample.contains(0) { return true }
        let controls = sample.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }.count
        return controls * 20 > max(sample.count, 1)
    }

    static func looksBinary(_ text: String) -> Bool {
        var total = 0, controls = 0
        for s in text.unicodeScalars.prefix(8192) {
            total += 1
            if s.value == 0 { return true }
            if s.value < 0x20 && s != "\t" && s != "\n" && s != "\r" && s != "\u{0C}" { controls += 1 }
        }
        return controls * 20 > max(total, 1)
    }
}
