import LedgerCore

extension FrameReview {
    static let incrementCues = SentenceWords.phrases([
        "of the wounded died", "of the injured died", "succumbed", "died of their wounds", "died of wounds", "died of their injuries",
        "died from their wounds", "died from their injuries", "من الجرحي", "من المصابين", "متاثرين", "متاثرا", "متاثره", "متاثرتين",
    ])
    /// A death of wounds told of one person: inside a raised toll only when its clause follows the toll's (``markIncrement(_:)``).
    static let oneDiedOfWounds = SentenceWords.phrases(["died of his wounds", "died of her wounds", "died of his injuries", "died of her injuries"])
    static let similarCues = SentenceWords.phrases(["similar attack", "similar bombing", "a similar", "مماثل", "مماثله"])
    static let manyEvents = SentenceWords.phrases([
        "attacks", "bombings", "operations", "shootings", "across the province", "across the country", "in total", "هجمات",
        "عمليات", "تفجيرات", "الهجمات", "العمليات", "التفجيرات", "في مختلف", "انحاء", "مجمل",
    ])
    static let oneEvent = SentenceWords.phrases([
        "attack", "bombing", "blast", "explosion", "ambush", "strike", "massacre", "similar", "هجوم", "الهجوم", "تفجير", "التفجير",
        "انفجار", "الانفجار", "كمين", "الكمين", "غاره", "الغاره", "مجزره", "المجزره", "مماثل", "مماثله",
    ])
    static let pastCues = SentenceWords.phrases(["وكان", "وكانت", "سبق", "سابق", "سابقا", "الماضي", "الفائت", "المنصرم", "قبل"])
    static let sinceCues = SentenceWords.phrases(["since", "منذ", "so far", "حتى الان"])

    static let afterKilling = SentenceWords.phrases(["بعد مقتل", "بعد استشهاد", "بعد وفاه", "after the killing of", "after the deaths of"])
    static let riseWords = SentenceWords.phrases(["ارتفع", "ارتفعت", "لترتفع", "rose to", "risen to", "climbed to"])

    /// "The toll rose to 14 after two of the wounded died": the two are inside the 14. Also «ارتفع عدد القتلى إلى 13 بعد
    /// مقتل ستة في كمين»: the six killed last are inside the risen toll.
    mutating func markIncrement(_ i: Int) {
        let c = claims[i]
        let s = sentence(c)
        guard c.measure == .killed else { return }
        // "Three of the wounded later died": the figure picked out of the wounded died.
        let fromWounded = pickedFromWounded(c) || diedOfWoundsRaising(s)
        guard fromWounded || s.contains(any: Self.incrementCues) || s.contains(any: Self.afterKilling) && s.contains(any: Self.riseWords)
        else { return }
        let toll = claims.indices.first { j in
            j != i && isOwnToll(claims[j]) && claims[j].measure == .killed && claims[j].value > c.value
                && claims[j].span.start >= s.start && claims[j].span.end <= s.end
        } ?? claims.indices.last { j in
            j < i && isOwnToll(claims[j]) && claims[j].measure == .killed && claims[j].value > c.value
        }
        guard let toll else { return }
        if !fromWounded, !s.contains(any: Self.incrementCues), claims[toll].span.start > c.span.start || claims[toll].span.start < s.start { return }
        // «قُتل مدنيان برصاص قناص، بينما توفي طفل متأثراً بجراحه»: after a contrast, with no toll raised, one more death.
        if !fromWounded, !s.contains(any: Self.riseWords), contrastBetween(claims[toll], c, s) || listItemAfter(claims[toll], c, s) { return }
        // «ارتفعت الحصيلة إلى أربعة بعد وفاة امرأة متأثرةً بجروحها، فيما قُتل شابان بقصف مماثل»: a figure in a clause after a
        // contrast that follows the increment is a death of its own, unless its own clause tells of wounds or a death.
        if !fromWounded, let k = lastContrast(between: claims[toll], c, s),
           ![Self.incrementCues, Self.oneDiedOfWounds, Self.afterKilling].contains(where: { s.tail(fromWord: k).contains(any: $0) }) { return }
        claims[i].role = .subset
        claims[i].parent = claims[toll].id
        claims[i].notes.append("increment: inside the new toll, not a revision of it")
    }

    static let raisingTo = SentenceWords.phrases(["raising the", "bringing the", "raising its", "bringing its"])

    /// "A man who was wounded in Friday's strike died of his injuries on Sunday, raising the number killed to five": the one
    /// who died of his wounds is inside the toll his death raised.
    func diedOfWoundsRaising(_ s: SentenceWords) -> Bool {
        s.contains(any: Self.oneDiedOfWounds) && (s.contains(any: Self.riseWords) || s.contains(any: Self.raisingTo))
    }

