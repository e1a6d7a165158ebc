import LedgerCore

/// Single victims given as a definite noun phrase (`The elderly pharmacist, “Salem al-Khatib”, was killed`,
/// `قُتل المهندس سالم الخطيب`, `أن المسؤول الأمني … لقي مصرعه`), and other implicit counts of one.
extension MentionScanner {
    /// An unbracketed age right after a singular noun: `شاب 23 عاماً`.
    func ageAfterNoun(_ j: Int) -> Bool {
        j + 1 < range.upperBound && t[j].isNumber && Self.ageWords.contains(t[j + 1].key)
    }
    static let ageWords: KeySet = Lexicon.keys(["عاما", "عام", "عاماً", "سنة", "سنوات", "years", "year"])

    /// The nearest live trigger just before `i` (`killing the`, `the assassination of the`).
    func triggerRightBefore(_ i: Int, hits: [TriggerHit]) -> TriggerHit? {
        guard let h = hits.last(where: { $0.index < i }), !h.negated else { return nil }
        if i - h.index == 1 { return h }
        return i - h.index == 2 && (t[i - 1].key == "of" || t[i - 1].key == "the") ? h : nil
    }

    /// `injuring the other`; `The elderly pharmacist, “Salem al-Khatib”, was killed`; `the assassination of the director of …`.
    func theVictim(at i: Int, hits: [TriggerHit]) -> ((Int, Int), VictimCategory)? {
        let hi = range.upperBound
        guard i + 1 < hi else { return nil }
        let after = triggerRightBefore(i, hits: hits) != nil
        if t[i + 1].key == "other", after, !(i + 2 < hi && t[i + 2].victimInfo != nil) { return ((1, i + 2), .all) }
        var j = i + 1, adj = 0
        while j < hi, adj < 3, t[j].isWord {
            if let (v, _, _) = t[j].victimInfo {
                guard v.number == .singular, after || singularPassive(from: j + 1, hits: hits) else { return nil }
                return ((1, j + 1), v.category)
            }
            if t[j].trig != nil || t[j].key == "of" || EnglishNumbers.small[t[j].key] != nil { return nil }
            j += 1; adj += 1
        }
        return nil
    }

    /// A singular passive death predicate later in the clause: `…, was killed`, `… died`.
    func singularPassive(from j: Int, hits: [TriggerHit]) -> Bool {
        guard let h = rightTrigger(j, hits), !h.negated, h.measure == .killed || h.measure == .wounded else { return false }
        // ("the child Yasser, 12, was wounded": an age set off by commas is the person's own.)
        if (j..<h.index).contains(where: { (t[$0].isNumber && !commaAge($0)) || EnglishNumbers.small[t[$0].key] != nil || t[$0].key == "and" }) { return false }
        let k = t[h.index].key
        return k == "died" || k == "succumbed" || (h.index > range.lowerBound && t[h.index - 1].key == "was")
            || (h.index > range.lowerBound + 1 && t[h.index - 2].key == "was")
    }

    /// A number between two commas: an age in apposition ("Yasser, 12, was").
    func commaAge(_ k: Int) -> Bool {
        k > range.lowerBound && k + 1 < range.upperBound && t[k - 1].isPunct(",") && t[k + 1].isPunct(",")
    }

    /// The word at `i` is written with «ة», which folding makes «ه».
    func endsInTaMarbuta(_ i: Int) -> Bool {
        t[i].end > t[i].start && text.scalars[t[i].end - 1] == "\u{0629}"
    }

    static let parentWords: KeySet = Lexicon.keys(["والد", "والدة", "والده", "والدته", "والدها", "والدهم", "والدي", "والدين"])

    /// «،والطفلة»: «و» and a definite noun after a comma (not «والد», father, which only looks like one).
    func definiteJoined(_ i: Int) -> Bool {
        i > range.lowerBound && (t[i - 1].isPunct("،") || t[i - 1].isPunct(",")) && t[i].key.string.hasPrefix("وال")
            && !Self.parentWords.contains(t[i].key)
    }

