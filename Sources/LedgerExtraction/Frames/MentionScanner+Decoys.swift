import LedgerCore

/// Numbers that are not counts of people: ISO dates, age thresholds, a 'one' that is not a count, number words in titles.
extension MentionScanner {
    /// The number at `i` is a part of an ISO date (`2021-04-09`): the month or the day, never a count or a range.
    func inISODate(_ i: Int) -> Bool {
        func glued(_ a: Int) -> Bool { a > range.lowerBound && t[a].isPunct("-") && !t[a].spaceBefore && a + 1 < range.upperBound && !t[a + 1].spaceBefore }
        func year(_ a: Int) -> Bool { a >= range.lowerBound && t[a].isNumber && t[a].key.scalarCount == 4 }
        guard t[i].isNumber, t[i].key.scalarCount <= 2 else { return false }
        if i >= range.lowerBound + 2, glued(i - 1), year(i - 2) { return true }
        return i >= range.lowerBound + 4 && glued(i - 1) && t[i - 2].isNumber && glued(i - 3) && year(i - 4)
    }

    static let ordinalSuffixes: KeySet = ["st", "nd", "rd", "th"]

    /// «1. محمد أحمد جبارين / أم الفحم», «2- الشهيد عزيز», "3) Samer al-Ali": the number of a numbered line, glued to
    /// its stop and followed by a word, is the line's place in a list of names, not a count (each was one more part).
    func lineOrdinal(_ i: Int, _ end: Int) -> Bool {
        guard t[i].isNumber, end == i + 1, end + 1 < t.count, i == 0 || t[i - 1].kind == .newline else { return false }
        let p = t[end]
        guard p.kind == .punct, p.isPunct(".") || p.isPunct(")") || p.isPunct("-"), !p.spaceBefore else { return false }
        let w = t[end + 1]
        return w.isWord && w.trig == nil && !(w.isNumber || EnglishNumbers.small[w.key] != nil)
    }

    /// `the 41st drone attack`: an ordinal written in digits, never a count.
    func ordinalNumber(_ i: Int) -> Bool {
        guard t[i].isNumber, i + 1 < range.upperBound, !t[i + 1].spaceBefore, t[i + 1].isWord else { return false }
        return Self.ordinalSuffixes.contains(t[i + 1].key)
    }

    /// `منزل أحد الأهالي` (the house of one of the residents): the person owns what was hit, and is counted by no one.
    func ownedOneOf(_ i: Int) -> Bool {
        guard Self.oneOf.contains(t[i].key) else { return false }
        // «مسلحون من أحد الفصائل»: one of the factions, a body, not a person.
        if i + 1 < range.upperBound, Self.groupNouns.contains(t[i + 1].key) { return true }
        return i > range.lowerBound && Self.vagueOrOwnerHeads.contains(t[i - 1].key)
    }

    static let channelNouns: KeySet = Lexicon.keys(["القناة", "قناة", "channel"])
    static let groupNouns: KeySet = Lexicon.keys(["الفصائل", "فصائل", "الالوية", "الكتائب", "التشكيلات", "المجموعات", "الاحياء", "المنازل", "الحواجز", "المواقع"])

    static let ageNouns: KeySet = Lexicon.keys(["سن", "السن", "عمر", "العمر", "age"])

    /// `دون سن الـ 16`, `under the age of 16`: an age threshold, whatever follows it (`وكان من مسلحي الفصائل`).
    func ageThreshold(_ i: Int) -> Bool {
        let lo = range.lowerBound
        guard i > lo else { return false }
        let p = t[i - 1].key
        if Self.ageNouns.contains(p) { return true }
        guard i > lo + 1 else { return false }
        return (p == "ال" || p == "الـ" || p == "of") && Self.ageNouns.contains(t[i - 2].key)
    }

    /// Places and buildings named in the singular ("two school teachers" keeps its teachers: only "one" is checked).
    static let singlePlaces: KeySet = ["village", "town", "city", "house", "home", "district", "community", "neighbourhood", "neighborhood",
                                       "province", "region", "camp", "building", "school", "mosque", "market", "church", "monastery",
                                       "hospital", "checkpoint", "base", "position", "area", "car", "vehicle", "family"]
    static let superlatives: KeySet = ["worst", "most", "deadliest", "bloodiest", "largest", "biggest", "fiercest", "heaviest", "latest", "first"]
    static let oneWords: KeySet = Lexicon.keys(["واحد", "واحدة", "واحدا", "واحده"])

