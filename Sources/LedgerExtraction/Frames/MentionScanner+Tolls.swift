import LedgerCore

/// Tolls read from their head noun (`عدد الضحايا … ارتفع إلى N`) or stated as a predicate (`Deaths … stand at 14`).
extension MentionScanner {
    static let victimsHeads: KeySet = Lexicon.keys(["الضحايا", "والضحايا", "ضحايا"])
    static let victimsCounters: KeySet = Lexicon.keys(["عدد", "بين", "وبين", "حصيلة"])

    /// `عدد الضحايا`, `بين الضحايا`: in a sentence that names no wounded, the victims of a toll are its dead.
    func victimsTollHits(_ hits: [TriggerHit]) -> [TriggerHit] {
        guard !hits.contains(where: { ($0.measure == .wounded || $0.measure == .killedOrWounded) && !woundedWhoDied($0.index) && !ownWoundedCount($0) })
        else { return hits }
        var out = hits
        var i = range.lowerBound + 1
        while i < range.upperBound {
            if Self.victimsHeads.contains(t[i].key), Self.victimsCounters.contains(t[i - 1].key), !hits.contains(where: { $0.index == i }) {
                out.append(TriggerHit(index: i, measure: .killed, negated: false))
            }
            i += 1
        }
        return out.count == hits.count ? hits : out.sorted { $0.index < $1.index }
    }

    /// `ارتفع عدد ضحايا القصف إلى أربعة مدنيين، وأكثر من عشرة جرحى`: the wounded counted apart, under their own head noun
    /// with its own number, so the victims are the dead.
    func ownWoundedCount(_ h: TriggerHit) -> Bool {
        guard h.measure == .wounded, t[h.index].trig?.head == true else { return false }
        return (max(range.lowerBound, h.index - 3)..<h.index).contains { j in number(at: j).map { $0.end == h.index } ?? false }
    }

    /// `بعد وفاة 3 من الجرحى`, `two of the injured died`: the wounded named as those who died, not a wounded figure.
    func woundedWhoDied(_ w: Int) -> Bool {
        guard w >= range.lowerBound + 2, t[w - 1].key == "من" || t[w - 1].key == "the" && w >= range.lowerBound + 3 && t[w - 2].key == "of" else { return false }
        let n = t[w - 1].key == "من" ? w - 2 : w - 3
        return t[n].isNumber || number(at: n) != nil
    }

    static let attainWords: KeySet = Lexicon.keys(["to", "الى", "إلى", "بلغت", "بلغ", "reached", "سجل", "سجلت", "وصل", "وصلت"])
    static let standWords: KeySet = ["stand", "stands", "stood", "standing", "put", "puts", "placed"]
    static let tollHeads: KeySet = ["toll", "deaths", "dead", "fatalities"]

    /// A bare number that is the predicate of a toll: `ارتفع إلى N`, `الذي سجل N`, `Deaths … stand at N`,
    /// `the death toll … is N`.
    func tollPredicate(before s: Int, trigger c: Int) -> Bool {
        guard s > range.lowerBound else { return false }
        let p = t[s - 1].key
        if Self.attainWords.contains(p) { return true }
        if p == "at", s - 2 >= range.lowerBound, Self.standWords.contains(t[s - 2].key) { return true }
        // "puts the number of people killed in … since 2023 at no fewer than 134": a stand verb and a count head before "at".
        if p == "at", (max(range.lowerBound, s - 24)..<(s - 1)).contains(where: { Self.standWords.contains(t[$0].key) }),
           (max(range.lowerBound, s - 24)..<(s - 1)).contains(where: { Self.countHeads.contains(t[$0].key) }) { return true }
        if p == "is" || p == "was", Self.tollHeads.contains(t[c].key), s - c <= 16 { return true }
        return false
    }

    static let riseVerbs: KeySet = ["rose", "risen", "rises", "increased", "climbed", "jumped", "reached"]
    static let countHeads: KeySet = ["number", "toll", "count", "tally"]

    /// `It rose to 11 including 4 children, the number of those killed yesterday …`: the subject of the toll comes after
    /// its number (a literal translation of Arabic word order).
    func invertedToll(_ s: Int, _ trigger: Int) -> Bool {
        guard s >= range.lowerBound + 2, trigger - s <= 16 else { return false }
        if t[s - 1].arabic { return arabicInvertedToll(s, trigger) }
        guard t[s - 1].key == "to", Self.riseVerbs.contains(t[s - 2].key), !tollSubjectBefore(verb: s - 2) else { return false }
        return (s...trigger).contains { Self.countHeads.contains(t[$0].key) }
    }

