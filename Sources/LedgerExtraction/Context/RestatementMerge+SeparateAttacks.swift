import LedgerCore

extension RestatementMerge {
    /// «أسفرت غارة على مرجعيون عن مقتل 5 أشخاص، فيما أدت غارة على الشهابية إلى مقتل 5 أشخاص», "strikes killed 4 people in
    /// Nabatieh while another strike killed 4 in Tyre": two figures of one sentence with a strike, an attack or "another"
    /// told between them are the tolls of two attacks, not one figure told twice (the places may be unknown to the
    /// gazetteer, so they cannot tell them apart).
    /// «قُتل مدني … وأصيب ستة آخرون، فيما قُتل ثلاثة جنود وأصيب ستة آخرون في هجوم …»: likewise when the clause after the
    /// contrast counts a toll of its own before the second figure (`claims`, the report's claims).
    static func separateAttacks(_ a: Claim, _ b: Claim, _ scalars: [Unicode.Scalar], among claims: [Claim] = []) -> Bool {
        guard !scalars.isEmpty, a.span.end <= b.span.start, b.span.end <= scalars.count else { return false }
        let s = SentenceWords(scalars, around: (a.span.start, a.span.end))
        guard b.span.end <= s.end else { return false }
        // The other attack opens a clause of its own: after a comma, «فيما», "while" (not the first figure's own cause,
        // «قُتل 5 أشخاص في قصف على البلدة، وأدى القصف …»).
        let comma = (a.span.end..<b.span.start).first { [",", "،", ";", "؛"].contains(scalars[$0]) }
        let word = s.words.indices.first { k in s.offsets[k] >= a.span.end && s.offsets[k] < b.span.start && clauseOpeners.contains(s.words[k]) }
        guard let open = [comma, word.map { s.offsets[$0] }].compactMap({ $0 }).min() else { return false }
        if claims.contains(where: { c in
            isOwnToll(c) && c.span.start > open && c.span.end <= b.span.start && (c.measure != a.measure || c.value != a.value)
        }) { return true }
        return s.words.indices.contains { k in
            guard s.offsets[k] > open, s.offsets[k] < b.span.start else { return false }
            let w = s.words[k]
            // "the strike", «القصف»: the attack already told, not another one.
            if k > 0, definiteWords.contains(s.words[k - 1]) { return false }
            return attackWords.contains(w) || w.string.hasPrefix("و") && attackWords.contains(Key(String(w.string.dropFirst())))
        }
    }

    static let definiteWords: KeySet = ["the", "this", "that", "same"]
    static let clauseOpeners: KeySet = Lexicon.keys(["while", "whereas", "and", "فيما", "بينما"])

    static let attackWords: KeySet = Lexicon.keys([
        "another", "strike", "airstrike", "attack", "raid", "bombing", "blast", "explosion", "shelling",
        "غارة", "غاره", "ضربة", "هجوم", "قصف", "انفجار", "تفجير", "استهداف", "أخرى", "آخر",
    ])
}