    /// A 'one' that counts no one: `one of the bloodiest ambushes`, `يوم واحد` (one day), `عنصر واحد` (the noun is the count).
    func nonCountOne(_ i: Int, _ end: Int) -> Bool {
        let lo = range.lowerBound, hi = range.upperBound
        if t[i].key == "one", end + 2 < hi, t[end].key == "of", t[end + 1].key == "the" {
            let s = t[end + 2].key
            if Triggers.notPeople.contains(s) { return true }
            return Self.superlatives.contains(s) || (s.string.hasSuffix("est") && s.scalarCount > 5)
        }
        // "struck one of our positions", "one of its checkpoints": one of a set of things.
        if t[i].key == "one", end + 2 < hi, t[end].key == "of", ["our", "its", "their", "his", "her", "these", "those"].contains(t[end + 1].key),
           Triggers.notPeople.contains(t[end + 2].key) { return true }
        // «وقالت القناة 13 الإسرائيلية», "Channel 12": a number in an outlet's name.
        if i > lo, Self.channelNouns.contains(t[i - 1].key) { return true }
        // "shot dead in one village", "in one house": one place, unless a person noun follows ("one village head").
        if t[i].key == "one", end < hi, Self.singlePlaces.contains(t[end].key), !(end + 1 < hi && t[end + 1].victimInfo != nil) { return true }
        // "the previous one killed two children": one blast or attack of a series, not a person.
        if t[i].key == "one", i > lo, ["previous", "latest", "earlier", "last"].contains(t[i - 1].key) { return true }
        guard t[i].arabic, Self.oneWords.contains(t[i].key), i > lo, t[i - 1].isWord else { return false }
        let p = t[i - 1]
        return p.trig == nil && !Triggers.subsetMarkers.contains(p.key) && !Triggers.partitionMarkers.contains(p.key)
    }

    /// A number word inside a capitalised name: `Operation Vengeance for the Three Martyred Emirs`, `the Blood of the Two Martyrs`.
    func numberInTitle(_ i: Int) -> Bool {
        let lo = range.lowerBound, hi = range.upperBound
        guard t[i].isWord, !t[i].arabic, EnglishNumbers.small[t[i].key] != nil, i > lo + 1, i + 1 < hi, capitalised(i), capitalised(i + 1) else { return false }
        guard capitalised(i - 1) || (t[i - 1].key == "the" && capitalised(i - 2)) || (t[i - 1].key == "the" && i > lo + 2 && capitalised(i - 3)) else { return false }
        // A headline in title case capitalises every word.
        let words = range.filter { t[$0].isWord }
        return words.filter { capitalised($0) }.count * 2 < words.count
    }

    func capitalised(_ j: Int) -> Bool {
        j >= range.lowerBound && j < range.upperBound && t[j].isWord && !t[j].arabic && text.scalars[t[j].start].properties.isUppercase
    }
}

extension MentionScanner {
    static let modalWords: KeySet = Lexicon.keys(["may", "might", "could", "expected", "likely", "predicted", "feared", "fears", "قد", "يتوقع", "يُتوقع", "مرشحه", "مرشحة", "مرجح", "يرجح"])
    static let riseWords: KeySet = Lexicon.keys(["rise", "increase", "climb", "reach", "exceed", "surpass", "top", "grow", "يرتفع", "ترتفع", "يصل", "تصل", "يتجاوز", "تتجاوز", "للارتفاع"])

    /// A figure a toll is only expected to reach: "the death toll may increase to more than 50",
    /// "expected to rise to 40", "قد يرتفع إلى 20". Not a figure anyone states.
    func predicted(_ i: Int) -> Bool {
        let lo = range.lowerBound
        var j = i - 1, sawRise = false
        while j >= max(lo, i - 7) {
            let k = t[j].key
            if t[j].isNumber || t[j].isPunct(".") || t[j].isPunct(",") { return false }
            if Self.riseWords.contains(k) || t[j].stems.contains(where: { Self.riseWords.contains($0.stem) }) { sawRise = true }
            if Self.modalWords.contains(k) { return sawRise || (j + 1 < i && Self.riseWords.contains(t[j + 1].key)) }
            j -= 1
        }
        return false
    }
}

