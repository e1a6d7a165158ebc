import LedgerCore

extension FrameReview {
    static let theProvince = SentenceWords.phrases(["the province", "the governorate", "المحافظه", "محافظتها"])

    /// "Such attacks have killed 38 SDF members across the province since January", «… في المحافظة
    /// منذ مطلع العام»: a tally over "the province" that names none is over the story's governorate,
    /// not over the whole country (its check against the incidents reads that province's only).
    mutating func placeProvinceTallies(story: Place) {
        guard let admin1 = story.admin1 else { return }
        for i in claims.indices where claims[i].kind == .tally && claims[i].role == .total && claims[i].place == nil {
            let s = sentence(claims[i])
            guard let phrase = Self.theProvince.first(where: { s.firstIndex(of: $0) != nil }), let k = s.firstIndex(of: phrase) else { continue }
            let place = Place(name: admin1, text: originalText(s, words: k..<(k + phrase.count)), admin1: admin1)
            claims[i].place = place
            claims[i].notes.append("\"\(place.text)\" is the report's province: \(admin1)")
            setChildren(of: claims[i].id) { if $0.place == nil { $0.place = place } }
        }
    }

    /// The report's text of words `range` of sentence `s`.
    func originalText(_ s: SentenceWords, words range: Range<Int>) -> String {
        var end = s.offsets[range.upperBound - 1]
        while end < scalars.count, scalars[end].properties.isAlphabetic || scalars[end].properties.isDiacritic { end += 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[s.offsets[range.lowerBound]..<end])
        return String(view)
    }
}
