/// How much of a text is written in a language the extractor reads: letters of the Arabic and Latin
/// scripts against every other visible character.
struct LetterCount {
    /// Arabic letters (U+0600...U+06FF, U+0750...U+077F, presentation forms).
    var arabic = 0
    /// Latin letters (ASCII and Latin-1/Extended).
    var latin = 0
    /// Letters of any script.
    var total = 0
    /// Characters that are not white space.
    var visible = 0

    init(_ text: String, limit: Int = 65_536) {
        for s in text.unicodeScalars.prefix(limit) {
            if s.properties.isWhitespace { continue }
            visible += 1
            guard s.properties.isAlphabetic else { continue }
            total += 1
            switch s.value {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
            case 0x600...0x6FF, 0x750...0x77F, 0x8A0...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: arabic += 1
            default: break
            }
        }
    }

    /// Arabic and Latin letters together.
    var readable: Int { arabic + latin }

    /// Whether the text is words in Arabic or Latin letters: at least a quarter of its visible
    /// characters (a tally's table is figures and punctuation in places, its headings and labels are
    /// words), and most of its letters in those two scripts.
    var isLanguage: Bool {
        readable > 0 && readable * 4 >= visible && readable * 2 > total
    }
}
