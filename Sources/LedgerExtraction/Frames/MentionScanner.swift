import LedgerCore

/// Finds figures in one sentence and decides what each counts.
struct MentionScanner {
    let t: [Token]
    let range: Range<Int>
    let text: NormalizedText

    // MARK: Triggers

    func triggers() -> [TriggerHit] {
        var out: [TriggerHit] = []
        var i = range.lowerBound
        var survived = false
        while i < range.upperBound {
            guard t[i].isWord else { i += 1; continue }
            if t[i].key == "نجا" || t[i].key == "ونجا" || t[i].key == "survived" || t[i].key == "escaped" { survived = true }
            if t[i].trig == nil, rushedToHospital(i) { out.append(TriggerHit(index: i, measure: .wounded, negated: false)); i += 1; continue }
            guard var trig = t[i].trig else { i += 1; continue }
            // «أما عدد الجرحى فقد بلغ 9391»: «فَقَد» before a verb is «ف» and «قد», not "lost".
            if t[i].key == "فقد", i + 1 < range.upperBound, Self.verbsAfterQad.contains(t[i + 1].key) { i += 1; continue }
            // «فقدان 480 من أبناء المحافظة حياتهم»: the loss of their lives is death, not a disappearance.
            if trig.measure == .missing, lossOfLife(after: i) { trig = Trigger(measure: .killed) }
            if trig.hasNeeds {
                let needs = trig.needs
                var ok = false
                for j in (i + 1)..<needsWindowEnd(i) where needs.contains(t[j].key) || t[j].stems.contains(where: { needs.contains($0.stem) }) { ok = true; break }
                if !ok {
                    // "فقد ساقيه" (lost his legs) is an injury, not a disappearance.
                    let bodyPart = ((i + 1)..<min(range.upperBound, i + 9)).contains { Self.bodyParts.contains(t[$0].key) }
                    if !bodyPart, !personAfter(i), t[i].stems.contains(where: { $0.stem.hasPrefix("فقد") }) {
                        // "فقدت البلدة ثلاثة من أبنائها": a town, a family or a tribe that lost its sons lost them to death.
                        trig = Trigger(measure: lostItsSons(after: i) ? .killed : .missing)
                    } else { i += 1; continue }
                }
            }
            // English "shot dead", "toll" need nothing; "lives" needs "lost"; "dead" after "shot" fine.
            if t[i].key == "lives" && !(i > range.lowerBound && (t[i - 1].key == "their" || t[i - 1].key == "his" || t[i - 1].key == "her"))
                && !Self.claimedTheLives(t, i, range) { i += 1; continue }
            // "lost his life": only after "lost/losing his/her".
            if t[i].key == "life" && !(i >= range.lowerBound + 2 && ["his", "her"].contains(t[i - 1].key)
                && ["lost", "losing", "loses", "lose"].contains(t[i - 2].key)) { i += 1; continue }
            if t[i].key == "toll" && i + 1 < range.upperBound && t[i + 1].key == "of" { }
            if Self.nounsOfOf.contains(t[i].key) && !(i + 1 < range.upperBound && t[i + 1].key == "of") { i += 1; continue }
            // "the body of a young man", not "a governing body".
            if (t[i].key == "body" || t[i].key == "remains"), !(i + 1 < range.upperBound && t[i + 1].key == "of") { i += 1; continue }
            // "the injury toll", "the wounded toll": a toll of the wounded, not of the dead.
            if t[i].key == "toll", i > range.lowerBound, Self.woundTollWords.contains(t[i - 1].key) { trig = Trigger(measure: .wounded, head: trig.head) }
            var negated = survived && (trig.measure == .killed || trig.measure == .wounded)
            // Only in the trigger's own clause: "41 عملية ومحاولة اغتيال، قُتل فيها 33 شخصاً" kills 33.
            var j = i - 1
            while j >= max(range.lowerBound, i - 3), !(t[j].kind == .punct && (t[j].key == "," || t[j].key == "،" || t[j].key == ";")) {
                if Triggers.negators.contains(t[j].key) || t[j].stems.contains(where: { Triggers.negators.contains($0.stem) && $0.stem.count > 2 }) { negated = true }
                j -= 1
            }
            // Combined: "مقتل وإصابة", "killed and wounded", "قتلى وجرحى"
            var measure = trig.measure
            var next = i + 1
            // A dual noun is a figure of its own: "شهيدين وإصابة 4 مدنيين" is not a combined figure.
            if measure == .killed || measure == .wounded, dualMeasure(at: i) == nil {
                var j = i + 1
                if j < range.upperBound, ["and", "or", "و", "او", "/", "&"].contains(t[j].key) { j += 1 }
                // "11 Syrians killed, wounded in mine blast": a headline's two participles joined by a comma.
                else if j + 1 < range.upperBound, t[i].key == "killed", t[j].isPunct(","), ["wounded", "injured"].contains(t[j + 1].key),
                        j + 2 >= range.upperBound || ["in", "as", "by", "near", "after", "when", "at", ",", "."].contains(t[j + 2].key) { j += 1 }
                // English needs the conjunction: "two of the wounded succumbed" is not a combined figure.
                if j < range.upperBound, t[j].arabic || j > i + 1, t[j].isWord, let t2 = t[j].trig, t2.measure != measure, t2.measure == .killed || t2.measure == .wounded,
                   !separateArabicOutcomes(i, j, trig, t2) {
                    measure = .killedOrWounded
                    next = j + 1
                }
            }
            out.append(TriggerHit(index: i, measure: measure, negated: negated))
            i = next
        }
        return victimsTollHits(out)
    }

