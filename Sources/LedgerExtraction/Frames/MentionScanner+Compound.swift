import LedgerCore

extension MentionScanner {
    /// The remainder of a compound number after its thousands: `و318` in `21 ألفاً و318 شخصاً`.
    /// `start` is where the thousands begin.
    func remainder(after end: Int, start: Int) -> (Int, Int)? {
        guard end + 1 < range.upperBound, t[end].key == "و", t[end + 1].isNumber,
              let v = t[end + 1].value, v < 1000, t[end + 1].real == Double(v) else { return nil }
        // "مقتل ألف و200 جريح": after a word of killing, the remainder heads a figure of the wounded of its own;
        // «5 آلاف و820 جريحاً» with no such word is one number of the wounded.
        if end + 2 < range.upperBound, t[end + 2].trig?.measure == .wounded,
           start > range.lowerBound, Self.killingNouns.contains(t[start - 1].key) { return nil }
        return (v, end + 2)
    }

    /// Words of killing a figure follows as its object («مقتل ألف»), not a toll («الحصيلة 11 ألفاً») or a figure's noun.
    static let killingNouns: KeySet = Lexicon.keys(["مقتل", "ومقتل", "بمقتل", "قتل", "وقتل", "استشهاد", "واستشهاد", "مصرع", "ومصرع", "killing", "killed"])
}
