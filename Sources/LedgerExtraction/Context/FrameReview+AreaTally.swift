import LedgerCore

extension FrameReview {
    /// "…, raising the number killed in IS attacks in the Syrian desert this year to 212": a count over a
    /// region (the desert, the Autonomous Administration's areas) is over that region, even when the
    /// sentence also names the town of the day's attack, which stays the attack's place.
    func areaScope(of c: Claim) -> Place? {
        let s = sentence(c)
        guard s.start < s.end, s.end <= scalars.count else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[s.start..<s.end])
        let text = TextNormalizer.normalize(String(view))
        let tokens = Tokenizer.tokenize(text)
        guard let area = Gazetteer.area(tokens, 0..<tokens.count, text: text) else { return nil }
        return area
    }
}
