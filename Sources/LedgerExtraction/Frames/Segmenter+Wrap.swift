/// Hard-wrapped copy: line breaks inside sentences.
extension Segmenter {
    /// Words a line cannot end with unless its sentence goes on (`قتل 402 من`, `ارتفع عدد`, `the number of`).
    static let continuingWords: KeySet = Lexicon.keys(["عدد", "حصيلة", "مقتل", "number", "deaths", "death"])
    static let bulletKeys: KeySet = ["-", "–", "•", "*", "·", "▪", "○", "●"]

    /// The line breaks of a hard-wrapped text that fall inside a sentence, to be read as spaces.
    ///
    /// A text counts as hard-wrapped when one of its lines ends in a word that cannot end a sentence; then every
    /// break after a line without closing punctuation, before a line that is not a bullet or a numbered item, is a space.
    static func softBreaks(_ tokens: [Token]) -> Set<Int> {
        var candidates: [Int] = []
        var wrapped = false
        for i in tokens.indices where tokens[i].kind == .newline && i > 0 && i + 1 < tokens.count {
            let p = tokens[i - 1], n = tokens[i + 1]
            if p.kind == .newline || n.kind == .newline || p.kind == .punct && p.key != "," { continue }
            if n.kind == .punct, bulletKeys.contains(n.key) || n.key == "(" { continue }
            let continues = p.isWord && (Extractor.danglingWords.contains(p.key) || continuingWords.contains(p.key))
            if n.isNumber && !continues { continue }
            candidates.append(i)
            if continues { wrapped = true }
        }
        return wrapped ? Set(candidates) : []
    }
}
