import LedgerCore

/// "in the first half of the year", "in the first quarter of 2018", «في النصف الأول من العام»: a count over the opening
/// months of a year (UNAMA's and the ministries' half-yearly and quarterly tolls).
extension FrameReview {
    static let yearParts: [(phrases: [[Key]], months: Int)] = [
        (SentenceWords.phrases(["first half", "النصف الأول", "النصف الاول"]), 6),
        (SentenceWords.phrases(["first quarter", "الربع الأول", "الربع الاول"]), 3),
        (SentenceWords.phrases(["first three months", "first 3 months", "الأشهر الثلاثة الأولى", "الاشهر الثلاثه الاولى"]), 3),
        (SentenceWords.phrases(["first six months", "first 6 months", "الأشهر الستة الأولى", "الاشهر السته الاولى"]), 6),
        (SentenceWords.phrases(["first nine months", "first 9 months", "الأشهر التسعة الأولى", "الاشهر التسعه الاولى"]), 9),
    ]

    static let yearWords = SentenceWords.phrases(["year", "العام", "عام", "السنة", "العام الجاري"])

    /// A tally with no period yet ("recorded 763 civilian deaths in the first quarter of the year") takes the part named.
    mutating func periodOfPartOfYear(_ i: Int) {
        guard claims[i].kind == .tally, claims[i].role == .total, claims[i].period == nil else { return }
        _ = markPartOfYear(i)
    }

    /// Marks the claim a tally from the first of January to the end of the part named (the year written in the sentence,
    /// else the year of publication); true when it did.
    mutating func markPartOfYear(_ i: Int) -> Bool {
        guard let p = published else { return false }
        let s = sentence(claims[i])
        guard let part = Self.yearParts.first(where: { s.contains(any: $0.phrases) }) else { return false }
        let written = s.words.compactMap { Int($0.string) }.first { (1990...2100).contains($0) }
        // ("the first half of the match": only a year's part.)
        guard written != nil || s.contains(any: Self.yearWords) else { return false }
        let year = written ?? p.year
        guard let start = Day(year: year, month: 1, day: 1),
              let end = Day(year: year, month: part.months, day: Day.daysIn(month: part.months, year: year)) else { return false }
        markDayTally(i, Period(start: start, end: end, text: "the first \(part.months) months of \(year)"),
                     note: "a count over the opening months of a year: a tally")
        return true
    }
}