    /// `سقط خمسة شهداء وجُرح اثنان` (a noun, then a verb with its own subject), `ثلاثة … قُتلوا وأُصيب عنصر رابع` (a plural
    /// verb after its subject, then a singular one): two outcomes of two groups, not one combined figure.
    func separateArabicOutcomes(_ i: Int, _ j: Int, _ a: Trigger, _ b: Trigger) -> Bool {
        guard t[i].arabic else { return false }
        if a.head != b.head { return true }
        // «خلّف التفجير قتيلاً ومصابَين اثنين»: a head noun in the singular is one person, not the pair «قتلى وجرحى»
        // (but «بين قتيل وجريح» is the idiom of both).
        if a.head, Self.singularHeads.contains(t[i].key), !(i > range.lowerBound && t[i - 1].key == "بين") { return true }
        // «وكان طفل قُتل وأُصيب آخران»: the first verb has its subject before it, the second its own after it.
        // («وكان شاب قد قُتل وأصيب ثلاثة أطفال»: «قد» between the subject and its verb.)
        let subj = i - 1 > range.lowerBound && Self.pastParticles.contains(t[i - 1].key) ? i - 2 : i - 1
        // («إن رجلاً استشهد وأصيب ثلاثة آخرون»: a number after the second verb is its subject too.)
        if subj >= range.lowerBound, t[subj].victim != nil, j + 1 < range.upperBound,
           t[j + 1].victim != nil || number(at: j + 1) != nil { return true }
        let plural = { (k: Int) in Self.pluralVerbs.contains(self.t[k].key) || self.t[k].stems.dropFirst().contains { Self.pluralVerbs.contains($0.stem) } }
        return plural(i) && !plural(j)
    }

    static let verbsAfterQad: KeySet = Lexicon.keys(["بلغ", "بلغت", "وصل", "وصلت", "ارتفع", "ارتفعت", "تجاوز", "تجاوزت", "سجل", "سجلت", "تخطى",
                                                     "تخطت", "أصيب", "قتل", "استشهد", "كان", "كانت", "تم", "وثق", "وثقت", "أعلن", "أعلنت", "قضى"])

    static let singularHeads: KeySet = Lexicon.keys(["قتيل", "قتيلا", "شهيد", "شهيدا", "جريح", "جريحا", "مصاب", "مصابا"])

