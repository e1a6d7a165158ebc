import LedgerCore

/// Decides, after the claims are assembled, which figures are the report's own event tolls.
///
/// Only a report's own event tolls may make incidents. This pass re-reads the sentence of every
/// main-frame figure and moves out of the main frame what is not the report's event:
/// - an increment ("after two of the wounded died") is inside the new toll: a subset of it;
/// - a figure placed in a period before the report's days ("a similar attack in January killed
///   nine", "clashes last year killed more than 90") is a back-reference on that period, or, when
///   the sentence counts many events ("bombings killed 300 across the province last year"), a
///   background tally over it;
/// - an undated figure that counts many events ("its attacks killed or wounded 683") in a report
///   whose own frame is a tally is part of that tally, not an incident;
/// - a figure restated in the same report (lead and body) is one claim.
struct FrameReview {
    var claims: [Claim]
    /// Figures that turn out to count no one of their own (dropped before the merge).
    var dropped: Set<String> = []
    let published: Day?
    /// The places the headline and the lead name (``StoryPlace``).
    let leadPlaces: [Place]
    /// The words of each claim's sentence, by claim id, read once (ids hold until the merge at the end).
    let sentences: [String: SentenceWords]
    /// The report's text, as the spans count it.
    let scalars: [Unicode.Scalar]

    init(claims: [Claim], text: String, published: Day?, leadPlaces: [Place] = []) {
        self.claims = claims
        self.published = published
        self.leadPlaces = leadPlaces
        let scalars = Array(text.unicodeScalars)
        var byID: [String: SentenceWords] = [:]
        var bySpan: [Int: SentenceWords] = [:]
        var lastSentence: SentenceWords?
        for c in claims {
            // Claims of one sentence share its words (read once, however many figures it holds).
            if let last = lastSentence, last.start <= c.span.start, c.span.end <= last.end, last.end - last.start < 2 * SentenceWords.reach {
                byID[c.id] = last.clause(of: (c.span.start, c.span.end))
                continue
            }
            let s = bySpan[c.span.start] ?? SentenceWords(scalars, around: (c.span.start, c.span.end))
            bySpan[c.span.start] = s
            byID[c.id] = s.clause(of: (c.span.start, c.span.end))
            lastSentence = s
        }
        self.sentences = byID
        self.scalars = scalars
    }

    func sentence(_ c: Claim) -> SentenceWords { sentences[c.id] ?? SentenceWords([], around: (0, 0)) }

    mutating func run() -> [Claim] {
        for i in claims.indices { markWeekTally(i) }
        for i in claims.indices { keepOwnRelativeClause(i) }
        for i in claims.indices { keepSeparateSameDay(i) }
        for i in claims.indices where isOwnToll(claims[i]) { markAmongTheDead(i) }
        for i in claims.indices where isOwnToll(claims[i]) { markRescuedCount(i) }
        for i in claims.indices where isOwnToll(claims[i]) { markPeriodTally(i) }
        for i in claims.indices { periodOfPartOfYear(i) }
        for i in claims.indices where isOwnToll(claims[i]) { markRecalledClause(i) }
        for i in claims.indices where isOwnToll(claims[i]) { markLastWeekday(i) }
        for i in claims.indices where Self.current(claims[i]) { markComparisonBaseline(i) }
        for i in claims.indices where isOwnToll(claims[i]) { markIncrement(i) }
        // Also a figure a «وكان» opener took for a recall: «وكان ثلاثة من الجرحى …» picks out the wounded just counted.
        for i in claims.indices where claims[i].kind == .incident && claims[i].role == .total { markWoundedPartitive(i) }
        for i in claims.indices where isOwnToll(claims[i]) { markWarWide(i) }
        for i in claims.indices where isOwnToll(claims[i]) { markAreaOrSeasonToll(i) }
        for i in claims.indices where isOwnToll(claims[i]) { markSumOfSeparateEvents(i) }
        for i in claims.indices where isOwnToll(claims[i]) { markSumOfPlaces(i) }
        for i in claims.indices where claims[i].context != .background && claims[i].role == .total { placeInPast(i) }
        for i in claims.indices where isOwnToll(claims[i]) && claims[i].supersededBy == nil { markEarlierFigure(i) }
        let mainDay = claims.first { isOwnToll($0) && $0.eventDate?.day != nil && $0.supersededBy == nil }?.eventDate?.day
        for i in claims.indices where isOwnToll(claims[i]) && claims[i].supersededBy == nil { markEarlierEvent(i, mainDay: mainDay) }
        for i in claims.indices where isOwnToll(claims[i]) { foldIntoTally(i) }
        for i in claims.indices where isOwnToll(claims[i]) { placeLikeNewerFigure(i) }
        for i in claims.indices where isOwnToll(claims[i]) { followPreviousToll(i) }
        placeFromStory()
        // A figure another one hangs under stays.
        let parents = Set(claims.compactMap(\.parent))
        claims.removeAll { dropped.contains($0.id) && !parents.contains($0.id) }
        return headlineBreakdown(RestatementMerge.merge(claims, scalars: scalars))
    }

    func isOwnToll(_ c: Claim) -> Bool { c.kind == .incident && c.role == .total && c.context == .main }

    /// A toll whose sentence names no place takes the story's (``StoryPlace``): the one place the
    /// headline and the report's own tolls agree on. Its parts and subsets follow it.
    mutating func placeFromStory() {
        let named = leadPlaces + claims.filter { isOwnToll($0) }.compactMap(\.place)
        guard let story = StoryPlace.finest(named) else { return }
        placeProvinceTallies(story: story)
        for i in claims.indices where isOwnToll(claims[i]) && claims[i].place == nil {
            claims[i].place = story
            claims[i].notes.append("place from the report: \(story.text)")
            setChildren(of: claims[i].id) { if $0.place == nil { $0.place = story } }
        }
    }
}
