import LedgerCore

/// Figures whose victim noun is elided (`37 قضوا`, `و6 أعدمهم التنظيم`, `و9 بعمليات للتحالف`).
extension MentionScanner {
    /// Plural verbs of a measure whose subject may be a bare number before them: `23 قضوا أمس`, `و41 قتلوا`.
    static let pluralVerbs: KeySet = Lexicon.keys([
        "قتلوا", "قضوا", "توفوا", "استشهدوا", "أعدموا", "اعدموا", "أعدمهم", "اعدمهم", "فارقوا", "لقوا", "اغتيلوا", "أصيبوا", "جرحوا",
        "نزحوا", "اختطفوا", "اعتقلوا",
        // Duals agree with a subject of two before them as well: `عنصرين … قُتلا وأصيب آخرون`.
        "قتلا", "قضيا", "توفيا", "استشهدا", "أصيبا", "جرحا",
        // `مقاتلين من قسد فقدا حياتهما`, `عنصرين … لقيا مصرعهما`.
        "فقدا", "فقدوا", "لقيا", "فارقا",
    ])

    /// A bare number right before a plural verb of a measure is the verb's subject: `23 قضوا أمس`, `و6 أعدمهم التنظيم`.
    func subjectOfPluralVerb(verb: Int, after h: Int) -> Bool {
        verb == h && t[verb].arabic && (Self.pluralVerbs.contains(t[verb].key) || t[verb].stems.dropFirst().contains { Self.pluralVerbs.contains($0.stem) })
    }

    /// A bare number that is an item of a breakdown whose noun is elided: followed by a plural death verb
    /// (`23 قضوا أمس`), or, inside a list, by `بينهم`/`منهم` or by the operations that killed them (`و9 بعمليات للتحالف`).
    func elidedItem(_ h: Int, listed: Bool) -> Bool {
        guard h < range.upperBound, h > range.lowerBound else { return false }
        if !t[h].arabic, !t[h - 1].arabic, t[h - 1].isNumber || EnglishNumbers.small[t[h - 1].key] != nil { return listed && englishPlaceItem(h) }
        guard t[h - 1].isNumber else { return false }
        if Self.pluralVerbs.contains(t[h].key) || t[h].stems.dropFirst().contains(where: { Self.pluralVerbs.contains($0.stem) }) { return true }
        guard listed else { return false }
        return t[h].key == "بينهم" || t[h].key == "منهم" || (!countsOperations(at: h) && isOperationWord(h)) || causeItem(h)
    }

    /// "including 60 in Latakia and 50 in Tartus", "killed: 35 in Latakia, 25 in Tartus": a bare number opening a
    /// list item (after "and", a comma, a colon or "another": "another six in Chuhuiv") with the place its victims died in.
    func englishPlaceItem(_ h: Int) -> Bool {
        guard h >= range.lowerBound + 2, t[h].key == "in", capitalised(h + 1) else { return false }
        let before = t[h - 2]
        return before.key == "and" || before.key == "another" || before.isPunct(",") || before.isPunct(":")
    }

    static let causeOpeners: KeySet = Lexicon.keys(["تحت", "في", "جراء", "اثر", "إثر", "بسبب", "خلال"])

    /// `11 على يد مسلحين، و3 على يد الأجهزة الأمنية، و2 بانفجار مخلفات حرب`: a list item of a bare number and how
    /// (or by whom) its victims died. The number opens the item (after `و`, a colon or a comma).
    func causeItem(_ h: Int) -> Bool {
        guard h >= range.lowerBound + 2 else { return false }
        let before = t[h - 2]
        guard before.key == "و" || before.isPunct(":") || before.isPunct("،") || before.isPunct(",") else { return false }
        let k = t[h].key
        if k == "على" || k == "علي" { return h + 1 < range.upperBound && t[h + 1].key == "يد" }
        if Self.causeOpeners.contains(k) { return true }
        // `بانفجار`, `برصاص`, `بغارة`: a cause noun with `ب`, not `بين`/`بينهم` nor a unit (`بالمئة`).
        return k.hasPrefix("ب") && t[h].stems.count > 1 && !k.hasPrefix("بين") && !Triggers.notPeople.contains(k)
    }

    /// `هم: 88 من` at the very end of a cut-off text: an item whose category was lost to the truncation.
    func cutAfterOf(_ h: Int) -> Bool {
        h + 1 == range.upperBound && h > range.lowerBound && t[h - 1].isNumber && (t[h].key == "من" || t[h].key == "of")
            && ((h + 1)..<t.count).allSatisfy { t[$0].kind == .newline }
    }

    /// The word right after a number is a verb, so what follows names who acted, not the figure's noun:
    /// in `و6 أعدمهم التنظيم` the six are not IS members.
    func verbAfterNumber(_ h: Int) -> Bool {
        guard h < range.upperBound, h > range.lowerBound, t[h - 1].isNumber else { return false }
        // `و9 بعمليات للتحالف`: who ran the operations is not who died in them.
        if t[h].arabic, !countsOperations(at: h), isOperationWord(h) { return true }
        guard let trig = t[h].trig else { return false }
        return !trig.head && t[h].arabic
    }

    /// An operations noun that counts operations after a number: `204 عملية`, `137 IS operations`, `وعمليتين`.
    /// With `ب` it says how people died (`و9 بعمليات للتحالف`: nine killed in coalition operations).
    func countsOperations(at j: Int) -> Bool {
        // «12 خضعوا لعمليات جراحية»: surgery, not attacks.
        if j + 1 < range.upperBound, Self.surgical.contains(t[j + 1].key) { return false }
        if Triggers.operationNouns.contains(t[j].key) { return true }
        if t[j].key.hasPrefix("ب") || t[j].key.hasPrefix("وب") { return false }
        return t[j].stems.dropFirst().contains { Triggers.operationNouns.contains($0.stem) && !$0.definite }
    }

    static let surgical: KeySet = Lexicon.keys(["جراحية", "جراحيه", "الجراحية", "surgical", "surgery"])

    /// An operations noun with or without particles: where a category scan stops (`بعمليات للتحالف`).
    func isOperationWord(_ j: Int) -> Bool {
        Triggers.operationNouns.contains(t[j].key) || t[j].stems.dropFirst().contains { Triggers.operationNouns.contains($0.stem) && !$0.definite }
    }
}
