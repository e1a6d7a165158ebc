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
        }
    }
}

/// Turns the bytes of a report file into text, refusing what is not text.
///
/// Accepts UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark. Refuses empty
/// and white-space-only files, NUL bytes and other binary data, and invalid UTF-8, naming the byte.
/// Mojibake (UTF-8 read as Windows-1252 and saved again) is valid UTF-8 and passes here; the
/// extractor's normaliser repairs it.
public enum ReportDecoder {
    /// The default limit on one report's size: reports are articles, not archives.
    public static let defaultMaxBytes = 16 * 1024 * 1024

    public static func decode(_ bytes: [UInt8], path: String, maxBytes: Int = defaultMaxBytes) throws -> String {
        if bytes.count > maxBytes { throw ReportInputError.tooLarge(path: path, bytes: bytes.count, limit: maxBytes) }
        var text: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            let body = Array(bytes.dropFirst(2))
            guard body.count % 2 == 0 else { throw ReportInputError.binary(path: path) }
            var units: [UInt16] = []
            units.reserveCapacity(body.count / 2)
            var i = 0
            while i < body.count {
                units.append(little ? UInt16(body[i]) | UInt16(body[i + 1]) << 8 : UInt16(body[i]) << 8 | UInt16(body[i + 1]))
                i += 2
            }
            var scalars = String.UnicodeScalarView()
            let failed = transcode(units.makeIterator(), from: UTF16.self, to: UTF32.self, stoppingOnError: true) {
                scalars.append(Unicode.Scalar($0)!)
            }
            if failed { throw ReportInputError.binary(path: path) }
            text = String(scalars)
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            if let bad = firstInvalidUTF8(body) {
                // A NUL-heavy or control-heavy file is binary, whatever else is wrong with it.
                if looksBinary(body) { throw ReportInputError.binary(path: path) }
                throw ReportInputError.invalidUTF8(path: path, offset: bad + (body.count == bytes.count ? 0 : 3))
            }
            text = String(decoding: body, as: UTF8.self)
        }
        if looksBinary(text) { throw ReportInputError.binary(path: path) }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{FEFF}" }) {
            throw ReportInputError.empty(path: path)
        }
        return text
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
