/// Folding of words into lookup keys: alef and hamza variants, `ى`/`ي`, `ة`/`ه`, Latin case.
///
/// Keys are only used for lexicon lookups; offsets never come from them.
enum Fold {
    /// Folds one scalar for lookup purposes, or returns nil to drop it.
    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s.value {
        case 0x0622, 0x0623, 0x0625, 0x0671: return "\u{0627}"  // آ أ إ ٱ -> ا
        case 0x0649: return "\u{064A}"  // ى -> ي
        case 0x0626: return "\u{064A}"  // ئ -> ي
        case 0x0624: return "\u{0648}"  // ؤ -> و
        case 0x0629: return "\u{0647}"  // ة -> ه
        case 0x06CC: return "\u{064A}"  // Persian yeh
        case 0x06A9: return "\u{0643}"  // keheh
        case 0x06BE, 0x06C1: return "\u{0647}"  // heh doachashmee, heh goal (Urdu-keyboard «بینھم»)
        case 0x0640, 0x064B...0x065F, 0x0670: return nil
        case 0x41...0x5A: return Unicode.Scalar(s.value + 32)
        case 0x2019, 0x2018, 0x60, 0xB4: return "'"
        default: return s
        }
    }

    /// The lookup key of a word.
    static func key(_ word: some StringProtocol) -> Key {
        var out = String.UnicodeScalarView()
        for s in word.unicodeScalars { if let f = fold(s) { out.append(f) } }
        return Key(String(out))
    }

    /// The lookup key of a word of the normalised text (the tokeniser's hot path).
    ///
    /// Encodes the folded scalars as UTF-8 into a stack buffer and makes one `String` of it (a small,
    /// inline string for most words): appending scalars to a `String.UnicodeScalarView` one at a time
    /// cost a fifth of the tokeniser.
    static func key(_ scalars: ArraySlice<Unicode.Scalar>) -> Key {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scalars.count * 4) { buf -> Key in
            var n = 0
            for s in scalars {
                guard let f = fold(s) else { continue }
                Unicode.UTF8.encode(f) { buf[n] = $0; n += 1 }
            }
            return Key(String(decoding: UnsafeBufferPointer(rebasing: buf[..<n]), as: UTF8.self))
        }
    }

    /// True for Arabic letters (not digits or punctuation).
    @inline(__always)
    static func isArabicLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x0621...0x064A).contains(v) || (0x0671...0x06D3).contains(v) || (0x06FA...0x06FF).contains(v)
            || v == 0x06D5
    }

    @inline(__always)
    static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0xC0...0x24F).contains(v) && v != 0xD7 && v != 0xF7
    }

    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool { isArabicLetter(s) || isLatinLetter(s) }

    /// Unicode White_Space, as `Unicode.Scalar.Properties.isWhitespace`, without the property lookup.
    @inline(__always)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09...0x0D: return true
        case 0...0x84: return false
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
}
