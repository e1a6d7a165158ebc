import LedgerCore

extension DateResolver {
    /// Small counts of days or weeks written as words ("two days ago", "قبل ثلاثة أيام").
    static let countWords: KeyMap<Int> = {
        let list: [(String, Int)] = [
            ("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
            ("eight", 8), ("nine", 9), ("ten", 10), ("ثلاثة", 3), ("أربعة", 4), ("خمسة", 5), ("ستة", 6), ("سبعة", 7),
            ("ثمانية", 8), ("تسعة", 9), ("عشرة", 10),
        ]
        var d: [Key: Int] = [:]
        for (w, v) in list { d[Fold.key(w)] = v }
        return KeyMap(d)
    }()
    /// Day and week nouns: the days one counts, and the number of them a dual or a bare noun says
    /// (0: a count must come before it).
    static let unitWords: KeyMap<(days: Int, alone: Int)> = {
        let list: [(String, Int, Int)] = [
            ("day", 1, 0), ("days", 1, 0), ("week", 7, 0), ("weeks", 7, 0), ("يوم", 1, 0), ("أيام", 1, 0), ("أسبوع", 7, 1),
            ("أسابيع", 7, 0), ("يومين", 1, 2), ("أسبوعين", 7, 2), ("بيوم", 1, 1), ("بيومين", 1, 2), ("بأسبوع", 7, 1), ("بأسبوعين", 7, 2),
        ]
        var d: [Key: (days: Int, alone: Int)] = [:]
        for (w, days, alone) in list { d[Fold.key(w)] = (days, alone) }
        return KeyMap(d)
    }()

    /// A date told as a distance back in days or weeks: "two days ago", "a week earlier", "the day before",
    /// "قبل يومين", "قبل ثلاثة أيام", "منذ أسبوع", "قبل ذلك بيومين". "Ago" counts back from the report's
    /// day; "earlier", "before" and "قبل ذلك ب…" from the story's own day, which is the report's day or the
    /// one before it, so both are candidates. Returns the date and the index just past its words.
    static func relativeDay(_ t: [Token], at i: Int, limit: Int, published: Day?, text: (Int, Int) -> String) -> (EventDate, Int)? {
        guard let (back, fromStory, start, end) = distanceBack(t, at: i, limit: limit) else { return nil }
        guard let p = published else { return (EventDate(day: nil, text: text(start, end), unresolved: true), end) }
        let day = p.adding(days: -back)
        // The report's own day first: a wire is most often published the day of what it tells.
        return (fromStory ? EventDate(day: nil, candidates: [day, day.adding(days: -1)], text: text(start, end))
                          : EventDate(day: day, text: text(start, end)), end)
    }

    /// The days back and whether they count from the story's day, for the words starting at `i`.
    static func distanceBack(_ t: [Token], at i: Int, limit: Int) -> (days: Int, fromStory: Bool, start: Int, end: Int)? {
        let k = t[i].key
        // Arabic: "قبل|منذ [N] يومين/أيام/أسبوع", "قبل ذلك بيومين".
        if k == "قبل" || k == "منذ" || k == "وقبل" {
            var j = i + 1
            var fromStory = false
            if j < limit, t[j].key == "ذلك" { fromStory = true; j += 1 }
            guard j < limit else { return nil }
            if let (n, end) = count(t, at: j, limit: limit) { return (n, fromStory, i, end) }
            return nil
        }
        // English: "N days ago|earlier|before", "a week earlier", "the day before", "the previous day".
        if k == "the", i + 2 < limit, t[i + 1].key == "day" || t[i + 1].key == "previous",
           t[i + 2].key == "before" || t[i + 2].key == "day" {
            return (1, true, i, i + 3)
        }
        guard !t[i].arabic, let (n, end) = count(t, at: i, limit: limit), end < limit else { return nil }
        switch t[end].key {
        case "ago": return (n, false, i, end + 1)
        case "earlier", "before": return (n, true, i, end + 1)
        default: return nil
        }
    }

    /// "two days", "3 أيام", "يومين", "أسبوع": the days they count and the index past them.
    static func count(_ t: [Token], at j: Int, limit: Int) -> (Int, Int)? {
        if let unit = unitWords[t[j].key], unit.alone > 0 { return (unit.alone * unit.days, j + 1) }
        let n = t[j].isNumber ? t[j].value : countWords[t[j].key]
        guard let n, (1...31).contains(n), j + 1 < limit, let unit = unitWords[t[j + 1].key], unit.alone == 0 else { return nil }
        return (n * unit.days, j + 2)
    }
}
