import LedgerCore

/// "In a separate incident the same day, …" / «وفي حادثة منفصلة في اليوم نفسه»: another event of the report's
/// own day, not an earlier one recalled.
extension FrameReview {
    static let separateIncident = SentenceWords.phrases([
        "separate incident", "separate attack", "another incident", "حادثه منفصله", "حادث منفصل", "هجوم منفصل", "حادثه اخري",
        "حادث اخر",
    ])
    static let sameDayWords = SentenceWords.phrases([
        "the same day", "that same day", "later that day", "later the same day", "earlier the same day", "later in the day",
        "earlier in the day", "on the same day", "اليوم نفسه", "اليوم ذاته", "ذات اليوم", "نفس اليوم", "اليوم",
        "في اليوم نفسه", "في ذات اليوم",
    ])

    /// A figure the cue "separate incident" marked as recalled, whose sentence puts it on the same day (or
    /// today) and names no earlier time: one more of the report's own tolls, on the day its date resolves to.
    mutating func keepSeparateSameDay(_ i: Int) {
        let c = claims[i]
        guard c.kind == .incident, c.role == .total, c.context == .backReference, c.period == nil else { return }
        let s = sentence(c)
        guard s.contains(any: Self.separateIncident), s.contains(any: Self.sameDayWords),
              PastPeriod.find(s, published: published) == nil, !s.contains(any: Self.pastCues),
              !s.contains(any: Self.earlierEvent), !s.contains(any: Self.lastWeekday),
              !s.words.contains(where: { $0.string == "had" || $0.string == "قد" }) else { return }
        claims[i].context = .main
        claims[i].notes.append("a separate incident of the same day: one of the report's own events")
        setChildren(of: c.id) { $0.context = .main }
    }
}