    /// «مقتل المواطن علي صالح وابنته»: kin with «و» after the name of a single person just counted is one more (it was
    /// lost: the name is no glue). The words between are the name: one to four words, none a trigger, a person noun,
    /// a number, a mark or a preposition («على» folds like the name «علي», so it is not one of them).
    func kinAfterName(_ i: Int, previous p: Mention?) -> Bool {
        guard let p, p.implicit, p.value == 1, t[i].key.hasPrefix("و"), i > p.end, i - p.end <= 4 else { return false }
        // «قُتل الشاب محمد الخلف وشقيقه أصيب بجروح»: kin with a verb of its own is that verb's, not one more of the dead.
        // («وابنته هدى وإصابة ابنه»: a verb opening the next item with «و» is not the kin's.)
        if ((i + 1)..<min(range.upperBound, i + 3)).contains(where: { t[$0].trig != nil && ($0 == i + 1 || !t[$0].key.hasPrefix("و")) }) { return false }
        return (p.end..<i).allSatisfy { j in
            t[j].isWord && t[j].arabic && t[j].trig == nil && t[j].victim == nil && !t[j].isNumber && !Self.notNameWords.contains(t[j].key)
        }
    }

    /// «لقي خالد المبروك حتفه», «لقيت سلمى العلي مصرعها»: one to four words of a name between «لقي» and its «مصرعه» or
    /// «حتفه» are one person (the figure was lost: a name is no person noun). None of them may be a trigger, a person
    /// noun, a number or a preposition; a person noun there is read as it always was.
    func namedSubjectOfDeath(at i: Int) -> ((Int, Int), VictimCategory)? {
        guard i > range.lowerBound, Self.metVerbs.contains(t[i - 1].key) else { return nil }
        for j in i..<min(range.upperBound, i + 5) {
            if let c = Self.ownDeathSingular[t[j].key] {
                guard j > i else { return nil }
                return ((1, j), t[i - 1].key.hasSuffix("ت") ? .women : c)
            }
            guard t[j].isWord, t[j].arabic, t[j].trig == nil, t[j].victim == nil, !Self.notNameWords.contains(t[j].key) else { return nil }
        }
        return nil
    }

    static let metVerbs: KeySet = Lexicon.keys(["لقي", "ولقي", "لقيت", "ولقيت"])
    static let ownDeathSingular: KeyMap<VictimCategory> = KeyMap([
        Fold.key("مصرعه"): .all, Fold.key("حتفه"): .all, Fold.key("مصرعها"): .women, Fold.key("حتفها"): .women,
    ])

    static let notNameWords: KeySet = Lexicon.keys(["في", "من", "عن", "إلى", "الى", "مع", "قرب", "بعد", "قبل", "جراء", "إثر", "اثر", "برصاص", "بقصف", "بانفجار"])

    static let thatWords: KeySet = Lexicon.keys(["أن", "إن", "بأن", "وأن", "وإن", "ان", "بان"])
    /// Singular death predicates of Arabic (`قتل`, `لقي مصرعه`, `قضى`, `توفي`).
    static let singularDeathVerbs: KeySet = Lexicon.keys(["قتل", "قتلت", "لقي", "لقيت", "قضى", "توفي", "توفيت", "اغتيل", "استشهد", "استشهدت", "اعدم", "أعدم",
                                                         "فقد", "فقدت", "فارق", "فارقت", "أصيب", "أصيبت"])

    /// A definite singular person noun in Arabic that is one victim: right after a death verb (`قُتل المهندس`),
    /// or the subject after `أن`/`إن` of a singular death predicate later in the clause (`أن القيادي … لقي مصرعه`).
    func definiteVictim(at i: Int, _ v: VictimNoun, hits: [TriggerHit]) -> Bool {
        guard v.number == .singular, i > range.lowerBound else { return false }
        if let h = hits.last(where: { $0.index < i }), h.index == i - 1, !h.negated, h.measure == .killed || h.measure == .wounded,
           t[h.index].trig?.head != true { return true }
        guard Self.thatWords.contains(t[i - 1].key) else { return false }
        // "أن الشاب الذي قُتل كان …": the one who was killed, already counted, not a new figure.
        if i + 1 < range.upperBound, Self.relativePronouns.contains(t[i + 1].key) { return false }
        var j = i + 1
        while j < min(range.upperBound, i + 14) {
            // «الطفل سامر البالغ من العمر 14 عاماً فقد حياته»: the age is the subject's own.
            if ageAfterNoun(j) { j += 2; continue }
            if t[j].isPunct(".") || t[j].isPunct(",") && j > i + 8 || t[j].isNumber { return false }
            if hits.contains(where: { $0.index == j }) { return singularVerb(at: j, hits: hits) }
            j += 1
        }
        return false
    }

