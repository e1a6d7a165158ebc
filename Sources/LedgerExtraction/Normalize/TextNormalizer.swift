import Foundation
import LedgerCore

/// A report text after normalisation, with a map back to the original.
///
/// `scalars[i]` came from the original scalars `origStart[i] ..< origEnd[i]`. Normalisation maps one
/// scalar to one wherever it can (digits, quotes, spaces); it deletes decoration (tatweel, diacritics,
/// bidi marks, obfuscating `*`) and, for mojibake, maps several original scalars to one.
struct NormalizedText: Sendable {
    var scalars: [Unicode.Scalar]
    var origStart: [Int]
    var origEnd: [Int]
    let original: [Unicode.Scalar]
    var mojibakeRepaired: Bool

    /// The span in the original text covering normalised positions `start ..< end`.
    func span(_ start: Int, _ end: Int) -> Span {
        let n = scalars.count
        guard n > 0, !original.isEmpty else { return Span(start: 0, end: 0, text: "") }
        let a = max(0, min(start, n - 1))
        let b = max(a + 1, min(end, n))
        let os = max(0, min(origStart[a], original.count))
        let oe = max(os, min(origEnd[b - 1], original.count))
        return Span(start: os, end: oe, text: Self.string(original[os..<oe]))
    }

    /// The string of `scalars`, encoded as UTF-8 into a stack buffer and made in one go (appending them to a
    /// `String.UnicodeScalarView` one at a time cost more than half of the span building).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scalars.count * 4) { buf -> String in
            var n = 0
            for s in scalars { Unicode.UTF8.encode(s) { buf[n] = $0; n += 1 } }
            return String(decoding: UnsafeBufferPointer(rebasing: buf[..<n]), as: UTF8.self)
        }
    }
}

/// Normalised scalars with their original ranges, written together into buffers sized beforehand.
///
/// Writing through buffer pointers instead of appending to three arrays: the appends' uniqueness and
/// capacity checks were a third of the normaliser.
private struct Output {
    let out: UnsafeMutableBufferPointer<Unicode.Scalar>
    let os: UnsafeMutableBufferPointer<Int>
    let oe: UnsafeMutableBufferPointer<Int>
    /// The original range of each source scalar when mojibake repair merged some (`repaired`); else scalar
    /// `i` is `i ..< i + 1` and these are empty.
    let starts: [Int], ends: [Int]
    let repaired: Bool
    var count = 0

    @inline(__always)
    mutating func emit(_ s: Unicode.Scalar, _ i: Int) {
        out[count] = s
        if repaired {
            os[count] = starts[i]; oe[count] = ends[i]
        } else {
            os[count] = i; oe[count] = i + 1
        }
        count += 1
    }
}

/// Normalises report text for the scanners (digits, separators, decoration, obfuscation, mojibake).
enum TextNormalizer {
    /// Scalars of presentation forms and full-width characters, replaced by their compatibility mapping.
    @inline(__always)
    static func isCompatibilityForm(_ v: UInt32) -> Bool {
        (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFC).contains(v) || (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF5A).contains(v)
    }

    static func compatibilityMapping(_ s: Unicode.Scalar) -> String.UnicodeScalarView {
        String(s).precomposedStringWithCompatibilityMapping.unicodeScalars
    }

