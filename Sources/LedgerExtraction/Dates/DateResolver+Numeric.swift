import LedgerCore

extension DateResolver {
    /// A date written in figures: "2025/4/18", "2025-04-18", "18/04/2025", «١٨/٤/٢٠٢٥». With the year
    /// last, the day comes first (the Syrian and British order) unless the first figure cannot be a
    /// month's day and the second can ("4/18/2025"). The figures must touch their separators, so that
    /// "2 - 3 - 4" in a list is no date.
    static func numericDate(_ t: [Token], at i: Int, limit: Int, text: (Int, Int) -> String) -> EventDate? {
        guard i + 4 < limit, t[i].isNumber, let a = t[i].value, t[i + 2].isNumber, let b = t[i + 2].value,
              t[i + 4].isNumber, let c = t[i + 4].value,
              t[i + 1].isPunct("/") || t[i + 1].isPunct("-"), t[i + 3].key == t[i + 1].key,
              (i + 1...i + 4).allSatisfy({ !t[$0].spaceBefore }) else { return nil }
        let (year, month, day): (Int, Int, Int)
        if isYear(t[i]) != nil {
            (year, month, day) = (a, b, c)
        } else if isYear(t[i + 4]) != nil {
            (year, month, day) = a > 12 || b <= 12 ? (c, b, a) : (c, a, b)
        } else {
            return nil
        }
        guard let d = Day(year: year, month: month, day: day) else { return nil }
        return EventDate(day: d, text: text(i, i + 5))
    }

    /// «في الرابع عشر من نيسان», «الحادي والعشرين من شهر آذار»: a day written as an Arabic ordinal,
    /// then its month. Returns the day and the index of the month's first token.
    static func ordinalDay(_ t: [Token], at i: Int, limit: Int) -> (day: Int, monthAt: Int)? {
        guard i < limit, t[i].isWord, t[i].arabic else { return nil }
        let k = t[i].key.string
        var day: Int
        var j = i + 1
        if let tens = ordinalTens[k] {
            day = tens
        } else if let unit = ordinalUnits[k] {
            day = unit
            if j < limit, let add = ordinalTeens[t[j].key.string] { day = unit + add; j += 1 } else if unit == 1 && k != firstOrdinal { return nil }
        } else {
            return nil
        }
        guard (1...31).contains(day), j < limit, t[j].key.string == "من" else { return nil }
        j += 1
        if j < limit, t[j].key.string == monthWord { j += 1 }
        return (day, j)
    }

    static let firstOrdinal = Fold.key("الأول").string
    static let monthWord = Fold.key("شهر").string
    static let ordinalUnits: [String: Int] = fold([
        ("الأول", 1), ("الحادي", 1), ("الثاني", 2), ("الثالث", 3), ("الرابع", 4), ("الخامس", 5), ("السادس", 6), ("السابع", 7),
        ("الثامن", 8), ("التاسع", 9), ("العاشر", 10),
    ])
    static let ordinalTeens: [String: Int] = fold([("عشر", 10), ("والعشرين", 20), ("والثلاثين", 30)])
    static let ordinalTens: [String: Int] = fold([("العشرين", 20), ("الثلاثين", 30)])

    private static func fold(_ list: [(String, Int)]) -> [String: Int] {
        Dictionary(list.map { (Fold.key($0.0).string, $0.1) }, uniquingKeysWith: { a, _ in a })
    }
}