    /// "The number of dead rose to 12": the number right after "rose to", the toll's head `subject` before the verb.
    /// ("climbed from 558 to 569, with 1,800 others wounded": the old figure and "from" may stand between.)
    func risenToll(numberAt s: Int, subject l: Int) -> Bool {
        guard let v = riseVerb(beforeNumber: s), l < v else { return false }
        return tollSubjectBefore(verb: v) && v - l <= 8
    }

    /// The rise verb of "rose to N" or "rose from M to N" for the number at `s` (N, or M after "from").
    func riseVerb(beforeNumber s: Int) -> Int? {
        var v = s - 1
        if v >= range.lowerBound + 2, t[v].key == "to", t[v - 1].isNumber, t[v - 2].key == "from" { v -= 2 }
        if v > range.lowerBound, t[v].key == "to" || t[v].key == "from" { v -= 1 } else { return nil }
        // "has gone up to 41", "went up to": the verb before its particle.
        if t[v].key == "up", v > range.lowerBound, Self.risingVerbs.contains(t[v - 1].key) { return v - 1 }
        return Self.riseVerbs.contains(t[v].key) ? v : nil
    }

    /// "The number of dead rose to 12, and the number of wounded to 40": the rise verb has its subject before it, so the
    /// count after the number is the next figure's, not this one's.
    func tollSubjectBefore(verb v: Int) -> Bool {
        var j = v - 1
        while j >= max(range.lowerBound, v - 8), t[j].kind != .punct {
            if Self.countHeads.contains(t[j].key) || t[j].trig?.head == true { return true }
            j -= 1
        }
        return false
    }

    /// "rose from 558 to 569", «ارتفعت حصيلة القتلى من 6 إلى 8»: the number at `i` is a toll's old figure after "from",
    /// a rise verb a few words before it; the two numbers are the old toll and the new one, not a range.
    func risenFrom(_ i: Int) -> Bool {
        guard i > range.lowerBound, t[i - 1].key == "from" || t[i - 1].key == "من" else { return false }
        return (max(range.lowerBound, i - 7)..<(i - 1)).contains { j in
            Self.riseVerbs.contains(t[j].key) || Self.arabicRiseVerbs.contains(t[j].key)
                || t[j].arabic && t[j].stems.dropFirst().contains { Self.arabicRiseVerbs.contains($0.stem) }
        }
    }

    /// The old figure of "rose from M to N": `risenFrom` and a number after "to"/«إلى».
    func isRisenFrom(_ i: Int, _ end: Int) -> Bool {
        end + 1 < range.upperBound && (t[end].key == "to" || Self.arabicTo.contains(t[end].key)) && t[end + 1].isNumber && risenFrom(i)
    }

    static let arabicRiseVerbs: KeySet = Lexicon.keys(["ارتفع", "يرتفع", "ترتفع", "ارتفعت", "وصل", "يصل", "تصل", "وصلت"])
    static let arabicTo: KeySet = Lexicon.keys(["إلى", "الى"])
    static let arabicCountHeads: KeySet = Lexicon.keys(["عدد", "حصيلة", "حصيله"])

    /// `ارتفع إلى 9 عدد القتلى`, `ترتفع إلى 71 حصيلة من قُتلوا`: the rise verb, `إلى`, the number, then the toll's subject.
    func arabicInvertedToll(_ s: Int, _ trigger: Int) -> Bool {
        guard Self.arabicTo.contains(t[s - 1].key) else { return false }
        let verb = t[s - 2]
        guard Self.arabicRiseVerbs.contains(verb.key) || verb.stems.dropFirst().contains(where: { Self.arabicRiseVerbs.contains($0.stem) }) else { return false }
        guard let head = (s...trigger).first(where: { j in
            Self.arabicCountHeads.contains(t[j].key) || t[j].stems.dropFirst().contains { Self.arabicCountHeads.contains($0.stem) }
        }) else { return false }
        // «يرتفع إلى 20 عدد الضربات …، تسببت بمقتل 12»: a count of strikes or attacks, not of the dead.
        return !(head + 1 < range.upperBound && countedEvents(at: head + 1))
    }

    /// A definite noun of operations (`الضربات`, `الهجمات`, `الاستهدافات`) after a count head.
    func countedEvents(at j: Int) -> Bool {
        var k = t[j].key.string
        for p in ["وال", "ال"] where k.hasPrefix(p) { k = String(k.dropFirst(p.count)); break }
        return Triggers.operationNouns.contains(Key(k))
    }
}
