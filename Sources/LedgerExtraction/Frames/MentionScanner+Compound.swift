import LedgerCore

extension MentionScanner {
    /// The remainder of a compound number after its thousands: `و318` in `21 ألفاً و318 شخصاً`.
    func remainder(after end: Int) -> (Int, Int)? {
        guard end + 1 < range.upperBound, t[end].key == "و", t[end + 1].isNumber,
              let v = t[end + 1].value, v < 1000, t[end + 1].real == Double(v) else { return nil }
        // "مقتل ألف و200 جريح": the remainder heads a figure of the wounded of its own.
        if end + 2 < range.upperBound, t[end + 2].trig?.measure == .wounded { return nil }
        return (v, end + 2)
    }
}