    static let contrastKeys: Set<String> = Set(["بينما", "وبينما", "فيما", "وفيما", "while", "whereas"].map { Fold.key($0).string })

    /// The last contrast word between an earlier toll of the sentence and the figure (its index in the sentence's words).
    func lastContrast(between toll: Claim, _ c: Claim, _ s: SentenceWords) -> Int? {
        guard toll.span.end <= c.span.start else { return nil }
        return s.words.indices.last { k in
            s.offsets[k] >= toll.span.end && s.offsets[k] < c.span.start && Self.contrastKeys.contains(s.words[k].string)
        }
    }

    /// A contrast word between an earlier toll of the sentence and the figure.
    func contrastBetween(_ toll: Claim, _ c: Claim, _ s: SentenceWords) -> Bool {
        lastContrast(between: toll, c, s) != nil
    }

    /// A figure the sentence places before the report's days: a back-reference or a background tally.
    mutating func placeInPast(_ i: Int) {
        let c = claims[i]
        let s = sentence(c)
        // A figure with a date of its own is placed by it (an early one is judged against the report's event).
        if let d = c.eventDate, !d.unresolved, !d.candidates.isEmpty { return }
        if (c.kind == .tally && s.contains(any: Self.sinceCues)) || s.contains(any: Self.sinceStart) { return }
        guard let period = PastPeriod.find(s, published: published) ?? similarPeriod(c, s) else { return }
        // A period that ended days before the report may hold its own event, unless the words recall it ("last month").
        if let p = published, let end = period.end, p.ordinal - end.ordinal < 10, c.context != .backReference { return }
        if c.kind == .tally && (c.period?.start != period.start || !s.contains(any: Self.oneEvent) || s.contains(any: Self.manyEvents)) {
            return
        }
        guard period.start != nil else {
            guard c.context == .main else { return }
            claims[i].context = .backReference
            claims[i].notes.append("an earlier event recalled: not the report's own event")
            setChildren(of: c.id) { $0.context = .backReference }
            return
        }
        if c.context == .backReference {
            claims[i].kind = .incident
        } else if s.contains(any: Self.manyEvents) {
            claims[i].kind = .tally
            claims[i].context = (period.start.map { s in period.end.map { $0.ordinal - s.ordinal >= 300 } ?? true } ?? true) ? .background : .main
        } else {
            claims[i].kind = .incident
            claims[i].context = .backReference
        }
        claims[i].period = period
        claims[i].eventDate = nil
        claims[i].notes.append("placed in \(period.text): not the report's own event")
        let (kind, context) = (claims[i].kind, claims[i].context)
        setChildren(of: c.id) { $0.period = period; $0.eventDate = nil; $0.kind = kind; $0.context = context }
    }

    /// "A similar attack ... killed nine" with no period named: a back-reference with no date.
    func similarPeriod(_ c: Claim, _ s: SentenceWords) -> Period? {
        guard c.kind == .incident, s.contains(any: Self.similarCues) else { return nil }
        // "تعرضت بلدة بداما لقصف مماثل": in Arabic news "a similar strike" is as often one more strike of the same
        // day; it is recalled only when the sentence says it was before.
        if c.span.text.unicodeScalars.contains(where: { $0.value >= 0x600 && $0.value <= 0x6FF }), !s.contains(any: Self.pastCues) { return nil }
        return Period(start: nil, end: nil, text: "")
    }

    /// Words that say a figure comes from the monitor's report the article summarises ("وأضاف التقرير أن …").
    static let reportWords = SentenceWords.phrases(["التقرير", "تقريرها", "تقريره", "the report", "its report", "the network"])

    /// "Its attacks killed or wounded 683 people", undated, in a report whose frame is a tally; "وأضاف التقرير أن القوات
    /// الروسية قتلت 166 مدنياً" under a monthly tally (a breakdown by perpetrator).
    mutating func foldIntoTally(_ i: Int) {
        let c = claims[i]
        guard c.eventDate == nil, sentence(c).contains(any: Self.manyEvents) || sentence(c).contains(any: Self.reportWords),
              let tally = claims[..<i].last(where: { $0.kind == .tally && $0.context == .main && $0.role == .total && $0.period != nil })
        else { return }
        claims[i].kind = .tally
        claims[i].period = tally.period
        claims[i].notes.append("counts many events: part of the report's tally frame")
        setChildren(of: c.id) { $0.kind = .tally; $0.period = tally.period }
    }

    mutating func setChildren(of id: String, _ change: (inout Claim) -> Void) {
        for j in claims.indices where claims[j].parent == id { change(&claims[j]) }
    }
}