    static let rushedVerbs: KeySet = Lexicon.keys(["أسعف", "أسعفوا", "أسعفت", "وأسعف", "وأسعفوا", "وأسعفت"])
    static let hospitalWords: KeySet = Lexicon.keys(["المشفى", "المستشفى", "مشفى", "مستشفى", "للمشفى", "للمستشفى", "المشافي", "مشافي", "المستشفيات"])

    /// «أُسعف أربعة أشخاص إلى المشفى» (were rushed to hospital): the wounded. Only with the hospital named in the next few
    /// words, and a hit only (not a word of the trigger table: «وأسعف 40 مصاباً» keeps its noun's own measure and list).
    func rushedToHospital(_ i: Int) -> Bool {
        Self.rushedVerbs.contains(t[i].key) && ((i + 1)..<min(range.upperBound, i + 6)).contains { Self.hospitalWords.contains(t[$0].key) }
    }

    static let woundTollWords: KeySet = ["injury", "injuries", "wounded", "injured"]

    static let pastParticles: KeySet = Lexicon.keys(["قد", "لقد"])

    /// Singular event nouns that are a trigger only with "of" right after them ("the death of", "the injury of a third").
    static let nounsOfOf: KeySet = ["death", "injury", "martyrdom"]

    static let bodyParts: KeySet = Lexicon.keys(["ساقه", "ساقيه", "ساقها", "ساقيها", "يده", "يديه", "يدها", "قدمه", "قدميه", "عينه", "عينيه",
                                                 "عينها", "بصره", "بصرها", "أطرافه", "اطرافه", "ذراعه", "رجله", "رجليه", "سمعه"])

    static let claimVerbs: KeySet = ["claimed", "claiming", "claims", "claim", "cost", "costing", "took", "taken", "taking"]

    /// "claimed the lives of five civilians", "took the lives of": the verb, then "the lives of". "claimed the attack" and
    /// "claimed responsibility" are not deaths, so "lives" must come right after "claimed the".
    static func claimedTheLives(_ t: [Token], _ i: Int, _ r: Range<Int>) -> Bool {
        i >= r.lowerBound + 2 && i + 1 < r.upperBound && t[i - 1].key == "the" && claimVerbs.contains(t[i - 2].key) && t[i + 1].key == "of"
    }

    // MARK: Figures

    /// Reads a number at `i` (digits with scale words, Arabic or English number words).
    func number(at i: Int) -> (value: Int, end: Int, digits: Bool)? {
        let limit = range.upperBound
        if t[i].isNumber {
            guard let v = t[i].value else { return nil }
            var value = v
            var end = i + 1
            if end < limit, t[end].isWord {
                let k = t[end].key
                let scale: Double? = {
                    switch k {
                    case "الف", "الفا", "الاف", "thousand": return 1000
                    case "مليون", "مليونا", "ملايين", "million": return 1_000_000
                    default: return nil
                    }
                }()
                if let scale, let r = t[i].real, r * scale < 1e12 { value = Int(r * scale); end += 1 }
                // "21 ألفاً و318": thousands and a remainder under a thousand.
                if scale == 1000, let (rest, e) = remainder(after: end, start: i) { value += rest; end = e }
            }
            return (value, end, true)
        }
        if t[i].isWord {
            if t[i].arabic, let (v, e) = ArabicNumbers.parse(t, at: i, limit: limit) {
                // "ألفان و114", "ألف و62": a thousands word and a remainder in digits.
                if v >= 1000, v % 1000 == 0, let (rest, e2) = remainder(after: e, start: i) { return (v + rest, e2, false) }
                return (v, e, false)
            }
            if !t[i].arabic, let (v, e) = EnglishNumbers.parse(t, at: i, limit: limit) { return (v, e, false) }
        }
        return nil
    }

