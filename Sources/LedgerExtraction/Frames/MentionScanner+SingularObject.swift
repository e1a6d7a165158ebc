import LedgerCore

/// «اغتال مسلحون مجهولون الشاب محمد …، ما أدى إلى مقتله»: one person, the object of the attack, counted by the
/// singular pronoun on the outcome noun when the sentence counted no one of that measure.
extension MentionScanner {
    static let singularOutcomes: KeySet = Lexicon.keys([
        "مقتله", "مقتلها", "مصرعه", "مصرعها", "حتفه", "حتفها", "وفاته", "وفاتها", "استشهاده", "استشهادها",
        "اصابته", "إصابته", "اصابتها", "إصابتها",
        // «تعرّض الشاب خالد لإصابة خطيرة»: the person underwent the outcome, named before it.
        "لإصابة", "لاصابة", "لإصابات", "لاصابات", "لجروح",
    ])
    /// Verbs and prepositions whose object is the person attacked.
    static let attackObjectOpeners: KeySet = Lexicon.keys(["اغتال", "واغتال", "اغتالت", "استهدف", "استهدفوا", "استهدفت", "على", "علي",
                                                            "تعرض", "وتعرض", "تعرضت", "وتعرضت"])

    /// The one person a singular outcome pronoun refers to: a definite singular person noun (الشاب، الرجل) within
    /// ten words after an attack verb or «على», before the outcome noun.
    func singularObjectVictim(_ out: [Mention], hits: [TriggerHit]) -> [Mention] {
        var out = out
        for h in hits where !h.negated && (h.measure == .killed || h.measure == .wounded) {
            let keys = [t[h.index].key] + t[h.index].stems.map(\.stem)
            guard keys.contains(where: { Self.singularOutcomes.contains($0) }),
                  !out.contains(where: { $0.measure == h.measure }) else { continue }
            let lo = max(range.lowerBound, h.index - 40)
            guard let v = (lo..<h.index).first(where: { j in
                guard let noun = t[j].victim, noun.number == .singular, t[j].victimDefinite else { return false }
                return (max(lo, j - 10)..<j).contains { Self.attackObjectOpeners.contains(t[$0].key) }
            }), let noun = t[v].victim else { continue }
            var m = Mention(start: v, end: v + 1, numberAt: v, value: 1)
            m.implicit = true
            m.measure = h.measure
            m.ownTrigger = true
            m.category = noun.category
            m.notes.append("the person attacked, counted by the pronoun of «\(text.span(t[h.index].start, t[h.index].end).text)»")
            out.append(m)
            out.sort { $0.start < $1.start }
        }
        return out
    }
}

/// «مقتل رجل وطفلين», "killing a woman and her two sons": one person and a group joined by «و»/"and" under one
/// death word are one toll (3), not two figures the ledger would count as two incidents.
extension MentionScanner {
    static let joiners: KeySet = Lexicon.keys(["و", "and"])

    func personAndGroup(_ out: [Mention]) -> [Mention] {
        guard out.count >= 2 else { return out }
        var res: [Mention] = [out[0]]
        for b in out.dropFirst() {
            let a = res[res.count - 1]
            let between = a.end <= b.start ? Array(a.end..<b.start) : [0]
            let joined = a.end <= b.start && between.allSatisfy { Self.joiners.contains(t[$0].key) }
                && (between.count == 1 || between.isEmpty && t[b.start].arabic && t[b.start].key.hasPrefix("و"))
            // Right after the death word ("killing a man and …", «مقتل رجل و…»), not a list of who was among the dead.
            // («استشهدت امرأة وثلاثة من أطفالها»: after a finite verb they are its subjects, as in "A woman and three of her
            // children were killed": two figures.)
            let headed = a.start > range.lowerBound && t[a.start - 1].trig != nil && !finiteVerbBefore(a.start)
            // Two single persons ("a man and his daughter") stay two figures of one; a group (two or more) joins the one.
            guard joined, headed, a.implicit, a.value == 1, b.value >= 2, a.measure != nil, a.measure == b.measure, a.ownTrigger, !b.inverted,
                  a.marker == .none || a.marker == .trigger, b.marker != .subset, b.marker != .partition, !b.labelled else {
                res.append(b)
                continue
            }
            var m = a
            m.end = b.end
            m.value = a.value + b.value
            m.implicit = false
            if a.category != b.category { m.category = .all; m.hasCategory = false; m.categoryText = nil }
            m.notes.append("a person and a group joined under one death word, one toll")
            res[res.count - 1] = m
        }
        return res
    }

    /// An Arabic finite death or injury verb right before `i` («قُتل», «استشهدت»): the nouns after it are its subjects.
    func finiteVerbBefore(_ i: Int) -> Bool {
        let v = t[i - 1]
        return v.arabic && (Self.singularDeathVerbs.contains(v.key) || v.stems.dropFirst().contains { Self.singularDeathVerbs.contains($0.stem) })
    }
}
