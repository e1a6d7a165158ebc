import LedgerCore

extension RestatementMerge {
    /// «قُتل شاب برصاص مجهولين …» then «وقال المصدر إن الشاب فارق الحياة»: a single victim told by a definite noun after
    /// «أن/إن», the same noun as a single victim counted before it in the report, is that person again, not a second
    /// one. A later wound of the one counted killed («إن الشاب أصيب بطلقات وفارق الحياة») is the same person too.
    static func mergeDefiniteRestatements(
        _ out: [Claim], scalars: [Unicode.Scalar], dropped: inout Set<Int>, redirect: inout [String: String]
    ) -> [Claim] {
        var out = out
        guard !scalars.isEmpty else { return out }
        for j in out.indices where !dropped.contains(j) && isOwnToll(out[j]) && out[j].value == 1 {
            guard let noun = definiteNounAfterThat(out[j], scalars) else { continue }
            let earlier = out.indices[..<j].last { i in
                !dropped.contains(i) && isOwnToll(out[i]) && out[i].value == 1
                    && (out[i].measure == out[j].measure || out[i].measure == .killed && out[j].measure == .wounded)
                    && StoryPlace.compatible(out[i].place, out[j].place)
                    && bare(lastWord(of: out[i].span.text)) == noun
            }
            guard let i = earlier else { continue }
            if out[i].eventDate == nil, out[i].measure == out[j].measure { out[i].eventDate = out[j].eventDate }
            out[i].notes.append("restated in the same report: \"\(out[j].span.text)\"")
            dropped.insert(j)
            redirect[out[j].id] = out[i].id
        }
        return out
    }

    /// The noun of a claim told as «أن الشاب …» (its span a definite noun, «أن» or «إن» the word before it), without «ال».
    /// The «أن» words are the scanner's own (`MentionScanner.thatWords`): it is they that make such a noun a claim.
    static func definiteNounAfterThat(_ c: Claim, _ scalars: [Unicode.Scalar]) -> String? {
        let noun = Fold.key(c.span.text).string
        guard noun.hasPrefix("ال"), noun.count > 3, !noun.contains(" "), c.span.start <= scalars.count else { return nil }
        var k = c.span.start
        while k > 0, scalars[k - 1].properties.isWhitespace { k -= 1 }
        var word: [Unicode.Scalar] = []
        while k > 0, !scalars[k - 1].properties.isWhitespace, word.count < 8 { k -= 1; word.insert(scalars[k], at: 0) }
        guard MentionScanner.thatWords.contains(Fold.key(String(String.UnicodeScalarView(word)))) else { return nil }
        return String(noun.dropFirst(2))
    }

    static func lastWord(of text: String) -> String {
        text.split(whereSeparator: { $0 == " " }).last.map(String.init) ?? text
    }

    /// A word's folded key (`Fold.key`) without its article: «المختار» and «مختار» are one noun.
    static func bare(_ word: String) -> String {
        let w = Fold.key(word).string
        return w.hasPrefix("ال") && w.count > 3 ? String(w.dropFirst(2)) : w
    }
}
