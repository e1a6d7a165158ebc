import LedgerCore

/// Rules read in real reports (issue 16): a week's roundup, an earlier event recalled in a clause after
/// the report's own figure, "last Thursday", a relative clause that restates the report's own event.
extension FrameReview {
    static let weekPhrases = SentenceWords.phrases([
        "in a week", "in week", "within a week", "within one week", "in the past week", "over the past week",
        "throughout the past week", "during the past week", "in one week", "خلال اسبوع", "خلال الاسبوع الماضي", "في اسبوع",
        "خلال الاسبوع", "في غضون اسبوع", "خلال اسبوع واحد",
    ])
    static let lastWeek = SentenceWords.phrases(["last week", "الاسبوع الماضي", "الاسبوع المنصرم"])

    /// "Six killed in Daraa in a week" over the week's killings told one by one: the headline and the lead are a
    /// tally over the seven days before the report, not an incident beside the killings they add up.
    mutating func markWeekTally(_ i: Int) {
        let c = claims[i]
        guard c.kind == .incident, c.role == .total, c.context != .background, let p = published else { return }
        let s = sentence(c)
        let lead = c.span.start < leadEnd
        guard s.contains(any: Self.weekPhrases) || (lead && s.contains(any: Self.lastWeek)) else { return }
        let start = p.adding(days: -7)
        let period = Period(start: start, end: p, text: "the week before \(p)")
        claims[i].context = .main
        markDayTally(i, period, note: "a week's roundup: a tally over the week, not an incident")
        setChildren(of: c.id) { $0.context = .main }
    }

    /// The end of the report's second line (headline and lead), as a scalar offset.
    var leadEnd: Int {
        var lines = 0
        for (k, s) in scalars.enumerated() where s == "\n" {
            lines += 1
            if lines == 2 { return k }
        }
        return scalars.count
    }

    /// Whether the report holds a week's roundup (its items are then its own incidents, whatever their day).
    var isWeekRoundup: Bool { claims.contains { $0.notes.contains { $0.hasPrefix("a week's roundup") } } }

    static let amongTheDead = SentenceWords.phrases([
        "among the dead", "among the killed", "among those killed", "among the victims", "among the fatalities",
    ])

    /// "At least 9 were killed … The White Helmets said two children were among the dead": a subset of the toll before.
    mutating func markAmongTheDead(_ i: Int) {
        let c = claims[i]
        let words = sentence(c)
        // The toll was told before the phrase ("Among those killed, 720 were civilians, 200 …": the 720 is a sibling).
        guard c.measure == .killed, let at = Self.amongTheDead.compactMap({ words.firstIndex(of: $0) }).min(),
              let toll = claims[..<i].lastIndex(where: { isOwnToll($0) && $0.measure == .killed && $0.value > c.value && $0.span.start < words.offsets[at] })
        else { return }
        claims[i].role = .subset
        claims[i].parent = claims[toll].id
        if claims[i].place == nil { claims[i].place = claims[toll].place }
        claims[i].notes.append("among the dead of the toll before: a subset")
    }

    static let rescueWords = SentenceWords.phrases([
        "انتشل", "انتشلت", "انتشال", "اسعف", "اسعفت", "اسعاف", "recovered", "pulled", "retrieved", "evacuated",
    ])

    /// "حصيلة المجزرة ارتفعت إلى 19 قتيلاً … وأعلن الدفاع المدني أنه انتشل جثامين 16 قتيلاً وأسعف 40 مصاباً": what the
    /// rescuers recovered and treated is inside the toll, a subset of it, not another incident.
    mutating func markRescuedCount(_ i: Int) {
        let c = claims[i]
        guard sentence(c).contains(any: Self.rescueWords),
              let toll = claims.indices.first(where: { j in
                  j != i && isOwnToll(claims[j]) && claims[j].measure == c.measure && claims[j].value > c.value
                      && StoryPlace.compatible(claims[j].place, c.place) && sameDay(claims[j], c)
                      && !sentence(claims[j]).contains(any: Self.rescueWords)
              }) else { return }
        claims[i].role = .subset
        claims[i].parent = claims[toll].id
        claims[i].notes.append("counted by the rescuers: inside the toll, a subset")
    }

    static let documentVerbs = SentenceWords.phrases(["وثق", "وثقت", "ووثقت", "ووثق", "documented", "recorded"])
    static let pastSpans = SentenceWords.phrases(["in the past", "over the past", "during the past", "over the last", "in the last"])
    static let longUnits: Set<String> = ["months", "weeks", "years"]
    static let arabicPastSpans = SentenceWords.phrases(["خلال الاشهر", "في الاشهر", "خلال الاسابيع", "خلال السنوات"])

