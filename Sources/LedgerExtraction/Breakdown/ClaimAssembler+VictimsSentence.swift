import LedgerCore

extension ClaimAssembler {
    /// "The five dead included two Iranians", "The 5 victims were two children and three women", «والقتلى الخمسة هم …»:
    /// the toll `v` restated as the subject of a sentence on the victims is not one of its parts (it was read as a part
    /// of itself, and the parts summed past the toll).
    func dropRestatedToll(_ mentions: inout [Mention], of v: Int) {
        mentions.removeAll { m in
            guard m.value == drafts[v].value else { return false }
            let after = m.numberAt + 1 < tokens.count ? tokens[m.numberAt + 1] : nil
            let before = m.numberAt > 0 ? tokens[m.numberAt - 1] : nil
            // English: the number before the victims' noun ("the five dead"); Arabic: after it («القتلى الخمسة»).
            return after.map { Self.victimWords.contains($0.key) } == true && before.map { $0.key == "the" } == true
                || before.map { Self.victimWords.contains($0.key) } == true && tokens[m.numberAt].key.hasPrefix("ال")
        }
    }
}
