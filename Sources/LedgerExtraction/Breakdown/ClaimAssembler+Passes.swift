import LedgerCore

/// The passes that close a sentence of `ClaimAssembler.add`: subsets that are a partition, supersession, lists opened by a colon.
extension ClaimAssembler {
    /// A subset marker whose items sum exactly to the total is a partition.
    mutating func subsetsThatPartition(_ thisSentence: [Int]) {
        var byParent: [Int: [Int]] = [:]
        for k in thisSentence where drafts[k].role == .subset { if let p = drafts[k].parent { byParent[p, default: []].append(k) } }
        for (p, kids) in byParent where kids.count >= 2 {
            let cats = kids.map { drafts[$0].category }
            let distinct = Set(cats).count == cats.count
            // The last item may be the rest, of no category: "بينهم 3 عناصر من قوات النظام، و20 شخصاً".
            let excl = cats.dropLast().allSatisfy { Hierarchy.exclusive.contains($0) } && (cats.last.map { Hierarchy.exclusive.contains($0) || $0 == .all } ?? false)
            let sum = kids.reduce(0) { $0 + drafts[$1].value }
            if distinct && excl && sum == drafts[p].value {
                for k in kids { drafts[k].role = .part; drafts[k].notes.append("the marker said subset but the items sum to the total") }
            }
        }
    }

    /// Figures right after a total in its sentence that sum exactly to it are its parts: "killed six fighters,
    /// four Syrian soldiers and two members of allied militias", «قتل 13 مقاتلاً من الطرفين، 9 من الفصائل و4 من المجلس».
    /// At least two of them, each smaller than the total, of its measure and not yet placed under another figure.
    mutating func itemsThatSum(_ thisSentence: [Int]) {
        for (n, k) in thisSentence.enumerated() where drafts[k].role == .total && drafts[k].parent == nil && drafts[k].value > 2 {
            var sum = 0
            var items: [Int] = []
            for j in thisSentence.dropFirst(n + 1) {
                let d = drafts[j]
                guard d.role == .total, d.parent == nil, d.measure == drafts[k].measure, d.value < drafts[k].value,
                      d.span.start > drafts[k].span.end, !d.dropped else { break }
                sum += d.value
                items.append(j)
                if sum >= drafts[k].value { break }
            }
            guard items.count >= 2, sum == drafts[k].value, !coordinated(items, under: k) else { continue }
            for j in items {
                drafts[j].role = .part
                drafts[j].parent = k
                drafts[j].notes.append("the figures after the total sum to it")
            }
            return
        }
    }

    /// «قتل 3 رجال وامرأتان وطفل», "Three children, two women and a man": items joined to the first figure by «و», or
    /// under a figure of children or women with another category, are a list of the dead, not its breakdown (the women
    /// and the child were parts of the three men because 2 + 1 = 3).
    func coordinated(_ items: [Int], under k: Int) -> Bool {
        guard let first = items.first else { return false }
        if drafts[first].span.text.hasPrefix("و") { return true }
        let c = drafts[k].category
        return (c == .children || c == .women) && items.contains { drafts[$0].category != c }
    }

    /// An update supersedes the figure it replaces; a figure said to be earlier is superseded by the last update.
    static let fromWords: KeySet = Lexicon.keys(["from", "من"])

    mutating func supersede(_ thisSentence: [Int], cues: SentenceCues) {
        supersedeReplaced(thisSentence)
        if cues.update, let last = thisSentence.last(where: { drafts[$0].role == .total }) {
            // "ارتفع من 14 إلى 17" / "up from 14": the last figure is the new one.
            let totals = thisSentence.filter { drafts[$0].role == .total && drafts[$0].measure == drafts[last].measure }
            let newest = cues.earlier && totals.count >= 2 ? totals.first(where: { _ in true }) ?? last : last
            let current = totals.count >= 2 && !cues.earlier ? totals.last ?? last : newest
            lastUpdate[drafts[current].measure] = current
            supersedeEarlierReplaced(by: current, thisSentence)
            for k in totals where k != current && cues.earlier { drafts[k].supersededBy = current; drafts[k].context = .main }
            // "rose from six to eight", «ارتفعت من ستة إلى ثمانية»: the figure after "from" is the toll the new one replaces,
            // the next total of its measure ("climbed from 558 to 569, with 1,800 others wounded": whatever the last one counts).
            if !cues.earlier {
                for k in thisSentence where drafts[k].role == .total && drafts[k].afterFrom && drafts[k].supersededBy == nil {
                    if let n = thisSentence.first(where: { $0 > k && drafts[$0].role == .total && drafts[$0].measure == drafts[k].measure }) {
                        drafts[k].supersededBy = n
                    }
                }
            }
        }
        if cues.earlier && !cues.update {
            for k in thisSentence where drafts[k].role == .total {
                if let u = lastUpdate[drafts[k].measure], u != k { drafts[k].supersededBy = u; drafts[k].context = .main }
            }
        }
    }

