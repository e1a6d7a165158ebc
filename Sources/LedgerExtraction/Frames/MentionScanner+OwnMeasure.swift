import LedgerCore

extension MentionScanner {
    /// Reads the measure a figure's own noun gives it (`148 قتيلاً`, `9 dead`, `14 بين قتيل وجريح`, `7 killed and wounded`,
    /// `204 عملية`, `21 killing incidents`) into `m`, from the word `h` after the number. Returns whether the measure word
    /// is an adjective of a person noun after it ("two wounded fighters").
    func readOwnMeasure(_ m: inout Mention, noun h: Int, numberEnd end: Int) -> Bool {
        let hi = range.upperBound
        var participle = false
        var k = h
        if t[k].key == "بين", k + 1 < hi { k += 1 }
        // "312 documented deaths", "14 confirmed fatalities": an adjective of record before the death noun.
        if !t[k].arabic, Self.recordAdjectives.contains(t[k].key), k + 1 < hi, t[k + 1].trig?.head == true { k += 1 }
        if t[k].trig != nil, deathWordModifiesEvent(k) {
            // "21 killing incidents": the death word qualifies an event noun, so the figure counts events.
            m.measure = .operations; m.ownMeasure = true; m.end = k + 2
        } else if let trig = t[k].trig, trig.head || (!t[k].arabic && k == end && !trig.hasNeeds), !killedCaptive(m, trig) {
            m.measure = trig.measure; m.ownMeasure = true
            participle = !trig.head && !t[k].arabic && k + 1 < hi && t[k + 1].victimInfo != nil
            var j = k + 1
            if j < hi, ["and", "or", "و", "او"].contains(t[j].key) { j += 1 }
            // («27 قتيلاً وإصابة 106 آخرين»: a verbal noun with a number of its own after it is another figure's.)
            if j < hi, t[j].isWord, t[j].arabic || j > k + 1, let t2 = t[j].trig, t2.measure != trig.measure, !opensOwnFigure(after: j),
               (t2.measure == .killed || t2.measure == .wounded), trig.measure == .killed || trig.measure == .wounded {
                m.measure = .killedOrWounded
                k = j
            }
            m.end = k + 1
        }
        // «15 إصابة», «9 وفيات», «4 حالات وفاة»: a count noun of injuries or deaths right after the number.
        if m.measure == nil, t[h].arabic, let (ms, e) = countNounMeasure(at: h) { m.measure = ms; m.ownMeasure = true; m.end = e }
        // Operations: "204 عملية", "137 IS operations"
        if m.measure == nil {
            for j in h..<min(hi, h + 3) {
                if countsOperations(at: j) {
                    m.measure = .operations; m.ownMeasure = true; m.end = j + 1; break
                }
                // "اثنان آخران في هجوم": the noun of the figure comes first.
                if t[j].kind == .punct || t[j].victimInfo != nil || Triggers.categoryStops.contains(t[j].key) || t[j].key == "في" || t[j].key == "of" { break }
            }
        }
        return participle
    }

    static let countNouns: KeyMap<Measure> = KeyMap(Dictionary(uniqueKeysWithValues: [
        ("إصابة", Measure.wounded), ("إصابات", .wounded), ("وفاة", .killed), ("وفيات", .killed),
        // «انتشال 31 جثة», «8 جثث»: bodies counted by the number before them.
        ("جثة", .killed), ("جثث", .killed), ("جثمان", .killed), ("جثامين", .killed),
    ].map { (Fold.key($0.0), $0.1) }))
    static let caseNouns: KeySet = Lexicon.keys(["حالة", "حالات"])

    /// The measure of a count noun at `h` (`إصابة`, `وفيات`, after «حالة/حالات»), and the end of the noun.
    func countNounMeasure(at h: Int) -> (Measure, Int)? {
        var k = h
        if Self.caseNouns.contains(t[k].key), k + 1 < range.upperBound { k += 1 }
        guard t[k].isWord, let ms = Self.countNouns[t[k].key] else { return nil }
        return (ms, k + 1)
    }

    /// A number (or a qualifier and a number) right after word `j`: the word is the verb of that figure.
    func opensOwnFigure(after j: Int) -> Bool {
        let n = j + 1
        guard n < range.upperBound else { return false }
        if number(at: n) != nil { return true }
        guard let (_, e) = Triggers.qualifiersBefore.match(t, at: n, limit: range.upperBound) else { return false }
        return e < range.upperBound && number(at: e) != nil
    }