    /// True when the number at `i ..< end` is a date, a year, an age, a distance, a time, a unit name or a count of things.
    func isDecoy(_ i: Int, _ end: Int, value: Int) -> Bool {
        let limit = range.upperBound
        let lo = range.lowerBound
        if risenBy(i) || inISODate(i) || ageThreshold(i) || nonCountOne(i, end) || numberInTitle(i) || predicted(i) || ordinalNumber(i) || ownedOneOf(i) || rateFigure(i, end) || lineOrdinal(i, end) || speakers(i, end) { return true }
        if i > lo {
            let p = t[i - 1]
            if p.isWord && !p.arabic && !p.spaceBefore && !t[i].spaceBefore && p.key.count <= 2 { return true }  // M4, T4
            if p.isWord && !t[i].spaceBefore && !p.arabic { return true }
            // "كوردستان24": digits glued to a word (not to a particle: `و5`, `بـ5`, `الـ11`) are part of a name, unless a
            // person or measure noun follows (a lost space: `آنفة الذكر148 قتيلا`).
            if p.isWord && !t[i].spaceBefore && p.arabic && p.key.scalarCount >= 3,
               !(end < limit && t[end].isWord && (t[end].victimInfo != nil || t[end].trig?.head == true)) { return true }
            if p.isWord, Triggers.unitBeforeStrict.contains(p.key) { return true }
            if p.isWord, !p.arabic, DateResolver.singleMonths[p.key] != nil { return true }  // July 14
            // "the Nov. 24 attack": a month's abbreviation and its dot.
            if p.isPunct("."), i >= lo + 2, t[i - 2].isWord, !t[i - 2].arabic, DateResolver.singleMonths[t[i - 2].key] != nil, !t[i].spaceBefore || t[i - 2].key.count <= 4 { return true }
            if p.isPunct(":") && !t[i].spaceBefore && i >= lo + 2 && t[i - 2].isNumber { return true }
            if p.isPunct("$") || p.isPunct("£") || p.isPunct("€") || p.isPunct("#") { return true }
            if p.isPunct("-") && !p.spaceBefore && i >= lo + 2 && t[i - 2].isWord && !t[i - 2].arabic { return true }
            if p.isWord, p.key == "ال" || p.key == "الـ", end < limit, t[end].isWord, Triggers.notPeople.contains(t[end].key) { return true }
            // "Twelve of the 13 dead": a toll restated after "N of the"; the number before it is the figure ("one of the 14
            // killed" names the toll itself).
            if p.key == "the", i >= lo + 3, t[i - 2].key == "of", let (v, _, _) = number(at: i - 3), v >= 2 { return true }
            // "بين القتلى الـ11 تسع نساء": a definite numeral restates a toll; the number after it is the figure.
            if p.isWord, p.key == "ال" || p.key == "الـ", end < limit, t[end].isWord, t[end].arabic, number(at: end) != nil { return true }
            if p.isPunct("/") || p.isPunct("."), i >= lo + 2, t[i - 2].isNumber { return true }
        }
        if end + 2 < limit, ["و", "and", "-", ",", "–"].contains(t[end].key), t[end + 1].isNumber, t[end + 2].isWord,
           Triggers.notPeople.contains(t[end + 2].key) || t[end + 2].stems.dropFirst().contains(where: { Triggers.notPeople.contains($0.stem) && !$0.definite }) { return true }
        if end < limit {
            let n = t[end]
            if n.isPunct(":") && end + 1 < limit && t[end + 1].isNumber && !t[end + 1].spaceBefore { return true }
            if n.isPunct("%") || n.isPunct("/") && end + 1 < limit && t[end + 1].isNumber { return true }
            if n.isPunct("-") && !n.spaceBefore && end + 1 < limit && t[end + 1].isWord && (t[end + 1].key == "year" || t[end + 1].key == "years" || t[end + 1].key == "month") { return true }
            if n.isWord {
                let k = n.key
                if Triggers.notPeople.contains(k) || n.stems.dropFirst().contains(where: { Triggers.notPeople.contains($0.stem) && !$0.definite }) { return true }
                if DateResolver.month(t, at: end, limit: limit) != nil, value <= 31 || value >= 1900 { return true }
                if k == "الشهر" || k == "من" && end + 1 < limit && (t[end + 1].key == "الشهر" || DateResolver.month(t, at: end + 1, limit: limit) != nil) && value <= 31 { return true }
                if ["صباحا", "مساء", "ظهرا", "ليلا", "فجرا", "عصرا", "am", "pm", "a.m", "p.m", "gmt", "utc", "o'clock"].contains(k) { return true }
                if value <= 31, ["الجاري", "الماضي", "الفائت"].contains(k) { return true }
                // "في الرابعة عشرة من عمره", "15 من العمر": an age.
                if k == "من", end + 1 < limit, ["عمره", "عمرها", "العمر", "عمرهم", "عمرهما"].contains(t[end + 1].key) { return true }
            }
        }
        // "1,900 injured people": a number written with a thousands separator is no year.
        if (1900...2100).contains(value), t[i].isNumber, t[i].end - t[i].start == 4, !risenTo(i) {
            // A year unless a person noun or a measure noun follows.
            if end < limit, t[end].isWord, t[end].victimInfo != nil || t[end].trig?.head == true { return false }
            return true
        }
        return false
    }

