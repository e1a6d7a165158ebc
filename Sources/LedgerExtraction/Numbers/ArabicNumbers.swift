/// Arabic number words: units (both genders), teens, tens, hundreds, thousands and compounds.
enum ArabicNumbers {
    private static let units: [Key: Int] = {
        var d: [Key: Int] = [:]
        let pairs: [(String, Int)] = [
            ("واحد", 1), ("واحدة", 1), ("اثنان", 2), ("اثنين", 2), ("اثنتان", 2), ("اثنتين", 2), ("إثنين", 2), ("إثنان", 2),
            ("ثلاث", 3), ("ثلاثة", 3), ("أربع", 4), ("أربعة", 4), ("خمس", 5), ("خمسة", 5), ("ست", 6), ("ستة", 6),
            ("سبع", 7), ("سبعة", 7), ("ثمان", 8), ("ثماني", 8), ("ثمانية", 8), ("تسع", 9), ("تسعة", 9),
            ("عشر", 10), ("عشرة", 10),
        ]
        for (w, v) in pairs { d[Fold.key(w)] = v }
        return d
    }()
    private static let teenFirst: [Key: Int] = {
        var d: [Key: Int] = [:]
        for (w, v) in [("أحد", 1), ("إحدى", 1), ("اثنا", 2), ("اثني", 2), ("اثنتا", 2), ("اثنتي", 2)] { d[Fold.key(w)] = v }
        return d
    }()
    private static let tens: [Key: Int] = {
        var d: [Key: Int] = [:]
        for (w, v) in [("عشر", 10), ("عشرون", 20), ("عشرين", 20), ("ثلاثون", 30), ("ثلاثين", 30), ("أربعون", 40), ("أربعين", 40),
                       ("خمسون", 50), ("خمسين", 50), ("ستون", 60), ("ستين", 60), ("سبعون", 70), ("سبعين", 70),
                       ("ثمانون", 80), ("ثمانين", 80), ("تسعون", 90), ("تسعين", 90)] where v > 10 { d[Fold.key(w)] = v }
        return d
    }()
    private static let hundreds: [Key: Int] = {
        var d: [Key: Int] = [:]
        for w in ["مئة", "مائة", "مئه", "مايه"] { d[Fold.key(w)] = 100 }
        for w in ["مئتان", "مئتين", "مئتا", "مئتي", "مائتان", "مائتين", "مائتا", "مائتي"] { d[Fold.key(w)] = 200 }
        let u = [("ثلاث", 3), ("أربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("ثماني", 8), ("تسع", 9)]
        for (p, v) in u { for h in ["مئة", "مائة"] { d[Fold.key(p + h)] = v * 100 } }
        return d
    }()
    private static let thousands: [Key: Int] = {
        var d: [Key: Int] = [:]
        for w in ["ألف", "ألفا", "ألفاً"] { d[Fold.key(w)] = 1000 }
        // «مقتل ألفي شخص»: the dual's construct form too.
        for w in ["ألفان", "ألفين", "ألفي"] { d[Fold.key(w)] = 2000 }
        for w in ["آلاف", "الاف"] { d[Fold.key(w)] = -1000 }  // plural: multiplies a preceding count
        for w in ["مليون", "مليونا"] { d[Fold.key(w)] = 1_000_000 }
        for w in ["ملايين"] { d[Fold.key(w)] = -1_000_000 }
        return d
    }()

    /// Every number word with its value and class (0 unit, 1 teen first, 2 tens, 3 hundreds, 4 thousands); a word
    /// in two lists has the class of the first (units before teens before tens before hundreds before thousands).
    private static let words: KeyMap<(Int, Int)> = {
        var d: [Key: (Int, Int)] = [:]
        for (c, list) in [units, teenFirst, tens, hundreds, thousands].enumerated() {
            for (k, v) in list where d[k] == nil { d[k] = (v, c) }
        }
        return KeyMap(d)
    }()

    /// The value of a unit word (`خمسة`), or nil.
    static func value(of k: Key) -> Int? { words[k].flatMap { $0.1 == 0 ? $0.0 : nil } }

    /// A leading conjunction `و` that is stripped from a word after the first of a compound.
    static func hasWaw(_ k: Key) -> Bool { k.hasPrefix("و") && k.scalarCount > 2 }

    /// One number word (with an optional leading `و`/`ب`/`ل`), its value and kind.
    private static func word(_ k: Key, first: Bool) -> (Int, Int)? {  // (value, class: 0 unit 1 teenFirst 2 tens 3 hundreds 4 thousands)
        if let r = words[k] { return r }
        if hasWaw(k), let r = words[k.droppingFirst()] { return r }
        if first, let c = k.unicodeScalars.first, c == "ب" || c == "ل", k.scalarCount > 3, let r = words[k.droppingFirst()] { return r }
        return nil
    }

    static let placePrepositions: KeySet = Lexicon.keys(["في", "على", "الى", "قرب", "داخل", "امام", "عند", "بجانب", "وفي", "وعلى"])

    /// Parses a number written in Arabic words starting at token `i`. Returns the value and the index after it.
    static func parse(_ t: [Token], at i: Int, limit: Int) -> (value: Int, end: Int)? {
        guard i < limit, t[i].isWord, t[i].arabic else { return nil }
        // "نصف مليون", "نصف ألف": half of a scale word.
        if t[i].key == "نصف", i + 1 < limit, t[i + 1].isWord, let (v, c) = word(t[i + 1].key, first: false), c == 4, v > 0 {
            return (v / 2, i + 2)
        }
        guard let (v0, c0) = word(t[i].key, first: true) else { return nil }
        // "أحد" alone is "one of" only before a definite noun; it never starts a compound otherwise.
        if c0 == 1 && !(i + 1 < limit && (t[i + 1].key == "عشر" || t[i + 1].key == "عشره")) {
            let k = t[i].key
            // «في أحد الحقول», «على أحد الحواجز»: after a preposition, one of the things, not of the people.
            if i > 0, placePrepositions.contains(t[i - 1].key), i + 1 < limit, t[i + 1].victim == nil { return nil }
            if (k == "احد" || k == "احدي"), i + 1 < limit, t[i + 1].key.hasPrefix("ال") { return (1, i + 1) }
            // "أحد عناصر الشرطة", "أحد مقاتلي الفصائل": one of an indefinite construct plural of people.
            if (k == "احد" || k == "احدي"), i + 1 < limit, t[i + 1].victim?.number == .plural { return (1, i + 1) }
            return nil
        }
        if c0 == 4 && v0 < 0 { return nil }
        var total = 0
        var current = 0
        var j = i
        var first = true
        var lastClass = -1
        while j < limit, t[j].isWord, t[j].arabic {
            let k = t[j].key
            guard let (v, c) = word(k, first: first) else { break }
            if !first {
                // A compound continues with "و" + word, or a hundreds/thousands/teen word right after.
                let hasWaw = Self.hasWaw(k) && word(k.droppingFirst(), first: false) != nil
                let glue = c == 4 || (c == 3 && lastClass == 0) || ((k == "عشر" || k == "عشره") && (lastClass == 0 || lastClass == 1))
                if !hasWaw && !glue { break }
            }
            switch c {
            case 0:
                if (k == "عشر" || k == "عشره" || k == "وعشر" || k == "وعشره") && (lastClass == 0 || lastClass == 1) && !first {
                    current += 10
                } else { current += v }
            case 1: current += v
            case 2: current += v
            case 3: current = (lastClass == 0 && current > 0 && current < 10 && v == 100) ? current * 100 : current + v
            default:
                let m = abs(v)
                if v < 0 && current == 0 { return total > 0 ? (total, j) : nil }
                if v == 2000 { current += 2000; total += current; current = 0 } else {
                    total += (current == 0 ? 1 : current) * m
                    current = 0
                }
            }
            lastClass = c
            first = false
            j += 1
        }
        let value = total + current
        guard value > 0, j > i else { return nil }
        return (value, j)
    }
}