    static let caseDuals: KeySet = Lexicon.keys(["حالتي", "حالتين", "حالتا", "وحالتي", "وحالتين"])

    /// «186 جريحاً وحالتي وفاة», «تسجيل حالتي إصابة»: the dual of «حالة» before a count noun is two of its measure.
    func caseDual(at i: Int) -> Measure? {
        guard Self.caseDuals.contains(t[i].key), i + 1 < range.upperBound, t[i + 1].isWord else { return nil }
        return Self.countNouns[t[i + 1].key]
    }

    static let singleCases: KeySet = Lexicon.keys(["حالة", "وحالة"])

    /// «أسفر الحادث عن حالة وفاة», «وسُجلت حالة وفاة»: one case of a count noun, with no number before it, is one of its
    /// measure (it was lost).
    func singleCase(at i: Int) -> Measure? {
        guard t[i].arabic, Self.singleCases.contains(t[i].key), i > range.lowerBound, !t[i - 1].isNumber,
              number(at: i - 1) == nil, i + 1 < range.upperBound, t[i + 1].isWord else { return nil }
        // «في حالة وفاة أحد الجرحى» (in case one of the wounded dies): a condition, not a count.
        if t[i - 1].key == "في" || t[i - 1].key == "وفي" { return nil }
        if i + 2 < range.upperBound, t[i + 2].victimInfo != nil || Self.oneOf.contains(t[i + 2].key) { return nil }
        return Self.countNouns[t[i + 1].key]
    }

    static let singleMeasureNouns: KeyMap<Measure> = KeyMap(Dictionary(uniqueKeysWithValues: [
        ("قتيل", Measure.killed), ("وقتيل", .killed), ("شهيد", .killed), ("وشهيد", .killed), ("جريح", .wounded), ("وجريح", .wounded),
        // «خلّف الانفجار قتيلاً ومصابين اثنين»: the accusative after a verb of leaving or causing.
        ("قتيلا", .killed), ("وقتيلا", .killed), ("شهيدا", .killed), ("وشهيدا", .killed), ("جريحا", .wounded), ("وجريحا", .wounded),
    ].map { (Fold.key($0.0), $0.1) }))
    static let accusativeSingles: KeySet = Lexicon.keys(["قتيلا", "وقتيلا", "شهيدا", "وشهيدا", "جريحا", "وجريحا"])
    static let notOneBefore: KeySet = Lexicon.keys(["بين", "كل", "لكل", "وكل", "وبين"])

    /// «أسفر عن سقوط قتيل وثلاثة جرحى», «منهم 42 انتشالاً، وشهيد متأثر بإصابته»: an indefinite singular noun of a measure,
    /// with no number before it, is one of its measure («عن قتيل وجريح»: one of each); not inside «بين قتيل وجريح»
    /// (combined), «قتيل من كل عائلة», «كل قتيل».
    func singleMeasureNoun(at i: Int) -> Measure? {
        guard t[i].arabic, let ms = Self.singleMeasureNouns[t[i].key], i > range.lowerBound else { return nil }
        for j in max(range.lowerBound, i - 2)..<i where Self.notOneBefore.contains(t[j].key) || t[j].isNumber || number(at: j) != nil { return nil }
        if i + 1 < range.upperBound, t[i + 1].key == "من" || Self.oneWords.contains(t[i + 1].key) { return nil }
        // «سقط الشاب قتيلاً», «ارتقى شهيداً»: after a person or a verb of falling it says how that person fell, no one more.
        if Self.accusativeSingles.contains(t[i].key),
           (max(range.lowerBound, i - 3)..<i).contains(where: { t[$0].victimInfo != nil || Self.fellVerbs.contains(t[$0].key) }) { return nil }
        return ms
    }

    /// "The abductors killed one hostage": a captive right after a verb of killing is who was killed, not a capture.
    func killedCaptive(_ m: Mention, _ trig: Trigger) -> Bool {
        guard trig.measure == .captured, m.start > range.lowerBound, let before = t[m.start - 1].trig else { return false }
        return before.measure == .killed || before.measure == .wounded
    }

    static let fellVerbs: KeySet = Lexicon.keys(["سقط", "سقطت", "سقطوا", "ارتقى", "ارتقت", "ارتقوا", "وسقط", "وارتقى", "قضى", "استشهد"])

    static let recordAdjectives: KeySet = ["documented", "confirmed", "recorded", "reported", "registered", "verified", "additional", "further"]
}