    /// Verbs whose particle "up" is not the qualifier "up to".
    static let risingVerbs: KeySet = ["gone", "went", "go", "goes", "going", "rose", "risen", "climbed", "shot", "jumped", "crept", "moved"]

    /// Qualifier words ending right before token `i`.
    func qualifierBefore(_ i: Int) -> (Qualifier, Int)? {
        // The longest phrase wins: "ما لا يقل عن", not its tail "لا يقل عن".
        for s in stride(from: max(range.lowerBound, i - 5), through: i - 1, by: 1) {
            if let (q, e) = Triggers.qualifiersBefore.match(t, at: s, limit: i), e == i {
                if q == .about, t[s].key == "some", i < range.upperBound, !t[i].isNumber && EnglishNumbers.small[t[i].key] == nil { continue }
                // "the toll has gone up to 41", "rose up to": the verb's particle, not a ceiling.
                if q == .upTo, t[s].key == "up", s > range.lowerBound, Self.risingVerbs.contains(t[s - 1].key) { continue }
                return (q, s)
            }
        }
        return nil
    }

    /// The category named by the noun phrase starting at `i`; stops at clause boundaries.
    func category(from i: Int, maxTokens: Int = 8) -> (VictimCategory, Int, Int, Bool)? {  // category, start, end, explicit
        let limit = min(range.upperBound, i + maxTokens)
        var j = i
        var generic: (VictimCategory, Int, Int)? = nil
        while j < limit {
            if t[j].kind == .punct {
                if t[j].key == "\"" || t[j].key == "(" || t[j].key == ")" || t[j].key == "-" { j += 1; continue }
                break
            }
            if t[j].isNumber { break }
            if j > i, !t[j].arabic, EnglishNumbers.small[t[j].key] != nil || t[j].key == "dozen" { break }
            // «عشرون رجلاً وعشر نساء»: an Arabic number word opens the next item (the women were the men's words).
            if j > i, t[j].arabic, t[j].key.hasPrefix("و"), ArabicNumbers.parse(t, at: j, limit: range.upperBound) != nil { break }
            // «12 شخصاً (ثلاث نساء وطفلان)»: a number word right after a bracket opens a breakdown.
            if j > i, t[j].arabic, t[j - 1].isPunct("("), ArabicNumbers.parse(t, at: j, limit: range.upperBound) != nil { break }
            // "six men and a girl": a new item starts after "and"; the first noun's words end there.
            // ("three brothers and their mother": likewise after "and" with a possessive.)
            if j > i, generic != nil, t[j].key == "and", j + 1 < limit, ["a", "an", "his", "her", "their"].contains(t[j + 1].key.string) { break }
            // "90 elderly men and women": a generic noun joined to another person noun is a mixed group, as «رجال ونساء» is.
            if j > i, generic != nil, t[j].key == "and", j + 1 < limit, !t[j + 1].arabic, t[j + 1].victimInfo != nil { break }
            if j > i, t[j].trig != nil, t[j].trig?.head != true { break }
            if j > i, t[j].arabic, t[j].key.hasPrefix("و"), t[j].victimInfo?.prefixed == true, generic != nil { break }
            if Triggers.subsetMarkers.contains(t[j].key) || Triggers.partitionMarkers.contains(t[j].key) { break }
            // «أربعة أشخاص أحدهم طفل»: "one of them" picks one out; its noun is that one's, not the whole figure's.
            if j > i, Triggers.oneOfThem.contains(t[j].key) { break }
            if t[j].key == "is" && !t[j].caps { j += 1; continue }
            if let (c, e) = Lexicon.categoryPhrases.match(t, at: j, limit: limit) {
                if !(t[j].key == "is" && !t[j].caps) { return (c, j, e, true) }
            }
            if nativesOf(j) {
                if generic == nil { generic = (.all, j, j + 2) }
                j += 2
                continue
            }
            if let (v, _, _) = t[j].victimInfo {
                if v.category == .military, let (c, e) = forceAfter(j + 1, limit: min(range.upperBound, j + 10)) { return (c, j, e, true) }
                if v.category != .all { return (v.category, j, j + 1, true) }
                if generic == nil { generic = (v.category, j, j + 1) }
                j += 1
                continue
            }
            // "14 عنصراً في كمين للتنظيم": who set the ambush is not who died in it.
            if j > i, Triggers.categoryStops.contains(t[j].key) || isOperationWord(j) { break }
            j += 1
        }
        if let g = generic { return (g.0, g.1, g.2, false) }
        return nil
    }

