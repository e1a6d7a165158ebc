/// A table of multi-word phrases keyed by folded tokens, matched longest first at a token position.
struct PhraseTable<Value: Sendable>: Sendable {
    private var byFirst: [Key: [([Key], Value)]] = [:]
    private var lookup = KeyMap<[([Key], Value)]>([:])
    /// The phrases whose first word has the article, keyed by that word without it: a stem found without
    /// the article is looked up here instead of building `ال` + stem.
    private var definiteLookup = KeyMap<[([Key], Value)]>([:])

    init() {}

    /// Adds a phrase written naturally (`"قوات سوريا الديمقراطية"`, `"at least"`).
    mutating func add(_ phrase: String, _ value: Value) {
        var words: [Key] = []
        for w in phrase.split(whereSeparator: { $0 == " " }) {
            // Hyphenated English words are separate tokens with a "-" between them.
            let parts = w.split(separator: "-", omittingEmptySubsequences: true)
            for (i, p) in parts.enumerated() {
                if i > 0 { words.append("-") }
                words.append(Fold.key(p))
            }
        }
        guard let first = words.first else { return }
        byFirst[first, default: []].append((words, value))
        byFirst[first]?.sort { $0.0.count > $1.0.count }
        guard let list = byFirst[first] else { return }
        lookup.set(first, list)
        if first.hasPrefix("ال") { definiteLookup.set(Key(String(first.string.unicodeScalars.dropFirst(2))), list) }
    }

    /// The longest phrase starting at token `i` (the first word may carry Arabic particles).
    /// Returns the value and the index after the match.
    func match(_ tokens: [Token], at i: Int, limit: Int) -> (Value, Int)? {
        guard i < limit, tokens[i].kind == .word || tokens[i].kind == .punct else { return nil }
        for st in tokens[i].stems {
            // The stem as written, then with its article back (`ال` + stem).
            if let list = lookup[st.stem], let m = Self.rest(list, tokens, at: i, limit: limit) { return m }
            if st.definite, let list = definiteLookup[st.stem], let m = Self.rest(list, tokens, at: i, limit: limit) { return m }
        }
        return nil
    }

    /// The first phrase of `list` whose words after the first follow token `i` (a quote mark may precede each).
    private static func rest(_ list: [([Key], Value)], _ tokens: [Token], at i: Int, limit: Int) -> (Value, Int)? {
        for (words, value) in list {
            var j = i + 1
            var ok = true
            for w in words.dropFirst() {
                guard j < limit else { ok = false; break }
                if tokens[j].key == "\"" { j += 1 }
                guard j < limit, tokens[j].key == w else { ok = false; break }
                j += 1
            }
            if ok { return (value, j) }
        }
        return nil
    }
}
