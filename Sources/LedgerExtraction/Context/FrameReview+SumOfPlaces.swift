import LedgerCore

/// A lead that sums the report's incidents at several places: "five civilians were killed in strikes
/// on a city and two villages of Idlib" over the body's "two children and a woman in Jisr al-Shughur",
/// "one in Bdama", "one in Tal Hlawa". The lead's figure is their sum, a tally for the day; counted as
/// an incident it would add the same dead a second time.
extension FrameReview {
    /// The largest report this search runs on (tolls after the figure); longer roundups are left alone.
    static let sumSearchLimit = 16

    mutating func markSumOfPlaces(_ i: Int) {
        let c = claims[i]
        guard isOwnToll(c), c.supersededBy == nil, c.value >= 2, c.value <= 1_000 else { return }
        // The parts: later own tolls of the measure, within the figure's place, of a category it may hold.
        // "At least 26 killed in Idlib province and the eastern Ghouta" over 17 in Idlib and 9 in Douma: the report's first
        // toll of the measure (its lead) may have parts outside its place when they add up to it exactly.
        let isLead = !claims[..<i].contains { $0.measure == c.measure && $0.role == .total }
        let later = claims.indices.filter { j in
            j > i && isOwnToll(claims[j]) && claims[j].measure == c.measure && claims[j].supersededBy == nil
                && claims[j].value < c.value && (c.category == .all || claims[j].category == c.category || c.category == .civilians)
                && (claims[j].place != nil || c.place != nil)
                && (isLead || StoryPlace.compatible(c.place, claims[j].place) && StoryPlace.finer(c.place, claims[j].place) == claims[j].place
                    // "6 في مدينة إدلب …، و2 في بلدة بنش، و4 في تفتناز": items of one list after the lead are its siblings.
                    && sentence(claims[j]).start != sentence(c).start)
        }
        guard later.count >= 2, later.count <= Self.sumSearchLimit, let parts = Self.exactSum(later.map { claims[$0].value }, to: c.value)
        else { return }
        let chosen = parts.map { later[$0] }
        // Parts at one place only are a breakdown of the lead's one event: its parts, not incidents beside it.
        let places = Set(chosen.compactMap { claims[$0].place.map { StoryPlace.lineage($0) } })
        guard places.count >= 2 else {
            // Told person by person in the body: the parts stand in sentences after the lead's, not in it.
            let leadSentence = sentence(c).start
            guard chosen.allSatisfy({ StoryPlace.compatible(c.place, claims[$0].place) && sameDay(c, claims[$0]) && sentence(claims[$0]).start != leadSentence })
            else { return }
            // "Two civilians died in another strike nearby": separate strikes, whose sum the lead is.
            if chosen.contains(where: { sentence(claims[$0]).contains(any: Self.anotherEvent) }), let day = c.eventDate?.day ?? published {
                markDayTally(i, Period(start: day, end: day, text: c.eventDate?.text ?? day.description),
                             note: "the sum of the report's separate incidents at one place: a tally for the day")
            } else {
                markParts(i, chosen)
            }
            return
        }
        let day = c.eventDate?.day ?? chosen.compactMap { claims[$0].eventDate?.day }.first ?? published
        guard let day else { return }
        let period = Period(start: day, end: day, text: c.eventDate?.text ?? day.description)
        markDayTally(i, period, note: "the sum of the report's incidents at \(places.count) places: a tally for the day")
    }

    static let anotherEvent = SentenceWords.phrases([
        "another strike", "another attack", "another raid", "another blast", "another explosion", "another shelling", "a similar",
        "separate", "اخري", "اخر", "مماثل", "مماثله", "منفصل", "منفصله",
    ])

    func sameDay(_ a: Claim, _ b: Claim) -> Bool {
        guard let da = a.eventDate?.day, let db = b.eventDate?.day else { return true }
        return da == db
    }

    /// "ذهب ضحيته ثلاثة مواطنين" … "مقتل زوجته" … "مقتل الطفلين": the body tells the lead's toll person by person.
    mutating func markParts(_ i: Int, _ parts: [Int]) {
        for j in parts {
            claims[j].role = .part
            claims[j].parent = claims[i].id
            if claims[j].place == nil { claims[j].place = claims[i].place }
            claims[j].notes.append("a part of the lead's toll, told in the body")
        }
    }

    /// Indices of `values`, in order, that add up to `target` exactly, preferring the earliest ones; nil when none do.
    static func exactSum(_ values: [Int], to target: Int) -> [Int]? {
        // reach[s] = the index set (as a bit mask) that first reached sum s.
        var reach: [Int: UInt32] = [0: 0]
        for (k, v) in values.enumerated() {
            for (s, mask) in reach.sorted(by: { $0.key > $1.key }) where s + v <= target && reach[s + v] == nil {
                reach[s + v] = mask | (1 << UInt32(k))
            }
            if let m = reach[target] { return (0..<values.count).filter { m & (1 << UInt32($0)) != 0 } }
        }
        return nil
    }
}
