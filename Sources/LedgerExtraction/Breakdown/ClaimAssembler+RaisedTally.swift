import LedgerCore

extension ClaimAssembler {
    /// "documented the killing of two men by gunmen in Daraa, bringing the number killed there since the
    /// start of the year to 91" / «وثّق مقتل شابين …، ليرتفع عدد القتلى منذ مطلع العام إلى 91»: one
    /// sentence tells a killing and then the running count it raises. The period belongs to the count
    /// after the raising word, not to the toll before it.
    ///
    /// Returns the index of the raising word when the figures before it are an incident's toll: the
    /// sentence's period lies after that word, and the words before it are no tally of their own (no
    /// period, no count word unless they name one event, no list or tally frame around them).
    func raisedTallyStart(_ r: Range<Int>, period: Period?, continuation: Bool, tallyFrame: Bool) -> Int? {
        guard period != nil, !continuation, !tallyFrame, let at = raisingWord(r), at > r.lowerBound else { return nil }
        let head = r.lowerBound..<at
        guard DateResolver.period(tokens, head, published: report.published, text: text) == nil else { return nil }
        let cues = SentenceCues(tokens, head, published: report.published)
        guard !cues.background, !cues.backReference else { return nil }
        return !cues.tally || namesOneEvent(head) ? at : nil
    }

    /// The first word that raises a running count: "bringing / raising / taking … to",
    /// «ليرتفع / لترتفع / ليصل / لتصل / ليبلغ / لتبلغ».
    private func raisingWord(_ r: Range<Int>) -> Int? {
        for j in r {
            let k = tokens[j].key
            if Self.raisingWordsArabic.contains(k) { return j }
            if Self.raisingWordsEnglish.contains(k),
               tokens[(j + 1)..<min(r.upperBound, j + 20)].contains(where: { $0.key == "to" }) { return j }
        }
        return nil
    }

    static let raisingWordsArabic: KeySet = Lexicon.keys(["ليرتفع", "لترتفع", "ليصل", "لتصل", "ليبلغ", "لتبلغ", "ليصبح", "لتصبح"])
    static let raisingWordsEnglish: KeySet = Lexicon.keys(["bringing", "raising", "taking", "pushing"])
}