    static let byWords: KeySet = Lexicon.keys(["by", "ب", "بـ"])

    /// "The toll rose by 5 to 15", «لترتفع الحصيلة بـ 4 قتلى»: the number after "by" and a rise verb (a few words
    /// before) is how much the toll grew, not a toll (it was a range's low end, or a toll of its own).
    func risenBy(_ i: Int) -> Bool {
        // «بـ 4 قتلى و11 جريحاً»: the second measure of the same growth.
        if i >= range.lowerBound + 3, t[i - 1].key == "و" || t[i - 1].key == "and", t[i - 2].isWord, t[i - 3].isNumber, risenBy(i - 3) { return true }
        guard i >= range.lowerBound + 2, Self.byWords.contains(t[i - 1].key) else { return false }
        return (max(range.lowerBound, i - 6)..<(i - 1)).contains { j in
            Self.riseVerbs.contains(t[j].key) || Self.arabicRiseVerbs.contains(t[j].key)
                || t[j].arabic && t[j].stems.dropFirst().contains { Self.arabicRiseVerbs.contains($0.stem) }
        }
    }

    /// «تصل حصيلة القتلى منذ مطلع الحرب إلى 2050», "the toll rose to 2,000": a number after "to"/«إلى» with a rise verb
    /// within ten words before is the toll it reached, not a year.
    func risenTo(_ i: Int) -> Bool {
        guard i >= range.lowerBound + 2, t[i - 1].key == "to" || Self.arabicTo.contains(t[i - 1].key) else { return false }
        // "rose steadily from 2019 to 2021": a span of years.
        if i >= range.lowerBound + 3, t[i - 2].isNumber, let v = t[i - 2].value, (1900...2100).contains(v) { return false }
        return (max(range.lowerBound, i - 11)..<(i - 1)).contains { j in
            Self.riseVerbs.contains(t[j].key) || Self.arabicRiseVerbs.contains(t[j].key)
                || Self.risingVerbs.contains(t[j].key) && t[j + 1].key == "up"
                || t[j].arabic && t[j].stems.dropFirst().contains { Self.arabicRiseVerbs.contains($0.stem) }
        }
    }

