import Foundation

/// One token of normalised text.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, punct, newline }
    var kind: Kind
    /// Normalised scalar offsets, end exclusive.
    var start: Int
    var end: Int
    /// Folded lookup key (words), or the punctuation itself.
    var key: Key
    /// For numbers: the integer value (nil when it does not fit).
    var value: Int?
    /// For numbers: the value with its decimal fraction (`1.5` in `1.5 مليون`).
    var real: Double?
    /// White space (or a line break) before the token.
    var spaceBefore: Bool
    var arabic: Bool
    var line: Int
    /// A Latin word written in capitals ("IS", "SDF").
    var caps: Bool = false
    /// A Latin word that begins with a capital letter ("Nader", "Hirak").
    var capital: Bool = false
    /// Lexicon lookups done once per word: stems without attached particles, trigger, victim noun.
    var stems = Stems()
    var trig: Trigger? = nil
    var victim: VictimNoun? = nil
    var victimDefinite = false
    var victimPrefixed = false
    var victimInfo: (VictimNoun, definite: Bool, prefixed: Bool)? { victim.map { ($0, victimDefinite, victimPrefixed) } }

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    func isPunct(_ p: Key) -> Bool { kind == .punct && key == p }
}

/// Splits normalised text into words, numbers, punctuation and line breaks.
enum Tokenizer {
    static func tokenize(_ text: NormalizedText) -> [Token] {
        let s = text.scalars
        let n = s.count
        var tokens: [Token] = []
        tokens.reserveCapacity(n / 4)
        var i = 0
        var line = 0
        var space = true
        while i < n {
            let c = s[i]
            if c == "\n" {
                tokens.append(Token(kind: .newline, start: i, end: i + 1, key: "\n", spaceBefore: true, arabic: false, line: line))
                line += 1
                space = true
                i += 1
                continue
            }
            if Fold.isWhitespace(c) { space = true; i += 1; continue }
            if Fold.isDigit(c) {
                let start = i
                var digits: [UInt8] = []
                while i < n, Fold.isDigit(s[i]) { digits.append(UInt8(s[i].value - 0x30)); i += 1 }
                var fraction: [UInt8] = []
                // Thousands groups: ",480", ".480", " 480", «،480» (exactly three digits each).
                while i < n {
                    let sep = s[i]
                    guard sep == "," || sep == "." || sep == " " || sep == "\u{060C}" || sep == "\u{066C}" || sep == "\u{066B}" else { break }
                    var k = i + 1
                    var group: [UInt8] = []
                    while k < n, Fold.isDigit(s[k]) { group.append(UInt8(s[k].value - 0x30)); k += 1 }
                    if group.count == 3 {
                        if sep == " " && digits.count > 3 { break }
                        digits.append(contentsOf: group)
                        i = k
                        continue
                    }
                    // "1.5 مليون"; «2,7 مليون» and «2٫7» with the decimal comma, before a scale word.
                    if sep == "." || sep == "\u{066B}" || sep == "," && group.count < 3 && Self.scaleWordFollows(s, k),
                       !group.isEmpty, fraction.isEmpty {
                        fraction = group
                        i = k
                    }
                    break
                }
                var value: Int? = 0
                if digits.count > 15 { value = nil } else {
                    var v = 0
                    for d in digits { v = v * 10 + Int(d) }
                    value = v
                }
                var real: Double? = value.map(Double.init)
                if let r = real, !fraction.isEmpty {
                    var f = 0.0, scale = 0.1
                    for d in fraction.prefix(6) { f += Double(d) * scale; scale /= 10 }
                    real = r + f
                }
                let key = Key(NormalizedText.string(s[start..<i]))
                tokens.append(Token(kind: .number, start: start, end: i, key: key, value: value, real: real, spaceBefore: space, arabic: false, line: line))
                space = false
                continue
            }
            if Fold.isLetter(c) || c == "'" && i + 1 < n && Fold.isLatinLetter(s[i + 1]) && i > 0 && Fold.isLatinLetter(s[i - 1]) {
                let start = i
                let arabic = Fold.isArabicLetter(c)
                while i < n {
                    let d = s[i]
                    if arabic ? Fold.isArabicLetter(d) : Fold.isLatinLetter(d) { i += 1; continue }
                    if !arabic, d == "'", i + 1 < n, Fold.isLatinLetter(s[i + 1]) { i += 1; continue }
                    break
                }
                let key = Fold.key(s[start..<i])
                var tok = Token(kind: .word, start: start, end: i, key: key, spaceBefore: space, arabic: arabic, line: line)
                if !arabic, i - start >= 2 { tok.caps = s[start..<i].allSatisfy { !($0.value >= 0x61 && $0.value <= 0x7A) } }
                if !arabic { tok.capital = s[start].value >= 0x41 && s[start].value <= 0x5A }
                tokens.append(tok)
                space = false
                continue
            }
            var key: Key
            if c == "\u{060C}" { key = "," }
            else if c == "\u{061B}" { key = ";" }
            else if c == "\u{061F}" { key = "?" }
            else if c == "\u{06D4}" { key = "." }
            else if c.value >= 0x300, c.properties.isFullCompositionExclusion {
                // Keys compare by bytes: store the canonical (NFC) form, as String equality would see it.
                key = Key(String(c).precomposedStringWithCanonicalMapping)
            } else { key = Key(String(c)) }
            tokens.append(Token(kind: .punct, start: i, end: i + 1, key: key, spaceBefore: space, arabic: false, line: line))
            space = false
            i += 1
        }
        // Reassigned, not copied into a new variable: the old array is released, so setting fields below does not copy it.
        tokens = joinBrokenEnglish(tokens)
        // Every token's stems go into one shared array; the tokens get their views of it once it is complete.
        var allStems: [Stems.Element] = []
        allStems.reserveCapacity(tokens.count * 2)
        var stemStarts: [Int] = []
        stemStarts.reserveCapacity(tokens.count + 1)
        for k in tokens.indices {
            stemStarts.append(allStems.count)
            guard tokens[k].kind != .newline else { continue }
            let key = tokens[k].key
            let first = allStems.count
            Stems.append(key, to: &allStems)
            guard tokens[k].kind == .word else { continue }
            let stems = allStems[first...]
            tokens[k].trig = Triggers.trigger(key, stems: stems)
            if let (v, d, pf) = Lexicon.victimNoun(key, stems: stems) { tokens[k].victim = v; tokens[k].victimDefinite = d; tokens[k].victimPrefixed = pf }
        }
        stemStarts.append(allStems.count)
        for k in tokens.indices where tokens[k].kind != .newline { tokens[k].stems = Stems(allStems, stemStarts[k]..<stemStarts[k + 1]) }
        return tokens
    }

