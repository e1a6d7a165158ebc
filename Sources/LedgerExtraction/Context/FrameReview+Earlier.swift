import LedgerCore

/// Rules for figures of earlier events and earlier figures, and for tolls over an area or a season.
extension FrameReview {
    static let cameAfter = SentenceWords.phrases(["came", "comes", "ياتي", "جاء", "تاتي", "جاءت"])
    static let after = SentenceWords.phrases(["after", "بعد"])
    static let earlierEvent = SentenceWords.phrases([
        "earlier this month", "earlier this week", "earlier this year", "last week", "مطلع الشهر", "في وقت سابق من الشهر",
        "الاسبوع الماضي", "قبل ايام", "قبل اسبوع", "قبل اسبوعين",
    ])
    static let earlierFigure = SentenceWords.phrases([
        "had earlier", "earlier reported", "had reported", "earlier toll", "earlier figure", "في وقت سابق", "حصيله سابقه", "قد وثق",
        "حصيله اولي", "حصيله اوليه", "initial toll", "first toll",
        // A correction: "An earlier version of this report said two were killed", «ورد خطأً في نسخة سابقة».
        "earlier version", "previous version", "incorrectly", "erroneously", "wrongly reported", "نسخه سابقه", "ورد خطا",
        // "An earlier report said 11 were killed, but the civil defence later put the toll at 16".
        "earlier report",
    ])
    static let nationwide = SentenceWords.phrases([
        "across syria", "across the country", "across syrian territory", "across the nation", "nationwide", "throughout syria",
        "throughout the country", "على امتداد", "في مختلف المناطق", "في عموم",
    ])
    static let sinceStart = SentenceWords.phrases([
        "since the beginning", "since the start", "the number of", "منذ بدايه", "منذ مطلع", "منذ بدء", "عدد الذين",
        "since the season began", "since the season started", "since the season opened", "منذ بدايه الموسم",
    ])

    /// "The attack came three weeks after five soldiers were killed", "Earlier this month ... three",
    /// or a date well before the report's own event: an earlier event recalled.
    mutating func markEarlierEvent(_ i: Int, mainDay: Day?) {
        let c = claims[i]
        let s = sentence(c)
        let cameAfter = s.contains(any: Self.cameAfter) && s.contains(any: Self.after)
        // A week's roundup tells the killings of several days: none of its days is "before" the report's.
        let before = !isWeekRoundup && (c.eventDate?.day.flatMap { d in mainDay.map { $0.ordinal - d.ordinal >= 3 } } ?? false)
        guard cameAfter || before || s.contains(any: Self.earlierEvent) else { return }
        claims[i].context = .backReference
        claims[i].notes.append("an earlier event recalled: not the report's own event")
        setChildren(of: c.id) { $0.context = .backReference }
    }

    /// "It had earlier reported 14 dead": the same source's earlier figure for the event the report
    /// updates, superseded by the new toll; a figure of another measure in it is a back-reference.
    mutating func markEarlierFigure(_ i: Int) {
        let c = claims[i]
        guard sentence(c).contains(any: Self.earlierFigure) else { return }
        let s = sentence(c)
        // "Earlier on Saturday, a man was wounded in another village" is another event: an earlier
        // figure is of the same place (or one within it, or none named).
        let newer = claims.indices.first { j in
            j != i && isOwnToll(claims[j]) && claims[j].measure == c.measure && claims[j].value != c.value
                && (claims[j].span.end <= s.start || claims[j].span.start >= s.end)
                && StoryPlace.compatible(claims[j].place, c.place)
        }
        if let newer {
            claims[i].supersededBy = claims[newer].id
            claims[i].notes.append("the source's earlier figure for this event")
        } else if claims.contains(where: { isOwnToll($0) && $0.span.start < s.start && StoryPlace.compatible($0.place, c.place) }) {
            claims[i].context = .backReference
            claims[i].notes.append("an earlier figure for the report's event, not a new one")
        }
    }