    static let sonsOf: KeySet = Lexicon.keys(["أبناء", "ابناء", "وأبناء", "وابناء"])

    /// «من أبناء البلدة», «أبناء الطائفة», «أبناء عشائر البدو»: the sons of a place, faith or tribe are its people, not
    /// children (the forty natives of a town were children). Not before a person noun («أبناء الشهداء»).
    func nativesOf(_ j: Int) -> Bool {
        guard Self.sonsOf.contains(t[j].key), j + 1 < range.upperBound, t[j + 1].isWord, t[j + 1].arabic else { return false }
        return t[j + 1].victimInfo == nil
    }

    /// The nearest live trigger left of `i` in the sentence, or nil (a negated one blocks).
    func leftTrigger(_ i: Int, _ hits: [TriggerHit]) -> TriggerHit? {
        var best: TriggerHit?
        for h in hits where h.index < i { best = h }
        return best
    }

    static let rightStops: KeySet = ["when", "after", "while", "whereas", "said", "says", "according", "before", "as", "because",
                                     "بينما", "فيما", "وقال", "قال", "بعد", "حيث"]

    static let relativeDeathVerbs: KeySet = ["died", "succumbed", "perished"]

    /// "A man who was wounded in Friday's strike died of his injuries": the verb of a relative clause right after the noun
    /// is what befell him before; a death verb after that clause, in the same clause of the sentence, is the noun's own.
    /// "A boy injured in the shelling died in hospital": a wound participle right after the noun (no "who") is the same
    /// clause reduced; nothing between it and the death verb may open another figure (a comma or a number).
    func diedAfterRelative(_ from: Int, _ hits: [TriggerHit]) -> TriggerHit? {
        var w = from
        if w < range.upperBound, t[w].isPunct(",") { w += 1 }
        guard w < range.upperBound else { return nil }
        let relative = t[w].key == "who"
        guard let first = hits.first(where: { relative ? $0.index > w : $0.index >= from }),
              relative ? first.index - w <= 4 : first.index - from <= 1 && Self.woundParticiples.contains(t[first.index].key),
              let main = hits.first(where: { $0.index > first.index }), main.index - first.index <= 14, !main.negated,
              Self.relativeDeathVerbs.contains(t[main.index].key),
              !((first.index + 1)..<main.index).contains(where: { t[$0].isPunct(";") || t[$0].isPunct(".") || Self.rightStops.contains(t[$0].key) }),
              relative || !((first.index + 1)..<main.index).contains(where: { k in
                  t[k].isPunct(",") || t[k].isNumber || EnglishNumbers.small[t[k].key] != nil || t[k].key == "and" })
        else { return nil }
        return main
    }

    static let woundParticiples: KeySet = ["wounded", "injured", "hurt"]

    /// An English trigger after the noun phrase ("were killed", "dead", "died").
    func rightTrigger(_ from: Int, _ hits: [TriggerHit]) -> TriggerHit? {
        let stops = Self.rightStops
        if let main = diedAfterRelative(from, hits) { return main }
        var j = from
        while j < range.upperBound {
            if t[j].kind == .punct && (t[j].key == ";" || t[j].key == ":" ) { return nil }
            // "were said to have been wounded": a report of what befell them, not a clause of its own.
            if stops.contains(t[j].key), !(t[j].key == "said" && j + 1 < range.upperBound && t[j + 1].key == "to") { return nil }
            // "two bombers, one of whom was killed": the verb after "N of whom" is that figure's, not the head's.
            if t[j].key == "whom", j - from >= 2 { return nil }
            // "227 killed (31 men, 25 women) and 525 injured": a figure inside brackets takes no verb after them.
            if t[j].isPunct(")"), openBracket(before: from) { return nil }
            if let h = hits.first(where: { $0.index == j }) { return h }
            j += 1
        }
        return nil
    }
}
