import LedgerCore

/// War-wide figures: "102,000 civilians have died in the war", "more than half a million since the
/// conflict began". They are background, never the report's own event, even when the sentence names
/// no period the other rules read.
extension FrameReview {
    static let warCues = SentenceWords.phrases([
        "in the war", "during the war", "of the war", "in the conflict", "during the conflict", "of the conflict", "civil war",
        "since the war", "since the conflict", "since the uprising", "since the revolution", "since the start of the war",
        "في الحرب", "خلال الحرب", "منذ اندلاع", "منذ بدء الحرب", "منذ بدايه الحرب", "منذ بدء الثوره", "منذ اندلاع الثوره", "خلال سنوات الحرب",
        "سنوات الحرب", "the war began", "the conflict began", "the war started", "the conflict started",
    ])
    /// No single event of the war killed this many; a figure this large is a count over the war or a long period.
    static let warWideFloor = 5_000

    /// A figure of the whole war: background, with its parts and subsets.
    mutating func markWarWide(_ i: Int) {
        let c = claims[i]
        let s = sentence(c)
        let cue = s.contains(any: Self.warCues) && (c.value >= 1_000 || !s.contains(any: Self.oneEvent))
        guard cue || c.value >= Self.warWideFloor else { return }
        claims[i].kind = .tally
        claims[i].context = .background
        claims[i].eventDate = nil
        claims[i].notes.append(cue ? "a figure of the whole war: background" : "too large for one event: a count over a long period, background")
        setChildren(of: c.id) { $0.kind = .tally; $0.context = .background; $0.eventDate = nil }
    }
}
