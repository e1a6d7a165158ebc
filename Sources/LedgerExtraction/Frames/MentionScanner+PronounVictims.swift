import LedgerCore

/// «أطلقوا النار على خالد العمر وسامر الحسن، ما أدى إلى مقتلهما»: the dead are the persons just named, counted by
/// the pronoun on the outcome noun (`-هما` two, `-هم` as many as were named).
extension MentionScanner {
    static let dualOutcomes: KeySet = Lexicon.keys([
        "مقتلهما", "مصرعهما", "حتفهما", "وفاتهما", "استشهادهما", "اصابتهما", "إصابتهما", "جرحهما",
    ])
    static let pluralOutcomes: KeySet = Lexicon.keys([
        "مقتلهم", "مصرعهم", "حتفهم", "وفاتهم", "استشهادهم", "اصابتهم", "إصابتهم", "جرحهم",
    ])
    static let actNouns: KeySet = Lexicon.keys(["اغتيال", "استهداف", "قتل", "تصفية"])
    static let objectOpeners: KeySet = Lexicon.keys(["على", "علي"])
    static let clauseEnders: KeySet = Lexicon.keys(["ما", "مما", "الامر", "وهو", "قرب", "في", "بالقرب", "عند", "امام"])

    /// A figure for the persons an outcome noun with a dual or plural pronoun refers to, when the sentence counted
    /// none of that measure: 2 for the dual; for the plural, the names listed after «على» (three to six).
    func pronounVictims(_ out: [Mention], hits: [TriggerHit]) -> [Mention] {
        var out = out
        for h in hits where !h.negated && (h.measure == .killed || h.measure == .wounded) {
            // "مقتلهما", "لمقتلهما", "ولمقتلهما".
            let keys = [t[h.index].key] + t[h.index].stems.map(\.stem)
            let dual = keys.contains { Self.dualOutcomes.contains($0) }, plural = keys.contains { Self.pluralOutcomes.contains($0) }
            guard dual || plural, let names = namedObjects(before: h.index) else { continue }
            // "على اغتيال الشاب سامر العيسى وشقيقه … ما أدى لمقتلهما": a single noun inside the names is one of them, not
            // another figure; a figure of the measure elsewhere before the outcome counts them already.
            let inside = { (m: Mention) in m.start >= names.start - 1 && m.end <= names.end && m.implicit && m.value == 1 }
            guard !out.contains(where: { $0.measure == h.measure && $0.start < h.index && !inside($0) }) else { continue }
            let value = dual ? 2 : names.count
            guard dual ? names.count <= 2 : (3...6).contains(names.count) else { continue }
            var m = Mention(start: names.start, end: names.end, numberAt: names.start, value: value)
            m.implicit = true
            m.measure = h.measure
            m.ownTrigger = true
            m.notes.append("persons named, counted by the pronoun of «\(text.span(t[h.index].start, t[h.index].end).text)»")
            out.removeAll { $0.start >= names.start - 1 && $0.end <= names.end }
            out.append(m)
            out.sort { $0.start < $1.start }
        }
        return out
    }

    /// The persons named as the object of an attack before `trigger`: the words after the last «على» up to a place,
    /// a comma or a result clause, split at «و» and «،». nil when there is no such object or an item is too long.
    func namedObjects(before trigger: Int) -> (start: Int, end: Int, count: Int)? {
        let lo = max(range.lowerBound, trigger - 30)
        guard let on = (lo..<trigger).last(where: { Self.objectOpeners.contains(t[$0].key) }), on + 1 < trigger else { return nil }
        var j = on + 1
        // "على اغتيال …", "على استهداف …": the act, then whom it hit.
        if t[j].isWord, t[j].trig != nil || Self.actNouns.contains(t[j].key), j + 1 < trigger { j += 1 }
        // A noun before the names ("الشابين", "الشقيقين") is the group they make up.
        if t[j].isWord, t[j].victim != nil, j + 1 < trigger { j += 1 }
        return nameItems(from: j, to: trigger, stops: [])
    }

    /// The names from `start` up to `limit`, a place, a comma-less stop or a result clause, split at «و» and «،».
    func nameItems(from start: Int, to limit: Int, stops: KeySet) -> (start: Int, end: Int, count: Int)? {
        var j = start
        var items = 0, words = 0, end = j
        while j < limit {
            let tok = t[j]
            if tok.kind == .punct {
                if tok.key == "،" || tok.key == "," { if words > 0 { items += 1; words = 0 }; j += 1; continue }
                break
            }
            guard tok.isWord, tok.arabic, !tok.isNumber, tok.trig == nil, !Self.clauseEnders.contains(tok.key), !stops.contains(tok.key) else { break }
            if tok.key.string.hasPrefix("و"), tok.key.scalarCount > 3, words > 0 { items += 1; words = 0 }
            words += 1
            if words > 4 { return nil }
            j += 1
            end = j
        }
        if words > 0 { items += 1 }
        guard items >= 2, end > start else { return nil }
        return (start, end, items)
    }

    static let eachOf: KeySet = Lexicon.keys(["كل", "كلا"])

    /// «أصيب كل من أحمد العلي ومحمود الحسن»: the persons named after «كل من» right after a verb of a measure, when the
    /// sentence counted none of that measure.
    func eachOfNamed(_ out: [Mention], hits: [TriggerHit]) -> [Mention] {
        var out = out
        for h in hits where !h.negated && (h.measure == .killed || h.measure == .wounded) && t[h.index].arabic {
            let k = h.index + 1
            guard k + 2 < range.upperBound, Self.eachOf.contains(t[k].key), t[k + 1].key == "من",
                  !out.contains(where: { $0.measure == h.measure }) else { continue }
            // The names end at a comma when what follows it is another clause («…، وحرق أكثر من ثمانية بيوت»).
            let limit = min(range.upperBound, k + 26)
            let comma = ((k + 2)..<limit).first { t[$0].isPunct("،") || t[$0].isPunct(",") } ?? limit
            guard let names = nameItems(from: k + 2, to: limit, stops: Triggers.categoryStops) ?? nameItems(from: k + 2, to: comma, stops: Triggers.categoryStops),
                  names.count <= 8 else { continue }
            var m = Mention(start: names.start, end: names.end, numberAt: names.start, value: names.count)
            m.implicit = true
            m.measure = h.measure
            m.ownTrigger = true
            m.notes.append("persons named after «كل من»")
            out.removeAll { $0.start >= names.start && $0.end <= names.end }
            out.append(m)
            out.sort { $0.start < $1.start }
        }
        return out
    }
}
