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
        var lowerOpenings: Set<Int> = []
        var wrapped = false
        for i in tokens.indices where tokens[i].kind == .newline && i > 0 && i + 1 < tokens.count {
            let p = tokens[i - 1], n = tokens[i + 1]
            if p.kind == .newline || n.kind == .newline || p.kind == .punct && p.key != "," { continue }
            if n.kind == .punct, bulletKeys.contains(n.key) || n.key == "(" { continue }
            // "60 others\nwere wounded", "12 civilians,\nincluding": an English line opening in lower case goes on the
            // sentence before it; that break alone ("al-Mayadin 4 killed" opens a line of a list in lower case too, and
            // does not make the text hard-wrapped).
            if lowerOpening(tokens, i) { lowerOpenings.insert(i); continue }
            let continues = p.isWord && (Extractor.danglingWords.contains(p.key) || continuingWords.contains(p.key))
            if n.isNumber && !continues { continue }
            candidates.append(i)
            if continues { wrapped = true }
        }
        return (wrapped ? Set(candidates) : []).union(lowerOpenings).union(labelBreaks(tokens))
    }

    /// A break before an English word in lower case, after a word or a comma: not a place with its article
    /// attached ("al-Mayadin", "el-Bab", "ad-Dana").
    static func lowerOpening(_ tokens: [Token], _ i: Int) -> Bool {
        let p = tokens[i - 1], n = tokens[i + 1]
        guard n.isWord, !n.arabic, !n.capital, !n.isNumber, p.isWord || p.key == "," else { return false }
        if i + 2 < tokens.count, tokens[i + 2].kind == .punct, tokens[i + 2].key == "-" || tokens[i + 2].key == "–", !tokens[i + 2].spaceBefore { return false }
        return true
    }

    /// Words that end a label line whose figure stands on the next line.
    static let measureLabelEnds: KeySet = ["killed", "injured", "wounded", "dead"]

    /// A summary block ("Civilians reported killed" / "9 – 11" / "(3–4 children, 2 women)"): a label line that ends with
    /// a measure word, the figure line under it and a bracketed breakdown under that are one sentence.
    static func labelBreaks(_ tokens: [Token]) -> Set<Int> {
        var out: Set<Int> = []
        for i in tokens.indices where tokens[i].kind == .newline && i > 0 && i + 1 < tokens.count {
            guard tokens[i - 1].isWord, measureLabelEnds.contains(tokens[i - 1].key), tokens[i + 1].isNumber, isLabel(tokens, endingAt: i) else { continue }
            out.insert(i)
            // The figure line: numbers and range dashes only, then a line opening with "(".
            var k = i + 1
            while k < tokens.count, tokens[k].isNumber || tokens[k].kind == .punct && ["-", "–"].contains(tokens[k].key) { k += 1 }
            if k + 1 < tokens.count, tokens[k].kind == .newline, tokens[k + 1].isPunct("(") { out.insert(k) }
        }
        return out
    }

    /// A short line of words alone ("Civilians reported killed"), not a headline with its own figures ("… leave two dead").
    static func isLabel(_ tokens: [Token], endingAt nl: Int) -> Bool {
        var words = 0
        var k = nl - 1
        while k >= 0, tokens[k].kind != .newline {
            if tokens[k].isNumber || EnglishNumbers.small[tokens[k].key] != nil || tokens[k].kind == .punct { return false }
            if tokens[k].isWord { words += 1 }
            k -= 1
        }
        return words <= 5
    }
}