    /// Joins `att-ack`, `kil-led` when the joined word is one the lexicons know.
    static func joinBrokenEnglish(_ t: [Token]) -> [Token] {
        guard t.count >= 3 else { return t }
        // Most texts have no hyphen glued between two Latin words: keep the tokens as they are.
        guard t.indices.dropFirst().dropLast().contains(where: { t[$0].isPunct("-") && !t[$0].spaceBefore }) else { return t }
        var out: [Token] = []
        out.reserveCapacity(t.count)
        var i = 0
        while i < t.count {
            if i + 2 < t.count, t[i].isWord, !t[i].arabic, t[i + 1].isPunct("-"), !t[i + 1].spaceBefore,
                t[i + 2].isWord, !t[i + 2].arabic, !t[i + 2].spaceBefore
            {
                let joined = t[i].key + t[i + 2].key
                if Lexicon.englishObfuscatable.contains(joined) {
                    var m = t[i]
                    m.end = t[i + 2].end
                    m.key = joined
                    out.append(m)
                    i += 3
                    continue
                }
            }
            out.append(t[i])
            i += 1
        }
        return out
    }

    /// Whether a scale word (million, thousand, «مليون», «ألف») follows position `k` after spaces: «2,7 مليون» is 2.7
    /// million, where "2,7" alone would be two numbers.
    static func scaleWordFollows(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
        var j = k
        while j < s.count, s[j] == " " { j += 1 }
        var word = String.UnicodeScalarView()
        while j < s.count, Fold.isLetter(s[j]), word.count < 8 { word.append(s[j]); j += 1 }
        return scaleWords.contains(Fold.key(String(word)))
    }

    static let scaleWords: Set<Key> = Set(["مليون", "ملايين", "مليار", "ألف", "آلاف", "million", "millions", "billion", "thousand"].map { Fold.key($0) })
}
