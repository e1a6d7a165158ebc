/// A superlative that ranks one event against a period: "the bloodiest day so far this month",
/// «أعنف هجوم منذ مطلع العام», «الهجوم الأكثر دموية هذا العام». The period after it is the ranking's
/// yardstick, not the span of a count, so the figure beside it stays the toll of its one event.
///
/// Only a superlative beside an event's noun counts: "the deadliest year since 2014" or «أكثر من 200
/// قتيل منذ بداية العام» (more than: a qualifier, not a rank) keep their period.
enum RankedEvent {
    /// How many words before a period phrase the superlative and its noun may stand («أكبر هجوم من حيث عدد القتلى منذ»).
    static let reach = 8

    /// Whether `keys` (the words just before a period phrase, in text order) rank one event. Asked at every period
    /// opener ("in", "for", «في» …), so it only looks words up.
    static func ranks(_ keys: some BidirectionalCollection<Key>) -> Bool {
        let words = keys.suffix(reach)
        guard words.contains(where: { eventNouns.contains($0) }) else { return false }
        var previous: Key? = nil
        for w in words.reversed() {
            if superlatives.contains(w) { return true }
            // «أكثر هجوم دموية», «الأكثر دموية», "the most deadly attack"; not «أكثر من» or "most of".
            if comparatives.contains(w), previous != "من", previous != "of", previous != nil { return true }
            previous = w
        }
        return false
    }

    /// Each word, and each Arabic word with a conjunction or preposition joined to it («وأعنف», «بأعنف», «لأكثر»).
    static func forms(_ words: [String]) -> KeySet {
        var out: [Key] = []
        for w in words {
            out.append(Fold.key(w))
            guard w.unicodeScalars.first.map({ $0.value >= 0x600 && $0.value <= 0x6FF }) == true else { continue }
            for prefix in ["و", "ب", "ل", "وب"] { out.append(Fold.key(prefix + w)) }
        }
        return KeySet(out)
    }

    static let superlatives = forms([
        "deadliest", "bloodiest", "worst", "heaviest", "fiercest", "biggest", "largest", "costliest",
        "أعنف", "الأعنف", "أدمى", "الأدمى", "أسوأ", "الأسوأ", "أشد", "الأشد", "أكبر", "الأكبر", "أفدح", "الأفدح",
    ])

    static let comparatives = forms(["most", "أكثر", "الأكثر"])

    static let eventNouns = forms([
        "attack", "attacks", "bombing", "bombings", "blast", "explosion", "strike", "airstrike", "raid", "ambush",
        "assault", "massacre", "incident", "shelling", "day", "single", "clashes", "battle", "offensive",
        "هجوم", "الهجوم", "هجمات", "الهجمات", "تفجير", "التفجير", "انفجار", "الانفجار", "غارة", "الغارة", "قصف",
        "القصف", "مجزرة", "المجزرة", "اعتداء", "الاعتداء", "كمين", "الكمين", "عملية", "العملية", "يوم", "حادث",
        "الحادث", "هجمة", "الهجمة", "معارك", "المعارك", "اشتباكات", "الاشتباكات",
    ])
}