    /// "… gave an initial death toll of 14. An official later said the toll had risen to at least 25.": a figure named as
    /// initial or earlier in one of the two sentences before, with no newer figure of its own sentence, is superseded by the
    /// larger toll the update gives.
    mutating func supersedeEarlierReplaced(by current: Int, _ thisSentence: [Int]) {
        for k in drafts.indices where !thisSentence.contains(k) && drafts[k].replaced && drafts[k].supersededBy == nil
            && drafts[k].role == .total && drafts[k].measure == drafts[current].measure && drafts[k].span.start < drafts[current].span.start
            && drafts[k].value < drafts[current].value && drafts[current].sentence - drafts[k].sentence <= 2 {
            drafts[k].supersededBy = current
        }
    }

    /// Opens a list when the sentence ends with a colon after a total (or a regional header).
    mutating func openListAfter(_ s: Sentence, continuation: Bool, regionalHeader: Bool, thisSentence: [Int]) {
        if s.endsWithColon && (continuation || (openList != nil && !s.firstInLine && lineFirstClaim?.line == s.line)) {
            // A sub-list: "Civilians: 412 ... distributed as follows:"
            if let first = subListHead(thisSentence) ?? (lineFirstClaim?.line == s.line ? lineFirstClaim?.idx : nil) {
                subList = OpenList(total: first, measure: drafts[first].measure, regional: false, tally: drafts[first].kind == .tally, period: drafts[first].period)
            }
        } else if s.endsWithColon {
            if regionalHeader, !tallyByMeasure.isEmpty {
                let anyTotal = tallyByMeasure[.operations] ?? tallyByMeasure[.killed] ?? tallyByMeasure.values.first ?? 0
                openList = OpenList(total: anyTotal, measure: .operations, regional: true, tally: true, period: tallyPeriod)
            } else if let last = namedListTotal(s, thisSentence) ?? thisSentence.last(where: { drafts[$0].role == .total })
                        ?? thisSentence.last.map({ drafts[$0].parent ?? $0 }) ?? lastTotalAny {
                openList = OpenList(total: last, measure: drafts[last].measure, regional: false, tally: drafts[last].kind == .tally, period: drafts[last].period)
                let given = partsSum(last)
                if given > 0 && given == drafts[last].value { openList?.byPlace = true }
            } else if let ol = openList {
                openList = ol  // a sub-heading inside a list keeps it open
            }
        }
    }

    static let listHeaderFillers: KeySet = Lexicon.keys(["هم", "وهم", "هي", "كالتالي", "كالآتي", "are", "were", "as", "follows", "is", "them", "among"])

    /// `…، إضافة لإصابة 9 من المدنيين، والقتلى هم:`, "…, and the dead are as follows:": the noun right before the colon
    /// names which of the sentence's totals the list breaks down (the last total was the wounded's, the list the dead's).
    func namedListTotal(_ s: Sentence, _ thisSentence: [Int]) -> Int? {
        let skip = Self.listHeaderFillers
        var j = s.range.upperBound - 1
        while j > s.range.lowerBound, tokens[j].kind == .punct { j -= 1 }
        var steps = 0
        while j >= s.range.lowerBound, steps < 4, tokens[j].isWord, skip.contains(tokens[j].key) { j -= 1; steps += 1 }
        guard j >= s.range.lowerBound, let trig = tokens[j].trig, trig.measure == .killed || trig.measure == .wounded else { return nil }
        return thisSentence.last(where: { drafts[$0].role == .total && drafts[$0].measure == trig.measure })
    }
}
