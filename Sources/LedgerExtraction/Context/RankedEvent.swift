/// A superlative that ranks one event against a period: "the bloodiest day so far this month",
/// «أعنف هجوم منذ مطلع العام», «الهجوم الأكثر دموية هذا العام». The period after it is the ranking's
/// yardstick, not the span of a count, so the figure beside it stays the toll of its one event.
///
/// Only a superlative beside an event's noun counts: "the deadliest year since 2014" or «أكثر من 200
/// قتيل منذ بداية العام» (more than: a qualifier, not a rank) keep their period.
enum RankedEvent {
    /// How many words before a period phrase the superlative and its noun may stand («أكبر هجوم من حيث عدد القتلى منذ»).
    static let reach = 8

    /// Whether `keys` (the words just before a period phrase, in text order) rank one event.
    static func ranks(_ keys: [Key]) -> Bool {
        let words = keys.suffix(reach).map(bare)
        guard words.contains(where: { eventNouns.contains($0) }) else { return false }
        for (k, w) in words.enumerated() {
            let next = k + 1 < words.count ? words[k + 1] : nil
            if superlatives.contains(w) { return true }
            // «أكثر هجوم دموية», «الأكثر دموية»; not «أكثر من» (more than).
            if w == "اكثر" || w == "الاكثر", next != "من" { return true }
            // "the most deadly attack"; not "most of the attacks".
            if w == "most", let next, next != "of" { return true }
        }
        return false
    }

    /// A word without a leading conjunction or preposition («وأعنف», «بأعنف», «لأكثر»).
    static func bare(_ key: Key) -> String {
        let s = key.string
        for prefix in ["وب", "و", "ب", "ل"] where s.hasPrefix(prefix) {
            let rest = String(s.dropFirst(prefix.count))
            if superlatives.contains(rest) || eventNouns.contains(rest) || rest == "اكثر" || rest == "الاكثر" { return rest }
        }
        return s
    }

    /// Folded forms (hamza, alef maqsura and taa marbuta folded as ``Fold`` does).
    static let superlatives: Set<String> = [
        "deadliest", "bloodiest", "worst", "heaviest", "fiercest", "biggest", "largest", "costliest",
        "اعنف", "الاعنف", "ادمي", "الادمي", "اسوا", "الاسوا", "اشد", "الاشد", "اكبر", "الاكبر", "افدح", "الافدح",
    ]

    static let eventNouns: Set<String> = [
        "attack", "attacks", "bombing", "bombings", "blast", "explosion", "strike", "airstrike", "raid", "ambush",
        "assault", "massacre", "incident", "shelling", "day", "single", "clashes", "battle", "offensive",
        "هجوم", "الهجوم", "هجمات", "الهجمات", "تفجير", "التفجير", "انفجار", "الانفجار", "غاره", "الغاره", "قصف",
        "القصف", "مجزره", "المجزره", "اعتداء", "الاعتداء", "كمين", "الكمين", "عمليه", "العمليه", "يوم", "حادث",
        "الحادث", "هجمه", "الهجمه", "معارك", "المعارك", "اشتباكات", "الاشتباكات",
    ]
}
