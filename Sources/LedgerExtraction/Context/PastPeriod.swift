import LedgerCore

/// A period a sentence names that lies wholly before the report's own days: "in January" (in a
/// March report), "last month", "last year", "in 2022", "كانون الثاني الماضي", "العام الماضي".
///
/// A report's own event happened in the days before it was published; a figure placed in such a
/// period is an earlier event recalled or a figure over a past period, never the report's event.
enum PastPeriod {
    static let lastYear = SentenceWords.phrases(["last year", "العام الماضي", "السنه الماضيه", "العام المنصرم", "عام الماضي"])
    static let lastMonth = SentenceWords.phrases(["last month", "الشهر الماضي", "الشهر المنصرم"])

    /// The past period the words name, resolved against the publication date; nil when none (or no date).
    static func find(_ s: SentenceWords, published: Day?) -> Period? {
        guard let p = published else { return nil }
        if s.contains(any: lastYear) { return whole(year: p.year - 1, text: "last year") }
        if s.contains(any: lastMonth) {
            let (y, m) = p.month == 1 ? (p.year - 1, 12) : (p.year, p.month - 1)
            return whole(year: y, month: m, text: "last month")
        }
        for (i, w) in s.words.enumerated() {
            if let m = month(s.words, at: i) {
                // "January 2023", "كانون الثاني 2023": the year given; else the latest such month.
                let y = year(s.words, after: i) ?? (m <= p.month ? p.year : p.year - 1)
                guard y < p.year || (y == p.year && m < p.month) else { continue }
                let two = w.string.hasSuffix("كانون") || w.string.hasSuffix("تشرين")
                return whole(year: y, month: m, text: two ? "\(w.string) \(s.words[i + 1].string)" : w.string)
            }
            if let y = Int(w.string), (1990...2100).contains(y), y < p.year, i > 0, yearLead.contains(s.words[i - 1]) {
                return whole(year: y, text: "in \(y)")
            }
        }
        return nil
    }

    static let yearLead: Set<Key> = Set(["in", "عام", "العام", "سنه", "في", "during", "خلال"].map { Fold.key($0) })
    static let englishMonths: Set<String> = ["january", "february", "march", "april", "june", "july", "august", "september",
                                            "october", "november", "december"]

    /// A month named at word `i`. English "may" and the short forms are left out (too ambiguous here).
    static func month(_ w: [Key], at i: Int) -> Int? {
        let k = w[i].string
        if k == "كانون" || k == "تشرين" || k == "بكانون" || k == "بتشرين", i + 1 < w.count {
            let base = k.hasSuffix("كانون") ? 0 : 1
            switch w[i + 1].string {
            case "الاول": return base == 0 ? 12 : 10
            case "الثاني": return base == 0 ? 1 : 11
            default: return nil
            }
        }
        if k.unicodeScalars.allSatisfy({ $0.isASCII }) { return englishMonths.contains(k) ? DateResolver.singleMonths[w[i]] : nil }
        if k == "اب" || k == "مارس" && i > 0 && w[i - 1].string == "اذار" { return nil }
        return DateResolver.singleMonths[w[i]]
    }

    static func year(_ w: [Key], after i: Int) -> Int? {
        for j in (i + 1)..<min(w.count, i + 4) { if let y = Int(w[j].string), (1990...2100).contains(y) { return y } }
        return nil
    }

    static func whole(year: Int, month: Int? = nil, text: String) -> Period? {
        guard let start = Day(year: year, month: month ?? 1, day: 1) else { return nil }
        let last = month.map { Day.daysIn(month: $0, year: year) } ?? 31
        return Period(start: start, end: Day(year: year, month: month ?? 12, day: last), text: text)
    }
}

extension PastPeriod {
    /// The first day of the first month the words name ("since early February 2024"), else nil.
    static func monthNamed(_ s: SentenceWords, published: Day?) -> Day? {
        for i in s.words.indices {
            guard let m = month(s.words, at: i) else { continue }
            let y = year(s.words, after: i) ?? published.map { m <= $0.month ? $0.year : $0.year - 1 }
            return y.flatMap { Day(year: $0, month: m, day: 1) }
        }
        return nil
    }
}