extension MentionScanner {
    static let rateOpeners: KeySet = Lexicon.keys(["بمعدل", "معدل", "بمتوسط", "متوسط", "بواقع"])
    static let rateWords: KeySet = Lexicon.keys(["average", "rate"])
    static let perDayWords: KeySet = Lexicon.keys(["يوميا", "يومياً", "شهريا", "اسبوعيا", "daily"])
    static let perWords: KeySet = ["a", "per", "each", "every"]
    static let dayWords: KeySet = ["day", "week", "month"]
    static let dayAfterWords: KeySet = ["after", "before", "earlier", "later", "ago", "into", "of"]

    /// A rate, not a count: «بمعدل 7 أطفال يومياً», "an average of three children a day", "five people daily".
    func rateFigure(_ i: Int, _ end: Int) -> Bool {
        let lo = range.lowerBound, hi = range.upperBound
        if i > lo, Self.rateOpeners.contains(t[i - 1].key) { return true }
        if i > lo + 1, t[i - 1].key == "of", Self.rateWords.contains(t[i - 2].key) { return true }
        var j = end
        while j < min(hi, end + 3), t[j].isWord {
            if Self.perDayWords.contains(t[j].key) { return true }
            // ("two civilians a day after the truce": a time, not a rate.)
            if Self.perWords.contains(t[j].key), j + 1 < hi, Self.dayWords.contains(t[j + 1].key) {
                return !(j + 2 < hi && Self.dayAfterWords.contains(t[j + 2].key))
            }
            if t[j].trig != nil { return false }
            j += 1
        }
        return false
    }
}

extension MentionScanner {
    static let lossNouns: KeySet = Lexicon.keys(["فقدان", "وفقدان", "بفقدان"])
    static let lifeWords: KeySet = Lexicon.keys(["حياتهم", "حياته", "حياتها", "حياتهما", "أرواحهم", "ارواحهم", "حياتهن"])

    /// «فقدان … حياتهم»: the noun of loss with a life word within its clause.
    func lossOfLife(after i: Int) -> Bool {
        guard Self.lossNouns.contains(t[i].key) else { return false }
        for j in (i + 1)..<min(range.upperBound, i + 10) {
            if t[j].isPunct(".") || t[j].isPunct("،") || t[j].isPunct(",") { return false }
            if Self.lifeWords.contains(t[j].key) { return true }
        }
        return false
    }
}

extension MentionScanner {
    /// "…, three local officials said", "two witnesses told reporters", «قال ثلاثة مسؤولين»: people who speak, not victims.
    func speakers(_ i: Int, _ end: Int) -> Bool {
        let hi = range.upperBound
        if i > range.lowerBound, t[i - 1].arabic, Self.arabicSpeechVerbs.contains(t[i - 1].key), end < hi,
           Self.arabicSpeakerNouns.contains(t[end].key) { return true }
        var j = end
        while j < min(hi, end + 3), t[j].isWord, !t[j].arabic, t[j].trig == nil {
            if Self.speakerNouns.contains(t[j].key) { return j + 1 < hi && Self.speakerVerbs.contains(t[j + 1].key) }
            j += 1
        }
        return false
    }

    static let speakerNouns: KeySet = ["officials", "sources", "witnesses", "residents", "medics", "doctors", "officers", "activists",
                                       "people", "journalists", "paramedics", "diplomats", "spokesmen", "lawmakers", "commanders"]
    static let speakerVerbs: KeySet = ["said", "say", "says", "told", "confirmed", "added", "stated", "reported"]
    static let arabicSpeechVerbs: KeySet = Lexicon.keys(["قال", "وقال", "قالت", "وقالت", "أفاد", "وأفاد", "أكد", "وأكد", "ذكر", "وذكر", "أوضح", "وأوضح"])
    static let arabicSpeakerNouns: KeySet = Lexicon.keys(["مسؤولين", "مسؤولون", "شهود", "مصادر", "سكان", "أطباء", "مسعفين", "ناشطين", "مسؤولان", "مصدران"])
}