    /// A live singular death or injury predicate at `j` (`قتل`, `فقد حياته`, `أصيب`).
    func singularVerb(at j: Int, hits: [TriggerHit]) -> Bool {
        guard j < range.upperBound, let h = hits.first(where: { $0.index == j }), !h.negated else { return false }
        return Self.singularDeathVerbs.contains(t[j].key) || t[j].stems.dropFirst().contains { Self.singularDeathVerbs.contains($0.stem) }
    }

    static let relativePronouns: KeySet = Lexicon.keys(["الذي", "التي", "اللذان", "اللتان", "الذين", "اللواتي"])
    /// Verbs after which a person noun is what someone works or served as (`يعمل سائقاً`, `كان موظفاً`), not a victim.
    static let workVerbs: KeySet = Lexicon.keys(["يعمل", "تعمل", "يعملان", "يعملون", "عمل", "عملت", "كان", "كانت", "بصفة", "بصفته", "كونه", "يشغل"])

    /// A person noun that is the predicate of a work or copula verb: `يعمل سائقاً`, `كان مدنياً`.
    func predicateNoun(_ i: Int) -> Bool {
        i > range.lowerBound && Self.workVerbs.contains(t[i - 1].key)
    }

    /// A singular person noun right after a single counted person noun, with no conjunction: an adjective of
    /// it (`شاب مدني`, `مدني شاب`), the same person.
    func describesPrevious(at i: Int, _ p: Mention) -> Bool {
        guard t[i].arabic, p.implicit, p.value == 1, p.end == i, i > range.lowerBound, !t[i].key.hasPrefix("و"),
              let v = t[i].victim, v.number == .singular, !t[i].victimDefinite,
              let w = t[i - 1].victim, w.number == .singular else { return false }
        return true
    }

    /// `الممرضين الخمسة`, `العناصر الثلاثة`: a definite plural with a definite cardinal after it.
    func definitePluralCount(at i: Int) -> (Int, Int)? {
        guard i + 1 < range.upperBound, t[i + 1].arabic, t[i + 1].key.hasPrefix("ال") else { return nil }
        let bare = Key(String(t[i + 1].key.string.dropFirst(2)))
        guard let v = ArabicNumbers.value(of: bare), v >= 2 else { return nil }
        return (v, i + 2)
    }

    /// `أمام` (in front of) folds to `إمام` (imam): a person only before a mosque word.
    func frontNotImam(_ i: Int) -> Bool {
        let k = t[i].key.hasPrefix("و") ? t[i].key.droppingFirst() : t[i].key
        guard k == "امام" else { return false }
        return !(i + 1 < range.upperBound && Self.mosqueWords.contains(t[i + 1].key))
    }
    static let mosqueWords: KeySet = Lexicon.keys(["مسجد", "المسجد", "جامع", "الجامع", "مسجدا"])
}

extension MentionScanner {
    static let titleNouns: KeySet = Lexicon.keys(["قائد", "قيادي", "القيادي", "القائد", "أمير", "الأمير", "مسؤول", "المسؤول", "commander", "leader"])

    /// A single member named among a group already counted adds no figure: `بين القتلى القيادي أبو مصعب` (among the dead),
    /// `6 عناصر من الدفاع الوطني، بينهم قائد مجموعة …` (a commander of the same force).
    func namedMemberOfCountedGroup(_ m: Mention, previous p: Mention?) -> Bool {
        let lo = range.lowerBound
        guard m.implicit, m.value == 1, m.start > lo else { return false }
        let named = Self.titleNouns.contains(t[m.numberAt].key) || t[m.numberAt].victimInfo?.definite == true
        // "بين القتلى القيادي …": the nearest death word before the member is "the dead" after "among".
        if named, let h = (lo..<m.start).last(where: { t[$0].trig?.measure == .killed }), h > lo, t[h - 1].key == "بين" || t[h - 1].key == "among" {
            return true
        }
        guard let p, p.category != .all, p.value > 1, named else { return false }
        let before = t[m.start - 1].key
        return Triggers.subsetMarkers.contains(before) || before == "including"
    }
}

extension MentionScanner {
    static let figureAdjectives: KeySet = ["senior", "leading", "prominent", "key", "top", "well-known", "public"]

    /// `a senior figure`, `a leading figure`: a person, where a bare `figure` is a number.
    func seniorFigure(_ j: Int) -> VictimNoun? {
        guard t[j].key == "figure", j > range.lowerBound, Self.figureAdjectives.contains(t[j - 1].key) else { return nil }
        return VictimNoun(category: .all, number: .singular)
    }
}
