import LedgerCore

extension FrameReview {
    /// Words that say a figure counts more than one event of the report.
    static let separateEvents = SentenceWords.phrases([
        "separate incidents", "separate attacks", "separate explosions", "separate blasts", "two incidents", "three incidents",
        "حادثين منفصلين", "حادثتين منفصلتين", "حوادث منفصلة", "حوادث متفرقة", "هجومين منفصلين", "هجمات منفصلة",
        "انفجارين منفصلين", "حادثين", "حادثتين", "حادثي", "حادثتي", "هجومين", "two separate", "in two attacks",
        "تفجيرين منفصلين", "تفجيرين", "انفجارين", "غارتين منفصلتين", "سلسله هجمات", "سلسله هجمات وحوادث", "a series of attacks",
        "series of attacks", "separate strikes", "separate bombings",
        // "bringing the total for the two attacks to 29", «مجموع قتلى الانفجارين»: the dead of both told before.
        "two attacks", "both attacks", "two blasts", "both blasts", "two explosions", "two strikes", "three attacks",
        "الهجومين", "الانفجارين", "التفجيرين", "الغارتين", "الهجمات الثلاث",
    ])

    /// "Three civilians killed in two separate incidents" over a report whose own tolls are 2 and 1: the
    /// figure is their sum, a tally for the day, not a third incident (counted once more it would add
    /// the same dead again). Only when the report's other tolls of the measure add up to it exactly;
    /// a restatement of the sum goes with it.
    mutating func markSumOfSeparateEvents(_ i: Int) {
        let c = claims[i]
        guard isOwnToll(c), sentence(c).contains(any: Self.separateEvents) else { return }
        // "وقبل ساعات كان 3 آخرون قد قتلوا": a killing hours earlier is one of the day's, though told as past.
        let parts = claims.indices.filter { j in
            j != i && (isOwnToll(claims[j]) || sameDayRecalled(claims[j])) && claims[j].measure == c.measure && claims[j].value != c.value
                && claims[j].supersededBy == nil
        }
        guard parts.count >= 2, parts.reduce(0, { $0 + claims[$1].value }) == c.value else { return }
        let partDays = parts.compactMap { claims[$0].eventDate?.day }
        let day = c.eventDate?.day ?? partDays.first ?? published
        guard let day else { return }
        let period = Period(start: day, end: day, text: c.eventDate?.text ?? day.description)
        let sums = claims.indices.filter { j in
            isOwnToll(claims[j]) && claims[j].measure == c.measure && claims[j].value == c.value && StoryPlace.compatible(claims[j].place, c.place)
        }
        for j in sums { markDayTally(j, period, note: "the sum of the report's separate incidents: a tally for the day") }
        for j in parts where claims[j].context == .backReference {
            claims[j].context = .main
            claims[j].notes.append("hours earlier the same day: one of the day's incidents")
            setChildren(of: claims[j].id) { $0.context = .main }
        }
    }

    static let sameDayCues = SentenceWords.phrases([
        "قبل ساعات", "قبل ساعه", "hours earlier", "hours before", "earlier in the day", "في وقت سابق اليوم", "earlier today",
    ])

    /// A figure marked as recalled whose sentence places it hours earlier on the same day.
    func sameDayRecalled(_ c: Claim) -> Bool {
        c.kind == .incident && c.role == .total && c.context == .backReference && c.period == nil && sentence(c).contains(any: Self.sameDayCues)
    }

    /// Makes a figure (and its parts and subsets) a tally over `period`, with no event date of its own.
    mutating func markDayTally(_ i: Int, _ period: Period, note: String) {
        claims[i].kind = .tally
        claims[i].period = period
        claims[i].eventDate = nil
        claims[i].notes.append(note)
        var place = claims[i].place
        if let area = areaScope(of: claims[i]), area.name != place?.name {
            place = area
            claims[i].place = area
            claims[i].notes.append("a count over \(area.text)")
        }
        setChildren(of: claims[i].id) { $0.kind = .tally; $0.period = period; $0.eventDate = nil; $0.place = place }
    }
}
