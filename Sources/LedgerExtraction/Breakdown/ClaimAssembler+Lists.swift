import LedgerCore

extension ClaimAssembler {
    /// The figure a line ending in a colon opens a sub-list under.
    ///
    /// Usually the line's first figure ("Civilians: 412, distributed as follows:"). A regional header counts
    /// operations first and their dead after (`-Palmyra desert: 11 operations left 26 fatalities:`): the bullets
    /// beneath it break down the dead, so a line whose first figure counts operations opens its list under the
    /// first figure of people.
    func subListHead(_ sentence: [Int]) -> Int? {
        guard let first = sentence.first else { return nil }
        guard drafts[first].measure == .operations else { return first }
        return sentence.first { drafts[$0].measure != .operations } ?? first
    }
}

extension ClaimAssembler {
    /// What tells two figures with the same words apart: the sentence they stand in and how many figures with the
    /// same words came before them in it. A paragraph given twice repeats both; `a man` … `a man` in two sentences,
    /// or `وعنصر في درعا، وعنصر في القنيطرة` in one, do not.
    func occurrenceKey(_ k: Int, _ occurrences: inout [String: Int]) -> String {
        let d = drafts[k]
        let sentence = String(sentenceHashes[d.sentence] ?? 0)
        let key = sentence + "\u{1}" + d.span.text
        let n = occurrences[key, default: 0]
        occurrences[key] = n + 1
        return sentence + "\u{1}" + String(n)
    }

    /// The hash of a sentence's word keys (the same words give the same hash within one extraction).
    func sentenceHash(_ r: Range<Int>) -> Int {
        var h = Hasher()
        for j in r { h.combine(tokens[j].key) }
        return h.finalize()
    }
}

extension ClaimAssembler {
    /// The sentence opens like an item of a partition: a number, `و` + a number, or `و` + a person noun
    /// (`31 من قوات النظام`, `و 9 من تنظيم الدولة`, `وعنصر في درعا`).
    func opensWithItem(_ s: Sentence) -> Bool {
        let r = s.range
        guard let first = r.first else { return false }
        let f = tokens[first]
        if f.isNumber { return true }
        guard f.isWord, f.arabic, f.key.hasPrefix("و") else { return false }
        if f.key == "و" { return first + 1 < r.upperBound && tokens[first + 1].isNumber }
        let scanner = MentionScanner(t: tokens, range: r, text: text)
        if scanner.number(at: first) != nil { return true }
        return f.victim.map { $0.number != .plural } ?? false && f.stems.dropFirst().first?.definite == false
    }
}

extension ClaimAssembler {
    /// `الحصيلة لا تضم نحو 3 آلاف معتقل، ولا نحو 700 أسير`: a figure inside an exclusion clause that takes its measure from
    /// the toll before the clause is not a figure of that toll.
    func dropExcluded(_ mentions: inout [Mention], hits: [TriggerHit], exclusionAt: Int?) {
        guard let ex = exclusionAt else { return }
        mentions.removeAll { m in
            m.start > ex && !m.ownMeasure && m.measure == .killed && !hits.contains { $0.index > ex && $0.index < m.start && $0.measure == .killed }
        }
    }
}

extension ClaimAssembler {
    /// The total of the partition still open in a sentence: the list total while items are parts, or, after subsets of
    /// a part (`92 بينهم 14 طفلاً و9 مواطنات قتلوا …، و41 …`), that part's total.
    func openPartitionTotal(_ inParts: Bool, _ listTotal: Int?, _ subsetParent: Int?) -> Int? {
        if inParts { return listTotal }
        guard let sp = subsetParent, drafts[sp].role == .part else { return nil }
        return drafts[sp].parent
    }
}