    /// The scalars of `text`, decoded in one pass (`Array(text.unicodeScalars)` counts them, then decodes again).
    static func scalars(of text: String) -> [Unicode.Scalar] {
        // A UTF-8 string has at most as many scalars as bytes.
        Array(unsafeUninitializedCapacity: text.utf8.count) { buf, n in
            let decoded: Void? = text.utf8.withContiguousStorageIfAvailable { b in
                // A String's bytes are valid UTF-8: each lead byte says how many continuation bytes follow.
                var i = 0
                while i < b.count {
                    let b0 = UInt32(b[i])
                    var v: UInt32
                    if b0 < 0x80 { v = b0; i += 1 }
                    else if b0 < 0xE0 { v = (b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2 }
                    else if b0 < 0xF0 { v = (b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); i += 3 }
                    else { v = (b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F); i += 4 }
                    buf[n] = Unicode.Scalar(v) ?? "\u{FFFD}"
                    n += 1
                }
            }
            if decoded == nil {
                for s in text.unicodeScalars { buf[n] = s; n += 1 }
            }
        }
    }

    static func normalize(_ text: String) -> NormalizedText {
        let original = scalars(of: text)
        var src = original
        var ranges: (starts: [Int], ends: [Int]) = ([], [])
        // Whether `src` is not `original` one for one (a web page's text, or repaired mojibake).
        var mapped = false
        var repairedAny = false
        if let page = HTMLText.extract(original) {
            src = page.scalars; ranges = (page.starts, page.ends); mapped = true
        }
        if Mojibake.looksBroken(src) {
            let r = Mojibake.repair(
                src, starts: mapped ? ranges.starts : Array(0..<src.count), ends: mapped ? ranges.ends : (0..<src.count).map { $0 + 1 })
            if r.repaired > 0 {
                src = r.scalars; ranges = (r.starts, r.ends); repairedAny = true; mapped = true
            }
        }
        let n = src.count
        // Every scalar gives at most one, except compatibility forms (ligatures give several).
        var capacity = n
        for s in src where isCompatibilityForm(s.value) { capacity += compatibilityMapping(s).count }
        var scalars = [Unicode.Scalar](repeating: " ", count: capacity)
        var starts = [Int](repeating: 0, count: capacity)
        var ends = [Int](repeating: 0, count: capacity)
        let count = scalars.withUnsafeMutableBufferPointer { out in
            starts.withUnsafeMutableBufferPointer { os in
                ends.withUnsafeMutableBufferPointer { oe in
                    var o = Output(out: out, os: os, oe: oe, starts: ranges.starts, ends: ranges.ends, repaired: mapped)
                    normalize(src, into: &o)
                    return o.count
                }
            }
        }
        scalars.removeLast(capacity - count)
        starts.removeLast(capacity - count)
        ends.removeLast(capacity - count)
        return NormalizedText(scalars: scalars, origStart: starts, origEnd: ends, original: original, mojibakeRepaired: repairedAny)
    }

    private static func normalize(_ src: [Unicode.Scalar], into o: inout Output) {
        let n = src.count
        var i = 0
        while i < n {
            let s = src[i]
            let v = s.value
            // Most scalars are Arabic letters (not the tatweel) or plain ASCII that no rule below changes: they
            // skip the cascade of range tests.
            if (0x0621...0x064A).contains(v) && v != 0x0640 || v == 0x0A
                || (0x20..<0x7F).contains(v) && v != 0x23 && v != 0x2A && v != 0x2D && v != 0x5F
            {
                o.emit(s, i)
                i += 1
                continue
            }
            switch v {
            case 0x0660...0x0669: o.emit(Unicode.Scalar(v - 0x0660 + 0x30)!, i)
            case 0x06F0...0x06F9: o.emit(Unicode.Scalar(v - 0x06F0 + 0x30)!, i)
            case 0x066C: o.emit(",", i)
            case 0x066B: o.emit(".", i)
            case 0x066A: o.emit("%", i)
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x09: o.emit(" ", i)
            case 0x0D:
                if i + 1 < n, src[i + 1] == "\n" { break }
                o.emit("\n", i)
            case 0x2028, 0x2029, 0x0B, 0x0C, 0x85: o.emit("\n", i)
            case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF, 0x061C, 0x00AD: break
            case 0x064B...0x065F, 0x0670, 0x06D6...0x06ED: break
            case 0x0640:
                // Tatweel; "خـ ـلايـ ـا": a tatweel, spaces, a tatweel joins the fragments.
                var j = i + 1
                while j < n, src[j] == " " { j += 1 }
                if j > i + 1, j < n, src[j].value == 0x0640 { i = j; continue }
            case 0xAB, 0xBB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x275D, 0x275E, 0xFF02: o.emit("\"", i)
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: o.emit("'", i)
            case 0x2010, 0x2011: o.emit("-", i)
            case 0x2012...0x2015, 0x2212: o.emit("\u{2013}", i)
            case 0x060C: o.emit("\u{060C}", i)
            case 0x2A:  // '*' inside a word is obfuscation
                if i > 0, i + 1 < n, Fold.isLetter(src[i - 1]), Fold.isLetter(src[i + 1]) { break }
                o.emit(s, i)
            case 0x2D:  // '-' between Arabic letters is obfuscation ("تن-ظيم")
                if i > 0, i + 1 < n, Fold.isArabicLetter(src[i - 1]), Fold.isArabicLetter(src[i + 1]) { break }
                o.emit(s, i)
            case 0x23:  // hashtags
                if i + 1 < n, Fold.isLetter(src[i + 1]) { o.emit(" ", i) } else { o.emit(s, i) }
            case 0x5F:
                if i > 0, i + 1 < n, Fold.isLetter(src[i - 1]), Fold.isLetter(src[i + 1]) { o.emit(" ", i) } else { o.emit(s, i) }
            case _ where isCompatibilityForm(v):
                for m in compatibilityMapping(s) { o.emit(m, i) }
            default: o.emit(s, i)
            }
            i += 1
        }
    }
}
