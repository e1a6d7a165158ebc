import LedgerCore

extension FrameReview {
    static let sameAttackCues = SentenceWords.phrases([
        "also", "in the attack", "in the same attack", "in the blast", "in the explosion", "in the shooting", "كما", "ايضا",
        "في الهجوم", "جراء الهجوم", "في الانفجار", "جراء الانفجار", "في الاستهداف", "بالهجوم", "بالانفجار",
    ])

    /// "A passer-by was also injured in the attack and taken to a hospital in al-Hasakah": a toll whose
    /// sentence names no place or day of its own and points back to the attack just told takes that
    /// attack's place and day (the report's previous toll that has them).
    mutating func followPreviousToll(_ i: Int) {
        let c = claims[i]
        guard c.place == nil || c.eventDate == nil, sentence(c).contains(any: Self.sameAttackCues),
              let j = claims.indices.last(where: { $0 < i && isOwnToll(claims[$0]) && claims[$0].place != nil && claims[$0].eventDate != nil })
        else { return }
        let previous = claims[j]
        if claims[i].place == nil { claims[i].place = previous.place }
        if claims[i].eventDate == nil { claims[i].eventDate = previous.eventDate }
        claims[i].notes.append("in the attack told before: its place and day")
        let (place, date) = (claims[i].place, claims[i].eventDate)
        setChildren(of: c.id) { if $0.place == nil { $0.place = place }; if $0.eventDate == nil { $0.eventDate = date } }
    }
}