    /// "وثقت الشبكة مقتل 88 مدنياً في أيلول" (a monitor's count for a named month) and "a total of 58 children have been
    /// killed in the past six months": tallies over a period, not incidents.
    mutating func markPeriodTally(_ i: Int) {
        let c = claims[i]
        guard let p = published else { return }
        let s = sentence(c)
        if markPartOfYear(i) { return }
        // "in the past six months", not "over the past 24 hours" (a day's count of one event).
        if s.contains(any: Self.arabicPastSpans) || s.contains(any: Self.pastSpans) && s.words.contains(where: { Self.longUnits.contains($0.string) })
            || spanOfMonths(s) {
            markDayTally(i, Period(start: nil, end: p, text: "the months before \(p)"), note: "a count over the past months: a tally")
            return
        }
        // "tribal infighting has left 48 people dead this year": a count for the year so far.
        if s.contains(any: Self.thisYear), !ranksOneEventThisYear(s), let start = Day(year: p.year, month: 1, day: 1) {
            markDayTally(i, Period(start: start, end: p, text: "this year"), note: "a count for the year so far: a tally")
            return
        }
        // «أربع هجمات خلال الأيام الخمسة الماضية أسفرت عن مقتل شاب»: several events over the past days, a tally over them.
        let pastDaysEnglish = s.contains(any: Self.pastSpans) && s.words.contains { $0.string == "days" }
        if s.contains(any: Self.pastDays) || pastDaysEnglish, s.contains(any: Self.manyEvents) {
            markDayTally(i, Period(start: nil, end: p, text: "the days before \(p)"), note: "several events over the past days: a tally")
            return
        }
        guard s.contains(any: Self.documentVerbs) else { return }
        for k in s.words.indices {
            // "خلال شهر تموز", "in September"; not a day's date ("في 5 آذار").
            guard k > 0, Self.monthLeads.contains(s.words[k - 1].string), let m = PastPeriod.month(s.words, at: k) else { continue }
            let y = PastPeriod.year(s.words, after: k) ?? (m <= p.month ? p.year : p.year - 1)
            guard let period = PastPeriod.whole(year: y, month: m, text: s.words[k].string) else { return }
            markDayTally(i, period, note: "a monitor's count for a month: a tally")
            return
        }
    }

    static let spanLeads: Set<String> = ["over", "within", "during", "past", "last"]
    static let singleUnits: Set<String> = ["month", "week", "year"]
    static let superlativeWords: Set<String> = ["deadliest", "worst", "bloodiest", "largest", "biggest", "heaviest", "first"]

    /// "over three months", "in the past month", "during the last year": a count over a span of weeks or more
    /// (not "the deadliest attack in the past year", which ranks one event).
    func spanOfMonths(_ s: SentenceWords) -> Bool {
        guard !s.words.contains(where: { Self.superlativeWords.contains($0.string) }) else { return false }
        for (k, w) in s.words.enumerated() where k + 1 < s.words.count && Self.spanLeads.contains(w.string) {
            let n = s.words[k + 1].string
            if (w.string == "past" || w.string == "last"), Self.singleUnits.contains(n), k > 0, s.words[k - 1].string == "the" { return true }
            if w.string == "over" || w.string == "within", EnglishNumbers.small[s.words[k + 1]] != nil || Int(n) != nil,
               k + 2 < s.words.count, Self.longUnits.contains(s.words[k + 2].string) { return true }
        }
        return false
    }

    static let rankingWords: Set<String> = superlativeWords.union(Set(["الاعنف", "الادمي", "الاسوا", "الاكثر", "الاشد", "الاكبر"].map { Fold.key($0).string }))

    /// "died in Friday's drone strike on Sarmin, the deadliest attack in Idlib this year": "this year" after a superlative
    /// within a few words ranks the one attack («الهجوم الأعنف في إدلب هذا العام»); it is not the figure's period.
    func ranksOneEventThisYear(_ s: SentenceWords) -> Bool {
        guard let k = Self.thisYear.compactMap({ s.firstIndex(of: $0) }).min() else { return false }
        let before = s.words[max(0, k - RankedEvent.reach)..<k]
        return RankedEvent.ranks(before)
            || before.contains { Self.rankingWords.contains($0.string) } && !s.contains(any: Self.sinceCues) && !s.contains(any: Self.manyEvents)
    }

    static let thisYear = SentenceWords.phrases(["this year", "so far this year", "هذا العام", "العام الجاري", "السنه الجاريه", "هذه السنه"])
    static let pastDays = SentenceWords.phrases([
        "خلال الايام", "في الايام", "الايام الماضيه", "past few days", "the past days", "in recent days", "over recent days",
    ])
    static let monthLeads: Set<String> = ["خلال", "في", "شهر", "during", "in", "بشهر"]
    static let afterWords: Set<String> = ["بعد"]
    static let spanWords: Set<String> = ["يوم", "يومين", "ساعات", "ساعه", "ساعتين", "ايام", "اسبوع", "اسبوعين", "24", "48", "شهر", "ليله"]
    static let recalledEvents: Set<String> = [
        "مجزره", "اعتداء", "هجوم", "غاره", "قصف", "تفجير", "انفجار", "كمين", "استهداف", "عمليه", "اغتيال", "مقتل",
    ]

