import LedgerCore

/// Finds event dates and tally periods in a sentence and resolves them against the publication date.
enum DateResolver {
    static let sameWords: KeySet = Lexicon.keys(["ذاته", "نفسه", "ذات", "نفس"])
    /// The text of a date that is "the same day" as the event told before it.
    static let sameDayText = "the same day"

    static let weekdayList: [(String, Int)] = [
        ("الاثنين", 1), ("الإثنين", 1), ("الثلاثاء", 2), ("الأربعاء", 3), ("الخميس", 4), ("الجمعة", 5), ("السبت", 6), ("الأحد", 7),
        ("monday", 1), ("tuesday", 2), ("wednesday", 3), ("thursday", 4), ("friday", 5), ("saturday", 6), ("sunday", 7),
    ]
    static let weekdays: KeyMap<Int> = {
        var d: [Key: Int] = [:]
        for (w, v) in weekdayList { d[Fold.key(w)] = v }
        return KeyMap(d)
    }()

    static let singleMonths: KeyMap<Int> = {
        var d: [Key: Int] = [:]
        let list: [(String, Int)] = [
            ("شباط", 2), ("آذار", 3), ("نيسان", 4), ("أيار", 5), ("حزيران", 6), ("تموز", 7), ("آب", 8), ("أيلول", 9),
            ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("إبريل", 4), ("مايو", 5), ("يونيو", 6), ("يونيه", 6),
            ("يوليو", 7), ("يوليه", 7), ("أغسطس", 8), ("سبتمبر", 9), ("أكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
            ("جانفي", 1), ("فيفري", 2), ("أفريل", 4), ("جوان", 6), ("جويلية", 7), ("أوت", 8),
            ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7), ("august", 8),
            ("september", 9), ("october", 10), ("november", 11), ("december", 12), ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4),
            ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
        ]
        for (w, v) in list { d[Fold.key(w)] = v }
        return KeyMap(d)
    }()

    /// A month name at token `i` (`كانون الأول`, `آذار/مارس`): the candidate months and the index after it.
    static func month(_ t: [Token], at i: Int, limit: Int) -> (months: [Int], end: Int)? {
        guard i < limit, t[i].isWord else { return nil }
        var k = t[i].key
        for st in t[i].stems where singleMonths[st.stem] != nil || st.stem == "كانون" || st.stem == "تشرين" {
            if !st.definite { k = st.stem; break }
        }
        var months: [Int] = []
        var j = i + 1
        if k == "كانون" || k == "تشرين", j < limit {
            let next = t[j].key
            if next == "الاول" { months = [k == "كانون" ? 12 : 10]; j += 1 }
            else if next == "الثاني" { months = [k == "كانون" ? 1 : 11]; j += 1 }
            else { return nil }
        } else if let m = singleMonths[k] {
            // English "may" and Arabic "آب" need a date context; callers check that.
            months = [m]
        } else { return nil }
        // "آذار/مارس", "كانون الأول/ ديسمبر"
        if j + 1 < limit, t[j].isPunct("/") || t[j].isPunct("("), let (m2, e2) = month(t, at: j + 1, limit: limit) {
            for m in m2 where !months.contains(m) { months.append(m) }
            j = e2
            if j < limit, t[j].isPunct(")") { j += 1 }
        }
        return (months, j)
    }

    static func isYear(_ t: Token) -> Int? {
        guard t.isNumber, let v = t.value, t.key.count == 4, (1990...2100).contains(v) else { return nil }
        return v
    }

    /// A calendar year, ending at the publication date while it is still running.
    static func yearPeriod(_ year: Int, published: Day?, text: String) -> Period? {
        guard let start = Day(year: year, month: 1, day: 1), let last = Day(year: year, month: 12, day: 31) else { return nil }
        if let p = published, p < start { return Period(start: nil, end: nil, text: text, unresolved: true) }
        let end = published.map { $0 < last ? $0 : last } ?? last
        return Period(start: start, end: end, text: text)
    }

    /// Resolves the month to a year: the most recent such month on or before the publication date.
    static func recentYear(month: Int, published: Day?) -> Int? {
        guard let p = published else { return nil }
        return month <= p.month ? p.year : p.year - 1
    }

    /// The event date stated in tokens `range`.
    static func eventDate(_ t: [Token], _ range: Range<Int>, published: Day?, text: NormalizedText) -> EventDate? {
        var i = range.lowerBound
        let limit = range.upperBound
        func spanText(_ a: Int, _ b: Int) -> String { text.span(t[a].start, t[max(a, b - 1)].end).text }
        var statementDay: EventDate?
        // The dateline's date is the filing's; a day the story names after it wins ("… on Monday").
        if let after = afterDateline(t, range), let own = eventDate(t, after..<limit, published: published, text: text) { return own }
        while i < limit {
            if t[i].isNumber, let date = numericDate(t, at: i, limit: limit, text: spanText) { return date }
            // «الرابع عشر من نيسان الجاري»
            if let (d, at) = ordinalDay(t, at: i, limit: limit), let (ms, e) = month(t, at: at, limit: limit) {
                var year: Int? = nil
                var end = e
                if end < limit, let y = isYear(t[end]) { year = y; end += 1 }
                return resolveDay(d, ms, year, published, spanText(i, end))
            }
            // "26 كانون الأول الجاري", "14 March 2024", "July 14"
            if t[i].isNumber, let d = t[i].value, (1...31).contains(d), let (ms, e) = month(t, at: i + 1, limit: limit) {
                var year: Int? = nil
                var end = e
                if end < limit, let y = isYear(t[end]) { year = y; end += 1 }
                return resolveDay(d, ms, year, published, spanText(i, end))
            }
            if t[i].isWord, !t[i].arabic, let (ms, e0) = month(t, at: i, limit: limit), let e = abbreviationDot(t, after: e0, limit: limit),
               e < limit, t[e].isNumber, let d = t[e].value, (1...31).contains(d) {
                var year: Int? = nil
                var end = e + 1
                if end + 1 < limit, t[end].isPunct(","), let y = isYear(t[end + 1]) { year = y; end += 2 }
                return resolveDay(d, ms, year, published, spanText(i, end))
            }
            // "16 الشهر الجاري"
            if t[i].isNumber, let d = t[i].value, (1...31).contains(d), i + 2 < limit, t[i + 1].key == "الشهر" || t[i + 1].key == "من",
               t[i + 2].key == "الجاري" || t[i + 2].key == "الشهر" {
                guard let p = published else { return EventDate(day: nil, text: spanText(i, i + 3), unresolved: true) }
                return EventDate(day: Day(year: p.year, month: p.month, day: d), text: spanText(i, i + 3))
            }
            if t[i].isWord || t[i].isNumber, let (date, _) = relativeDay(t, at: i, limit: limit, published: published, text: spanText) { return date }
            if t[i].isWord {
                let k = t[i].key
                if k == "امس" || k == "وامس" || k == "yesterday" || k == "البارحه" {
                    var back = 1
                    var end = i + 1
                    if end < limit, t[end].key == "الاول" { back = 2; end += 1 }
                    var wd: Int? = nil
                    if end < limit, let w = weekdays[t[end].key] { wd = w; end += 1 }
                    guard let p = published else { return EventDate(day: nil, text: spanText(i, end), unresolved: true) }
                    let y = p.adding(days: -back)
                    if let wd, y.weekday != wd {
                        let other = mostRecent(weekday: wd, onOrBefore: p.adding(days: -1))
                        return EventDate(day: nil, candidates: [y, other], text: spanText(i, end))
                    }
                    return EventDate(day: y, text: spanText(i, end))
                }
                if k == "اول", i + 1 < limit, t[i + 1].key == "امس" {
                    guard let p = published else { return EventDate(day: nil, text: spanText(i, i + 2), unresolved: true) }
                    return EventDate(day: p.adding(days: -2), text: spanText(i, i + 2))
                }
                // "مساء اليوم ذاته", "في ذات اليوم", "the same day": the day of the event told before, which the assembler knows.
                if i + 1 < limit, (k == "اليوم" || k.hasSuffix("اليوم")) && Self.sameWords.contains(t[i + 1].key)
                    || Self.sameWords.contains(k) && t[i + 1].key == "اليوم" || (k == "same" || k == "that") && t[i + 1].key == "day" {
                    return EventDate(day: nil, text: Self.sameDayText, unresolved: true)
                }
                if k == "اليوم" || k == "today" || k == "tonight" || t[i].stems.contains(where: { $0.stem == "اليوم" }) && k.hasSuffix("اليوم") {
                    if i + 1 < limit, t[i + 1].key == "الاول" || t[i + 1].key == "الثاني" { i += 1; continue }
                    guard let p = published else { return EventDate(day: nil, text: spanText(i, i + 1), unresolved: true) }
                    return EventDate(day: p, text: spanText(i, i + 1))
                }
                if let wd = weekdays[k] ?? stemWeekday(t[i].stems) ?? possessiveWeekday(t[i]) {
                    // "الاثنين" may be "the two": require a day context.
                    if wd == 1 && t[i].arabic {
                        let prev = i > range.lowerBound ? t[i - 1].key : ""
                        let ok = ["يوم", "امس", "مساء", "صباح", "فجر", "ظهر", "ليل", "ليله", "عصر", "ومساء", "وصباح"].contains(prev)
                            || (i + 1 < limit && (t[i + 1].isPunct(",") || t[i + 1].key == "الماضي" || t[i + 1].key == "الفائت"))
                        if !ok { i += 1; continue }
                    }
                    // "Sunday Ishaku, 51", "Monday Garba": a weekday before a capitalised name is a first name (Nigeria).
                    if !t[i].arabic, t[i].capital, i + 1 < limit, t[i + 1].isWord, !t[i + 1].arabic, t[i + 1].capital,
                       singleMonths[t[i + 1].key] == nil, !Self.dayParts.contains(t[i + 1].key) { i += 1; continue }
                    guard let p = published else { return EventDate(day: nil, text: spanText(i, i + 1), unresolved: true) }
                    let day = EventDate(day: mostRecent(weekday: wd, onOrBefore: p), text: spanText(i, i + 1))
                    // "The SDF said on Monday that … late on Sunday": the day of the statement gives way to the event's.
                    if statementDay == nil, isStatementDay(t, i, range) { statementDay = day; i += 1; continue }
                    // "still clearing rubble on Monday after shelling killed four there last Thursday": the
                    // weekday marked as past is the event's, the plain one the story's present.
                    if !t[i].arabic, i == range.lowerBound || t[i - 1].key != "last",
                       let past = lastWeekday(t, from: i + 1, limit: limit) {
                        return EventDate(day: mostRecent(weekday: past.weekday, onOrBefore: p.adding(days: -1)), text: spanText(past.at - 1, past.at + 1))
                    }
                    if !t[i].arabic, i > range.lowerBound, t[i - 1].key == "last" {
                        return EventDate(day: mostRecent(weekday: wd, onOrBefore: p.adding(days: -1)), text: spanText(i - 1, i + 1))
                    }
                    return day
                }
            }
            i += 1
        }
        return statementDay
    }

    /// Where the story starts after a dateline with a date: "BAIDOA, May 17 (Reuters) - A car bomb killed six soldiers late
    /// on Monday", «كابول 2 ديسمبر 2016/ لقي 7 … يوم الخميس». A place (capitals, or Arabic) opens the sentence, a number
    /// follows, then a bracket, a dash or a slash, before any word of casualties.
    static func afterDateline(_ t: [Token], _ range: Range<Int>) -> Int? {
        let lo = range.lowerBound
        guard lo < range.upperBound, t[lo].isWord, t[lo].caps || t[lo].arabic, t[lo].trig == nil else { return nil }
        var sawNumber = false
        for m in (lo + 1)..<min(range.upperBound, lo + 12) {
            if t[m].isNumber { sawNumber = true; continue }
            if t[m].trig != nil { return nil }
            if sawNumber, t[m].kind == .punct, Self.datelineMarks.contains(t[m].key) { return m + 1 }
        }
        return nil
    }

    static let datelineMarks: KeySet = ["(", "-", "–", "—", "/"]

    static let dayParts: KeySet = ["morning", "afternoon", "evening", "night", "midnight", "dawn", "noon"]

    static let statementVerbs: KeySet = Lexicon.keys(["said", "says", "announced", "reported", "stated", "confirmed", "told", "added",
                                                       "قال", "قالت", "وقال", "وقالت", "أعلن", "أعلنت", "وأعلن", "وأعلنت", "ذكر", "ذكرت", "أفاد", "أفادت"])
    static let thatWords: KeySet = Lexicon.keys(["that", "إن", "أن", "بأن"])

    /// Whether the weekday at `i` dates a statement: right after a reporting verb ("said on Monday"), or
    /// right before the "that" opening what was said («قالت قسد، يوم الاثنين، إن …»).
    static func isStatementDay(_ t: [Token], _ i: Int, _ r: Range<Int>) -> Bool {
        var b = i - 1
        while b >= r.lowerBound, t[b].kind == .punct || ["on", "يوم"].contains(t[b].key) { b -= 1 }
        if b >= r.lowerBound, statementVerbs.contains(t[b].key) { return true }
        var a = i + 1
        while a < r.upperBound, t[a].kind == .punct { a += 1 }
        return a < r.upperBound && thatWords.contains(t[a].key)
    }

    /// "Monday's bombing", "Tuesday’s attack": the weekday of an English possessive.
    static func possessiveWeekday(_ t: Token) -> Int? {
        guard !t.arabic, t.key.hasSuffix("'s") else { return nil }
        return weekdays[Key(String(t.key.string.dropLast(2)))]
    }

    /// "last Thursday" after `from` in the sentence: the weekday and its index.
    static func lastWeekday(_ t: [Token], from: Int, limit: Int) -> (weekday: Int, at: Int)? {
        guard from < limit else { return nil }
        for j in max(from, 1)..<limit where t[j - 1].key == "last" {
            if let wd = weekdays[t[j].key] { return (wd, j) }
        }
        return nil
    }

    /// The index after a month written short with a full stop ("Oct. 7"), or `e` itself.
    static func abbreviationDot(_ t: [Token], after e: Int, limit: Int) -> Int? {
        guard e < limit, t[e].isPunct("."), e + 1 < limit, t[e + 1].isNumber, t[e - 1].key.scalarCount <= 4 else { return e }
        return e + 1
    }

    static func stemWeekday(_ stems: Stems) -> Int? {
        for st in stems.dropFirst() {
            if st.definite, let w = definiteWeekdays[st.stem] { return w }
        }
        return nil
    }

    /// `weekdays` entries that start with the article, keyed without it: the lookup of `ال` + stem.
    static let definiteWeekdays: KeyMap<Int> = {
        var d: [Key: Int] = [:]
        for (w, v) in weekdayList {
            let k = Fold.key(w)
            if k.hasPrefix("ال") { d[Key(String(k.string.unicodeScalars.dropFirst(2)))] = v }
        }
        return KeyMap(d)
    }()

    static func mostRecent(weekday: Int, onOrBefore p: Day) -> Day {
        var back = p.weekday - weekday
        if back < 0 { back += 7 }
        return p.adding(days: -back)
    }

    static func resolveDay(_ d: Int, _ months: [Int], _ year: Int?, _ published: Day?, _ text: String) -> EventDate {
        var days: [Day] = []
        var unresolved = false
        for m in months {
            var y = year
            if y == nil, let p = published {
                y = (m < p.month || (m == p.month && d <= p.day)) ? p.year : p.year - 1
            }
            if let y, let day = Day(year: y, month: m, day: d) { days.append(day) } else { unresolved = true }
        }
        if days.count > 1 { return EventDate(day: nil, candidates: days, text: text, unresolved: unresolved) }
        return EventDate(day: days.first, text: text, unresolved: days.isEmpty)
    }

    /// The year at `e`, or after a comma there ("since October 7, 2023"), and the index after it.
    static func yearAfter(_ t: [Token], _ e: Int, limit: Int) -> (Int, Int)? {
        if e < limit, let y = isYear(t[e]) { return (y, e + 1) }
        if e + 1 < limit, t[e].isPunct(","), let y = isYear(t[e + 1]) { return (y, e + 2) }
        return nil
    }

    /// A day after "on"/«في» within seven words after "since" (words only between): the day of the event a count starts from.
    static func startEventDay(_ t: [Token], after j: Int, limit: Int, published: Day?) -> (Day, Int)? {
        var k = j
        while k < min(limit, j + 7), t[k].isWord, !t[k].isNumber {
            if t[k].key == "on" || t[k].key == "في", let (m, d, e) = monthAndDay(t, at: k + 1, limit: limit), d > 0 {
                var y = recentYear(month: m, published: published)
                var end = e
                if let (yy, after) = yearAfter(t, e, limit: limit) { y = yy; end = after }
                guard let y, let day = Day(year: y, month: m, day: d) else { return nil }
                return (day, end)
            }
            k += 1
        }
        return nil
    }

    /// «اندلاع الثورة», «بداية الحرب السورية», «انطلاقة الاحتجاجات»: the noun after `j` names Syria's war, not another.
    static func syrianWar(_ t: [Token], after j: Int, limit: Int) -> Bool {
        guard j + 1 < limit, syrianWarNouns.contains(t[j + 1].key) else { return false }
        guard j + 2 < limit else { return true }
        let next = t[j + 2].key
        if next == "في" { return j + 3 < limit && (t[j + 3].key == "سوريا" || t[j + 3].key == "سوريه") }
        let s = next.string
        return !(s.hasPrefix("ال") && s.hasSuffix("يه")) || s == "السوريه" || s == "الاهليه" || s == "الشعبيه"
    }

    static let syrianWarNouns: KeySet = Lexicon.keys(["الثورة", "الحرب", "الاحتجاجات", "الأزمة", "الأحداث", "الصراع", "النزاع", "الثوره", "الازمه"])

    /// A month at `j` with its day after it ("December 8") or before it ("8 December", «8 كانون الأول»): the month,
    /// the day (1 when none is given) and the end.
    static func monthAndDay(_ t: [Token], at j: Int, limit: Int) -> (Int, Int, Int)? {
        func day(_ k: Int) -> Int? {
            guard k < limit, t[k].isNumber, isYear(t[k]) == nil, let d = t[k].value, (1...31).contains(d) else { return nil }
            return d
        }
        if let d = day(j), let (ms, e) = month(t, at: j + 1, limit: limit), let m = ms.first { return (m, d, e) }
        // «منذ الأول من أكتوبر», «منذ السابع من تشرين الأول»: the day as an ordinal.
        if let (d, at) = ordinalDay(t, at: j, limit: limit), let (ms, e) = month(t, at: at, limit: limit), let m = ms.first { return (m, d, e) }
        guard let (ms, e) = month(t, at: j, limit: limit), let m = ms.first else { return nil }
        if let d = day(e) { return (m, d, e + 1) }
        return (m, 1, e)
    }

    /// Words between "منذ"/"since" and the start it names ("منذ مطلع العام").
    static let startWords: KeySet = ["مطلع", "بدايه", "بدء", "اول", "early", "start", "beginning", "the", "of", "مستهل", "انطلاقه"]

    /// Words of the middle of a month after "since"/«منذ».
    static let midWords: KeySet = Lexicon.keys(["mid", "middle", "منتصف", "أواسط", "اواسط"])

    /// Verbs that make the year after them a starting point ("began in 2011", "broke out in 2011").
    static let beganWords: KeySet = ["began", "begun", "started", "erupted", "out", "broke", "start", "beginning", "starting"]
    /// The words a period phrase starts with, in `period`'s rules.
    static let periodOpeners: KeySet = ["منذ", "since", "ومنذ", "خلال", "during", "in", "طيله", "for", "so", "last", "الماضي", "في"]

    /// «في تشرين الثاني», «في شهر آذار»: «في» and a month (not a day: «في 5 آذار») open a month's period, as "in November" does.
    static func monthAfterFi(_ t: [Token], _ i: Int, limit: Int) -> Bool {
        var j = i + 1
        if j < limit, t[j].key == "شهر" { j += 1 }
        return month(t, at: j, limit: limit) != nil
    }
    /// "Last" after a month word: «الشهر الماضي», «الشهر المنصرم», «الشهر الفائت».
    static let pastWords: KeySet = Lexicon.keys(["الماضي", "المنصرم", "الفائت"])

    /// The period a tally covers, from the words in `range`.
    static func period(_ t: [Token], _ range: Range<Int>, published: Day?, text: NormalizedText) -> Period? {
        let limit = range.upperBound
        var i = range.lowerBound
        func spanText(_ a: Int, _ b: Int) -> String { text.span(t[a].start, t[max(a, min(b, limit) - 1)].end).text }
        var fallback: Period? = nil
        while i < limit {
            let k = t[i].key
            // Every rule below starts at one of these words.
            guard Self.periodOpeners.contains(k) || Self.pastWords.contains(k) else { i += 1; continue }
            // "the bloodiest day so far this month", «أعنف هجوم منذ مطلع العام»: a rank, not the figure's period.
            if RankedEvent.ranks(t[max(range.lowerBound, i - RankedEvent.reach)..<i].lazy.map(\.key)) { i += 1; continue }
            // منذ مطلع/بداية العام 2023 | منذ مطلع العام الجاري | منذ مطلع الشهر الجاري | منذ كانون الثاني 2022 | منذ 2011
            if k == "منذ" || k == "since" || k == "ومنذ" {
                var j = i + 1
                var start: Day? = nil
                var end = j
                let startWords = Self.startWords
                var sawStart = false
                // "since mid-March", «منذ منتصف آذار»: the middle of the month (the 15th) is the start.
                var mid = false
                while j < limit, startWords.contains(t[j].key) || Self.midWords.contains(t[j].key) || mid && t[j].isPunct("-") {
                    if Self.midWords.contains(t[j].key) { mid = true }
                    sawStart = true; j += 1
                }
                if j < limit {
                    let w = t[j].key
                    if let y = isYear(t[j]) {
                        start = Day(year: y, month: sawStart || y != 2011 ? 1 : 3, day: sawStart || y != 2011 ? 1 : 15); end = j + 1
                    } else if w == "العام" || w == "السنه" || w == "year" || w == "عام" {
                        end = j + 1
                        if j + 1 < limit, let y = isYear(t[j + 1]) { start = Day(year: y, month: 1, day: 1); end = j + 2 }
                        else if j + 2 < limit, t[j + 1].key == "الجديد" || t[j + 1].key == "الجاري", let y = isYear(t[j + 2]) { start = Day(year: y, month: 1, day: 1); end = j + 3 }
                        else if let p = published { start = Day(year: p.year, month: 1, day: 1); if j + 1 < limit, t[j + 1].key == "الجاري" || t[j + 1].key == "الحالي" { end = j + 2 } }
                        else { fallback = fallback ?? Period(start: nil, end: nil, text: spanText(i, end + 1), unresolved: true) }
                    } else if w == "الشهر" || w == "month" || w == "شهر" {
                        end = j + 1
                        if let (ms, e) = month(t, at: j + 1, limit: limit), let m = ms.first {
                            end = e
                            var y = recentYear(month: m, published: published)
                            if e < limit, let yy = isYear(t[e]) { y = yy; end = e + 1 }
                            if let y { start = Day(year: y, month: m, day: mid ? 15 : 1) }
                        } else if let p = published { start = p.startOfMonth }
                        if end < limit, t[end].key == "الجاري" || t[end].key == "الحالي" { end += 1 }
                        if start == nil { fallback = fallback ?? Period(start: nil, end: nil, text: spanText(i, end), unresolved: true) }
                    } else if let (m, day, e) = monthAndDay(t, at: j, limit: limit) {
                        // "since December 8", «منذ 8 كانون الأول»: the day is the start's (it was the month's first).
                        end = e
                        var y = recentYear(month: m, published: published)
                        if let (yy, after) = yearAfter(t, e, limit: limit) { y = yy; end = after }
                        if let y { start = Day(year: y, month: m, day: mid && day == 1 ? 15 : day) }
                    } else if w == "اندلاع" || w == "انطلاقه" || w == "بدايه" || w == "الثوره" {
                        // Syria's uprising and war (March 2011); another war or uprising named after the word («منذ اندلاع
                        // انتفاضة القدس», «الحرب في السودان») leaves the start open rather than dating it to Syria's.
                        if w == "الثوره" || syrianWar(t, after: j, limit: limit) { start = Day(year: 2011, month: 3, day: 15); end = j + 2 }
                        else { fallback = fallback ?? Period(start: nil, end: published, text: spanText(i, j + 2), unresolved: true) }
                    } else if w == "سقوط" {
                        start = Day(year: 2024, month: 12, day: 8); end = j + 2
                    }
                }
                // "since the truce took effect on 1 March", «منذ سريان وقف إطلاق النار في 11 أكتوبر»: the event the count starts
                // from, then its day.
                if start == nil, let (day, e) = startEventDay(t, after: i + 1, limit: limit, published: published) { start = day; end = e }
                if let start {
                    return Period(start: start, end: published, text: spanText(i, end))
                }
            }
            // خلال شهر آذار الماضي | in March | during February
            if k == "خلال" || k == "during" || k == "in" || k == "طيله" || k == "for" || k == "في" && monthAfterFi(t, i, limit: limit) {
                var j = i + 1
                if j < limit, t[j].key == "شهر" || t[j].key == "the" || t[j].key == "month" { j += 1 }
                if j < limit, t[j].key == "of" { j += 1 }
                // "may" is the month after "in"/"during" when written with its capital ("killed in May").
                if let (ms, e) = month(t, at: j, limit: limit), let m = ms.first,
                   !(t[j].key == "may" && !(e < limit && isYear(t[e]) != nil) && !(t[j].capital && j == i + 1 && k != "for")) {
                    var end = e
                    // "in June and July": two months, the count over both.
                    var last = m
                    if e + 1 < limit, t[e].key == "and", let (ms2, e2) = month(t, at: e + 1, limit: limit), let m2 = ms2.first, m2 > m {
                        last = m2; end = e2
                    }
                    var y = recentYear(month: last, published: published)
                    if let p = published, m == p.month, end < limit, t[end].key == "الماضي" { y = p.year - 1 }
                    if end < limit, let yy = isYear(t[end]) { y = yy; end += 1 }
                    if end < limit, t[end].key == "الماضي" || t[end].key == "الفائت" { end += 1 }
                    guard let y, let s = Day(year: y, month: m, day: 1), let l = Day(year: y, month: last, day: 1) else {
                        return Period(start: nil, end: nil, text: spanText(i, end), unresolved: true)
                    }
                    return Period(start: s, end: l.endOfMonth, text: spanText(i, end))
                }
                // خلال العام 2024 | خلال 2024 | خلال العام الجاري | in 2024 | during the year 2023
                var y = i + 1
                if y < limit, t[y].key == "the" { y += 1 }
                let yearWord = y < limit && ["العام", "عام", "السنه", "year"].contains(t[y].key)
                if yearWord { y += 1 }
                if y < limit, let year = isYear(t[y]), !(t[i].key == "in" && !yearWord && y + 1 < limit && t[y + 1].isNumber) {
                    // "the war, which began in 2011, has killed …": the year the count starts from.
                    if i > range.lowerBound, Self.beganWords.contains(t[i - 1].key) {
                        guard let start = Day(year: year, month: year == 2011 ? 3 : 1, day: year == 2011 ? 15 : 1) else { return nil }
                        return Period(start: start, end: published, text: spanText(i, y + 1))
                    }
                    return yearPeriod(year, published: published, text: spanText(i, y + 1))
                }
                if yearWord, y < limit, t[y].key == "الجاري" || t[y].key == "الحالي" {
                    guard let p = published else { return Period(start: nil, end: nil, text: spanText(i, y + 1), unresolved: true) }
                    return yearPeriod(p.year, published: p, text: spanText(i, y + 1))
                }
                // خلال الـ48 ساعة الماضية | in the past 48 hours
                var n = i + 1
                if n < limit, t[n].key == "ال" || t[n].key == "the" || t[n].key == "past" || t[n].key == "last" { n += 1 }
                if n < limit, t[n].key == "past" || t[n].key == "last" { n += 1 }
                if n + 1 < limit, t[n].isNumber, let v = t[n].value, v > 0, v < 400 {
                    let u = t[n + 1].key
                    var days: Int? = nil
                    if u == "ساعه" || u == "hours" { days = max(1, v / 24) }
                    if u == "ايام" || u == "يوما" || u == "days" || u == "يوم" { days = v }
                    if let days {
                        guard let p = published else { return Period(start: nil, end: nil, text: spanText(i, n + 2), unresolved: true) }
                        return Period(start: p.adding(days: -days), end: p, text: spanText(i, n + 2))
                    }
                }
            }
            // "so far this year", "so far this month", "so far this week".
            if k == "so", i + 2 < limit, t[i + 1].key == "far", t[i + 2].key == "this" {
                guard let p = published else { return Period(start: nil, end: nil, text: spanText(i, i + 4), unresolved: true) }
                let unit = i + 3 < limit ? t[i + 3].key : ""
                let start = unit == "month" ? p.startOfMonth : unit == "week" ? p.adding(days: -6) : Day(year: p.year, month: 1, day: 1)
                return Period(start: start, end: p, text: spanText(i, i + 4))
            }
            if (k == "last" || k == "الماضي") && i + 1 < limit && t[i + 1].key == "month" {
                if let p = published { let s = p.startOfMonth.adding(days: -1).startOfMonth; return Period(start: s, end: s.endOfMonth, text: spanText(i, i + 2)) }
            }
            // الشهر الماضي | الشهر المنصرم | الشهر الفائت
            if Self.pastWords.contains(k), i > range.lowerBound, t[i - 1].key == "الشهر" {
                if let p = published { let s = p.startOfMonth.adding(days: -1).startOfMonth; return Period(start: s, end: s.endOfMonth, text: spanText(i - 1, i + 1)) }
            }
            i += 1
        }
        return fallback
    }
}