    /// "14 people were killed across Syrian territory yesterday": a toll over the country for a day is
    /// a tally for that day; "the number of ... since the beginning of the season rises to 29" is a
    /// tally over the season.
    mutating func markAreaOrSeasonToll(_ i: Int) {
        let c = claims[i]
        let s = sentence(c)
        let period: Period
        if s.contains(any: Self.nationwide), let d = c.eventDate?.day {
            period = Period(start: d, end: d, text: c.eventDate?.text ?? d.description)
        } else if s.contains(any: Self.sinceStart), !ranksOneEvent(s, by: Self.sinceStart), !countOfOneAttack(s), !countOfTheAttackBefore(i),
                  !numberOfAfterContrast(i) {
            period = Period(start: PastPeriod.monthNamed(s, published: published), end: published, text: "since the start")
        } else { return }
        claims[i].kind = .tally
        claims[i].period = period
        claims[i].eventDate = nil
        claims[i].notes.append("a toll over an area or a season: a tally")
        setChildren(of: c.id) { $0.kind = .tally; $0.period = period; $0.eventDate = nil }
    }

    /// «قتل 12 في أعنف هجوم منذ بداية العام»: the first of `phrases` in the sentence follows a superlative and an event's
    /// noun (``RankedEvent``), so it ranks that event rather than dating the figure.
    func ranksOneEvent(_ s: SentenceWords, by phrases: [[Key]]) -> Bool {
        guard let k = phrases.compactMap({ s.firstIndex(of: $0) }).min() else { return false }
        return RankedEvent.ranks(s.words[max(0, k - RankedEvent.reach)..<k])
    }

    /// "The number of people killed in the strike on the school has risen to 80": "the number of" alone, in a sentence that
    /// names one attack with "the" and no period, counts that attack's dead, not a season's.
    func countOfOneAttack(_ s: SentenceWords) -> Bool {
        guard !s.contains(any: Self.sinceStartProper), !s.contains(any: Self.sinceCues), !s.contains(any: Self.manyEvents) else { return false }
        return s.contains(any: Self.theAttack) || Self.namesOneAttack(s.words)
    }

    /// "in Tuesday's car bomb explosion", "of the suicide attack on the market", "from yesterday's air strike": "in", "of" or
    /// "from", then "the" or a day's possessive, then a singular attack noun within the next four words (its modifiers
    /// before it: "car bomb", "double suicide", "Israeli air").
    static func namesOneAttack(_ words: [Key]) -> Bool {
        for i in words.indices.dropLast(2) where attackPrepositions.contains(words[i]) {
            guard words[i + 1] == "the" || dayPossessives.contains(words[i + 1]) else { continue }
            if words[(i + 2)..<min(words.count, i + 6)].contains(where: { oneAttackNouns.contains($0) }) { return true }
        }
        return false
    }

    static let attackPrepositions: Set<Key> = ["in", "of", "from"]
    static let oneAttackNouns: Set<Key> = Set([
        "strike", "airstrike", "attack", "blast", "bombing", "explosion", "massacre", "shelling", "raid", "ambush", "bombardment",
    ].map(Fold.key))
    static let dayPossessives: Set<Key> = Set([
        "today's", "yesterday's", "monday's", "tuesday's", "wednesday's", "thursday's", "friday's", "saturday's", "sunday's",
        "morning's", "night's", "evening's", "weekend's",
    ].flatMap { [$0, String($0.filter { $0 != "'" })] }.map(Fold.key))

    static let sinceStartProper = SentenceWords.phrases([
        "since the beginning", "since the start", "منذ بدايه", "منذ مطلع", "منذ بدء", "عدد الذين",
        "since the season began", "since the season started", "since the season opened", "منذ بدايه الموسم",
    ])
    static let theAttack = SentenceWords.phrases([
        "in the strike", "in the attack", "in the blast", "in the bombing", "in the explosion", "in the massacre", "in the shelling",
        "of the strike", "of the attack", "of the blast", "of the bombing", "of the explosion", "of the massacre",
    ])

    /// An earlier figure the same report replaces is about the same event: it takes the newer
    /// figure's place and date when it names none, so that it links with it.
    mutating func placeLikeNewerFigure(_ i: Int) {
        guard let newer = claims[i].supersededBy, let n = claims.first(where: { $0.id == newer }) else { return }
        if claims[i].place == nil { claims[i].place = n.place }
        if claims[i].eventDate == nil { claims[i].eventDate = n.eventDate }
    }
}