    /// "استشهد شاب اليوم، بعد يوم من مجزرة راح ضحيتها أكثر من 12 مدنياً": the figure after «بعد <time> من <event>» is of
    /// the earlier event the clause recalls, not the report's own.
    mutating func markRecalledClause(_ i: Int) {
        let c = claims[i]
        let s = sentence(c)
        guard c.span.start > s.start, c.span.start <= scalars.count else { return }
        let before = Self.foldedWords(scalars[s.start..<c.span.start])
        guard let a = before.lastIndex(where: { Self.afterWords.contains(Self.bare($0)) }) else { return }
        let tail = before[(a + 1)...].map(Self.bare)
        guard tail.count <= 16, tail.prefix(5).contains(where: { Self.spanWords.contains($0) }),
              tail.contains(where: { Self.recalledEvents.contains($0) }) else { return }
        // The report's own figure must come before the clause.
        guard claims.contains(where: { isOwnToll($0) && $0.id != c.id && $0.span.start < c.span.start }) else { return }
        claims[i].context = .backReference
        claims[i].notes.append("in a clause recalling an earlier event: not the report's own event")
        setChildren(of: c.id) { $0.context = .backReference }
    }

    static let lastWeekday: [[Key]] = {
        let days = ["السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه"]
        var out: [String] = []
        for d in days { for w in ["الماضي", "الفائت", "المنصرم"] { out.append("\(d) \(w)") } }
        for d in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] { out.append("last \(d)") }
        return SentenceWords.phrases(out)
    }()

    /// "وتعرضت القوات الخميس الماضي لكمين قُتل خلاله 30": a day named as last week's, after the report's own
    /// figure, recalls an earlier event.
    mutating func markLastWeekday(_ i: Int) {
        let c = claims[i]
        guard !isWeekRoundup, sentence(c).contains(any: Self.lastWeekday),
              claims.contains(where: { isOwnToll($0) && $0.id != c.id && $0.span.start < c.span.start }) else { return }
        claims[i].context = .backReference
        claims[i].notes.append("a day of last week recalled: not the report's own event")
        setChildren(of: c.id) { $0.context = .backReference }
    }

    static let relativeCues = SentenceWords.phrases([
        "which left", "that left", "which killed", "that killed", "which claimed", "الذي خلف", "والذي خلف", "التي خلفت",
        "والتي خلفت", "الذي اسفر", "والذي اسفر", "التي اسفرت", "والتي اسفرت",
    ])

    /// "The attack which left three SDF members dead was the second this week": a relative clause about the report's
    /// own event restates its toll (or, when the report gives no other, is its toll). Only with no past cue.
    mutating func keepOwnRelativeClause(_ i: Int) {
        let c = claims[i]
        guard c.kind == .incident, c.role == .total, c.context == .backReference else { return }
        let s = sentence(c)
        guard s.contains(any: Self.relativeCues), PastPeriod.find(s, published: published) == nil,
              !s.contains(any: Self.earlierEvent), !s.contains(any: Self.pastCues), !s.contains(any: Self.earlierFigure),
              !s.words.contains(where: { $0.string == "had" || $0.string == "قد" }) else { return }
        let same = claims.contains { isOwnToll($0) && $0.measure == c.measure && $0.value == c.value }
        let none = !claims.contains { isOwnToll($0) && $0.measure == c.measure }
        guard same || none else { return }
        claims[i].context = .main
        claims[i].notes.append("a relative clause about the report's own event")
        setChildren(of: c.id) { $0.context = .main }
    }

    static func foldedWords(_ s: ArraySlice<Unicode.Scalar>) -> [String] {
        var out: [String] = []
        var word = String.UnicodeScalarView()
        for x in s {
            if x.properties.isAlphabetic || x.properties.numericType != nil { word.append(x); continue }
            if !word.isEmpty { out.append(Fold.key(String(word)).string); word = String.UnicodeScalarView() }
        }
        if !word.isEmpty { out.append(Fold.key(String(word)).string) }
        return out
    }

    /// A word without a leading `و`, `ب`, `ل` or `وب` (for matching against bare forms).
    static func bare(_ w: String) -> String {
        for p in ["وب", "و", "ب", "ل"] where w.hasPrefix(p) && w.count > p.count + 2 { return String(w.dropFirst(p.count)) }
        return w
    }
}
