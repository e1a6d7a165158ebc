import LedgerCore

/// Turns the figures of each sentence into claims: breakdowns, frames, dates, places, sources.
struct ClaimAssembler {
    let tokens: [Token]
    let text: NormalizedText
    let report: ReportMeta
    let publisher: String?
    var drafts: [Draft] = []
    var warnings: [String] = []

    /// An open list: a total whose parts follow on bullet lines.
    struct OpenList {
        var total: Int; var measure: Measure; var regional: Bool; var tally: Bool; var period: Period?
        /// A second breakdown of a total whose parts already add up (per incident, per area): lines keep their own places.
        var byPlace = false
    }
    /// The previous sentence with figures was part of a tally.
    var lastSentenceTally = -10
    var lastClaimSentenceIndex = -10

    static let victimWords: KeySet = Lexicon.keys(["victims", "dead", "الضحايا", "والضحايا", "القتلى", "والقتلى", "الشهداء", "والشهداء"])
    static let victimCopula: KeySet = Lexicon.keys(["were", "are", "included", "include", "هم", "وهم", "هما", "وهما", "هن"])

    static let killedHead: KeySet = ["those", "people", "the"]

    /// Every trigger of the sentence tells of deaths, but those after a contrast word ("…, while about 30 people remained
    /// in hospital": the wounded are a clause of their own).
    func onlyDeathsBeforeContrast(_ hits: [TriggerHit], _ r: Range<Int>) -> Bool {
        guard hits.contains(where: { $0.measure != .killed }) else { return true }
        guard let contrast = r.first(where: { MentionScanner.contrastWords.contains(tokens[$0].key) }) else { return false }
        return hits.allSatisfy { $0.measure == .killed || $0.index > contrast }
    }

    /// "the victims were", "the dead included", "والضحايا هم".
    func victimsAre(_ r: Range<Int>) -> Bool {
        // "This includes 97 fighters of the SDF": the sentence opens on the previous toll.
        if r.count > 2, ["this", "these", "they", "that"].contains(tokens[r.lowerBound].key),
           ["includes", "include", "included"].contains(tokens[r.lowerBound + 1].key) { return true }
        if opensOnTheDead(r) || includesTheDead(r) || tollBrokenDown(r) { return true }
        var i = r.lowerBound
        while i + 1 < r.upperBound {
            if Self.victimWords.contains(tokens[i].key), Self.victimCopula.contains(tokens[i + 1].key) || (i + 2 < r.upperBound && tokens[i + 1].isPunct(":")) { return true }
            // "those killed included four children", "the people killed were …": the dead named by their verb.
            if tokens[i].key == "killed", i > r.lowerBound, Self.killedHead.contains(tokens[i - 1].key),
               Self.victimCopula.contains(tokens[i + 1].key) { return true }
            i += 1
        }
        return false
    }
    /// Where the reported words start after a verb of saying that opens the sentence and up to two words of its subject:
    /// «وأوضح المرصد أن …», «وأضاف أن …», "He added that …". Nil when the sentence opens otherwise.
    func afterSaying(_ r: Range<Int>) -> Int? {
        var i = r.lowerBound
        if i < r.upperBound, !tokens[i].arabic, ["he", "she", "it", "they"].contains(tokens[i].key.string) { i += 1 }
        guard i < r.upperBound, Self.sayingVerbs.contains(tokens[i].key) else { return nil }
        for j in (i + 1)..<min(r.upperBound, i + 5) where DateResolver.thatWords.contains(tokens[j].key) { return j + 1 }
        return nil
    }

    static let sayingVerbs: KeySet = Lexicon.keys(["وأوضح", "أوضح", "وأضاف", "أضاف", "وقال", "قال", "وأشار", "وذكر", "وبين", "وأكد", "وتابع",
                                                   "added", "said", "noted", "explained"])

    /// "Of them, 30 were children", "Of the dead, …", "Among the dead are …", «ومنهم 30 طفلاً», «ومن بين القتلى 30 طفلاً»: a sentence that opens on
    /// the dead of the sentence before picks some of them out (they were tolls of their own, or lost).
    func opensOnTheDead(_ r: Range<Int>) -> Bool {
        guard r.count > 2 else { return false }
        // «وأوضح أن من بين القتلى …», "It added that among the dead were …": the same after a verb of saying and "that".
        if let s = afterSaying(r) { return opensOnTheDead(s..<r.upperBound) }
        let a = tokens[r.lowerBound].key, b = tokens[r.lowerBound + 1].key, c = tokens[r.lowerBound + 2].key
        if a == "of", b == "them" || b == "these" || b == "those" { return true }
        if a == "of" || a == "among", b == "the", Self.deadWords.contains(c) { return true }
        if a == "among", b == "them" || b == "those" && Self.deadWords.contains(c) { return true }
        if Self.ofThemAr.contains(a) || opensOnNumberOf(r) { return true }
        return Self.amongAr.contains(a) && (b == "بين" && Self.deadWords.contains(c) || Self.deadWords.contains(b))
    }

    /// "Of them, 30 were children", «ومنهم 12 طفلاً»: the dead picked out of toll `v` are some of it (subsets), not a
    /// breakdown of all of it (parts that do not add up to their total are a discrepancy); unless they add up to it, with
    /// the figures of the sentence's other clauses ("Of the dead, 4 were children and 3 women, while 7 were men").
    mutating func pickedOut(of v: Int, _ thisSentence: [Int]) {
        let picked = thisSentence.filter { drafts[$0].role == .part && drafts[$0].parent == v }
        let loose = thisSentence.filter { k in
            drafts[k].role == .total && drafts[k].measure == drafts[v].measure && drafts[k].kind == drafts[v].kind && drafts[k].value < drafts[v].value
        }
        let sum = (picked + loose).reduce(0) { $0 + drafts[$1].value }
        if sum == drafts[v].value {
            for k in loose { drafts[k].role = .part; drafts[k].parent = v; drafts[k].place = drafts[v].place; drafts[k].context = drafts[v].context }
        } else {
            for k in picked { drafts[k].role = .subset }
        }
    }

    static let deadWords: KeySet = Lexicon.keys(["dead", "killed", "victims", "fatalities", "القتلى", "القتلي", "الضحايا", "الشهداء"])
    static let ofThemAr: KeySet = Lexicon.keys(["ومنهم", "منهم", "ومن بينهم"])
    static let amongAr: KeySet = Lexicon.keys(["ومن", "من", "وبين", "بين"])

    var openList: OpenList?
    var subList: OpenList?
    var lastTotalAny: Int?
    var lineFirstClaim: (line: Int, idx: Int)?
    var lastTallyTotals: [Int] = []
    var tallyPeriod: Period?
    var tallyPeriodLine = -1
    var lastUpdate: [Measure: Int] = [:]
    var lastLine = -1
    var lineDate: EventDate?
    /// The last day a sentence of the report named, for "the same day".
    var lastDay: Day?
    var firstBodyDate: EventDate?
    /// The places the report's headline lines and its lead (first body sentence) name (``StoryPlace``).
    var leadPlaces: [Place] = []
    var sawLead = false
    var lastClaimSentence: [Int] = []
    /// Top-level tally totals by measure, for regional lines.
    var tallyByMeasure: [Measure: Int] = [:]
    /// A hash of the words of each sentence that gave figures, by sentence index: two figures are one only when they
    /// repeat the same words in the same sentence.
    var sentenceHashes: [Int: Int] = [:]
    /// The partition the last sentence ended inside (`هم: 30 من قسد … . و9 من التنظيم، و4 مدنيين`).
    var openPartition: (total: Int, sentence: Int)?
    /// The line whose first sentence continued an open list: its later sentences may too (`Regime forces: 350. IS members: 100.`).
    var continuationLine = -1

    init(tokens: [Token], text: NormalizedText, report: ReportMeta, publisher: String?) {
        self.tokens = tokens
        self.text = text
        self.report = report
        self.publisher = publisher
    }

    func isLabelLine(_ s: Sentence) -> Bool {
        // "Civilians: 412", "المدنيون: 412"
        var i = s.range.lowerBound
        var words = 0
        while i < s.range.upperBound, i < s.range.lowerBound + 18 {
            if tokens[i].isPunct(":") { return words > 0 && i + 1 < s.range.upperBound && (tokens[i + 1].isNumber || tokens[i + 1].isWord) }
            if tokens[i].isNumber { return false }
            if tokens[i].isWord { words += 1 }
            i += 1
        }
        return false
    }

    /// A list line without a bullet: it opens with a figure and has no verb of its own ("Five civilians,
    /// including a child.", "4 members of regime forces.").
    func isFigureLine(_ s: Sentence) -> Bool {
        let r = s.range
        guard !r.isEmpty, s.range.count <= 30 else { return false }
        let scanner = MentionScanner(t: tokens, range: r, text: text)
        guard scanner.number(at: r.lowerBound) != nil else { return false }
        return !r.contains { tokens[$0].trig.map { !$0.head } ?? false }
    }

    /// A list line that opens with a date (`-November 12:`, `-14 تشرين الثاني الجاري،`) reports its own event.
    func isDatedLine(_ s: Sentence) -> Bool {
        var i = s.range.lowerBound
        while i < s.range.upperBound, tokens[i].kind == .punct { i += 1 }
        let lim = min(s.range.upperBound, i + 4)
        var sawNumber = false, sawMonth = false
        var j = i
        while j < lim {
            if tokens[j].isNumber { sawNumber = true }
            else if tokens[j].isWord, DateResolver.month(tokens, at: j, limit: s.range.upperBound) != nil { sawMonth = true }
            j += 1
        }
        return sawNumber && sawMonth
    }

    static let scopeWords: KeySet = ["across", "nationwide", "throughout", "countrywide", "nationally", "country's"]

    /// "across Syria", "nationwide", "the toll in Idlib province": the figure counts an area, not one event.
    /// Whether the sentence names a single event (`قصف`, `غارة`, `attack`, `explosion`), bare or with a particle,
    /// and no plural of many (`attacks`, `هجمات`).
    /// - Parameter onOneDay: the sentence dates what it counts to one day ("أمس", "on Tuesday"): then the
    ///   strikes or attacks it counts are one day's episode, one event ("ارتفعت حصيلة ضحايا الغارات على
    ///   مدينة أريحا أمس إلى 11"); operations and "since" still count many.
    func namesOneEvent(_ r: Range<Int>, onOneDay: Bool = false) -> Bool {
        var one = false
        for j in r {
            let k = tokens[j].key
            if Self.manyEventWords.contains(k) || tokens[j].stems.contains(where: { Self.manyEventWords.contains($0.stem) }) {
                guard onOneDay, Self.episodeWords.contains(k) || tokens[j].stems.contains(where: { Self.episodeWords.contains($0.stem) }) else { return false }
                one = true
            }
            if Self.oneEventWords.contains(k) || tokens[j].stems.contains(where: { Self.oneEventWords.contains($0.stem) }) { one = true }
        }
        return one
    }
    static let oneEventWords: KeySet = Lexicon.keys(SentenceCues.eventNounList + [
        "قصف", "استهداف", "صاروخ", "قذيفة", "غارة", "انفجار", "تفجير", "هجوم", "كمين", "shell", "missile", "rocket", "drone",
        // The means of one killing: "documented the killing of two men by gunmen in Daraa" (no period) is its toll.
        "gunmen", "gunman", "gunfire", "landmine", "مسلحين", "مسلحون", "مجهولين", "برصاص", "رصاص", "لغم",
    ])
    static let manyEventWords: KeySet = Lexicon.keys(["attacks", "bombings", "operations", "strikes", "airstrikes", "هجمات", "الهجمات", "عمليات",
                                                     "العمليات", "تفجيرات", "غارات", "الغارات", "منذ", "since"])
    /// Many-event words that, on one day, are one episode: the day's strikes, attacks or bombings.
    static let episodeWords: KeySet = Lexicon.keys(["attacks", "bombings", "strikes", "airstrikes", "هجمات", "الهجمات", "تفجيرات", "غارات", "الغارات"])

    func areaScoped(_ r: Range<Int>) -> Bool {
        var j = r.lowerBound
        while j < r.upperBound {
            let k = tokens[j].key
            if Self.scopeWords.contains(k) { return true }
            if k == "in" || k == "for", j + 1 < r.upperBound {
                var n = j + 1
                if tokens[n].key == "the" && n + 1 < r.upperBound { n += 1 }
                if let (e, _) = Gazetteer.table.match(tokens, at: n, limit: r.upperBound), e.level == 0 { return true }
                if tokens[n].key == "syria" || tokens[n].key == "country" { return true }
            }
            j += 1
        }
        return false
    }

    /// Sum of the parts already given for draft `p`.
    func partsSum(_ p: Int) -> Int {
        var sum = 0
        for d in drafts where d.parent == p && d.role == .part && !d.regionalLine { sum += d.value }
        return sum
    }

    mutating func add(_ s: Sentence, index si: Int) {
        let r = s.range
        if s.line != lastLine { lineDate = nil; lastLine = s.line }
        let cues = SentenceCues(tokens, r, published: report.published)
        // A line of a list: a bullet, a label ("Civilians: 412") or a bare figure ("Five civilians, …").
        let listLine = s.bullet || isLabelLine(s) || isFigureLine(s)
            || (openList?.regional == false && !cues.tally && MentionScanner(t: tokens, range: r, text: text).sentenceArabic && opensWithItem(s))
        let continuation = openList != nil && (s.firstInLine || continuationLine == s.line) && listLine && !isDatedLine(s)
        if continuation { continuationLine = s.line }
        if !continuation && s.firstInLine && !s.headline { openList = nil; subList = nil }
        if continuation && !s.bullet { subList = nil }
        // A bullet that ends with a colon heads a sub-list of its own (`-Palmyra desert: 11 operations left 26 fatalities:`):
        // it belongs to the list, not to the sub-list of the header before it.
        let inSubList = continuation && s.bullet && !s.endsWithColon && subList != nil
        let activeList = continuation ? (inSubList ? subList : openList) : nil
        if continuation == false, openList != nil, !s.firstInLine { /* same line continues */ }
        let scanner = MentionScanner(t: tokens, range: r, text: text)
        let hits = scanner.triggers()
        // "The victims were two shepherds and a boy" / "والضحايا هم": a breakdown of the previous sentence's death toll.
        var victimsOf: Int? = nil
        // ("Of them, two are in critical condition" after "three killed and five wounded" picks out of the wounded.)
        let lastTotalKilled = lastClaimSentence.last(where: { drafts[$0].role == .total }).map { drafts[$0].measure == .killed } ?? false
        if !continuation, lastClaimSentenceIndex >= si - 1, onlyDeathsBeforeContrast(hits, r), victimsAre(r),
           !opensOnTheDead(r) || lastTotalKilled || opensOnNumberOf(r) && killedNotDied(hits),
           let last = brokenDownToll(of: lastClaimSentence) { victimsOf = last }
        if victimsOf == nil, !continuation, !cues.tally, let p = openPartition, p.sentence == si - 1, scanner.sentenceArabic, opensWithItem(s) {
            victimsOf = p.total
        }
        var mentions = scanner.collect(hits: hits, inherit: activeList?.measure ?? victimsOf.map { drafts[$0].measure })
        dropExcluded(&mentions, hits: hits, exclusionAt: cues.exclusionAt)
        if let v = victimsOf { dropRestatedToll(&mentions, of: v) }
        // A category label before the colon ("Civilians: 412") names the figure after it.
        if continuation, isLabelLine(s), let first = mentions.first, !first.hasCategory || first.categoryText == nil,
           let (c, cs, ce, _) = scanner.category(from: r.lowerBound, maxTokens: 6), ce <= first.start {
            mentions[0].category = c
            mentions[0].hasCategory = true
            mentions[0].categoryText = text.span(tokens[cs].start, tokens[ce - 1].end).text
        }
        // Dates, periods, places.
        var date = DateResolver.eventDate(tokens, r, published: report.published, text: text)
        // "وقتل مدني آخر مساء اليوم ذاته": the day of the event told before.
        if let d = date, d.day == nil, d.text == DateResolver.sameDayText {
            date = lastDay.map { EventDate(day: $0, text: d.text) } ?? d
        }
        if let day = date?.day { lastDay = day }
        if let date { lineDate = date; if firstBodyDate == nil && !s.headline { firstBodyDate = date } }
        var period = DateResolver.period(tokens, r, published: report.published, text: text)
        if period != nil { tallyPeriod = period; tallyPeriodLine = s.line }
        // A tally frame stays open for the rest of its paragraph ("These operations left 143 people dead") and for
        // an "in addition" line right after its list, unless a sentence dates its own event or points back.
        let opensWithAddition: Bool = {
            var i = r.lowerBound
            while i < r.upperBound, tokens[i].kind == .punct { i += 1 }
            guard i < r.upperBound else { return false }
            let k = tokens[i].key
            return Triggers.additionMarkers.contains(k) || tokens[i].stems.contains(where: { Triggers.additionMarkers.contains($0.stem) })
                || (k == "in" && i + 1 < r.upperBound && tokens[i + 1].key == "addition")
        }()
        let tallyFrame = !cues.backReference && !cues.background && date == nil
            && ((s.line == tallyPeriodLine && tallyPeriod != nil && !s.firstInLine) || (opensWithAddition && lastSentenceTally >= si - 2))
        // "The Observatory put the death toll at 21": with no period and no area, a toll is the toll of the story's event.
        let incidentToll = cues.tollOnly && period == nil && !continuation && !areaScoped(r)
            && !(s.line == tallyPeriodLine && tallyPeriod != nil)
        // "أحصى المرصد مقتل 6 … في قصف استهدف مدينة معرة النعمان": a count of one strike, with no period, is its toll.
        let oneEventCount = cues.tally && period == nil && !continuation && !areaScoped(r) && !tallyFrame
            && !(s.line == tallyPeriodLine && tallyPeriod != nil) && namesOneEvent(r, onOneDay: date?.day != nil && date?.unresolved != true)
        let isTally = (cues.tally && !incidentToll && !oneEventCount) || period != nil || (continuation && openList?.tally == true) || (s.line == tallyPeriodLine && tallyPeriod != nil && cues.tally) || tallyFrame
        if isTally && period == nil && (continuation || s.line == tallyPeriodLine || tallyFrame) { period = tallyPeriod }
        if continuation, period == nil { period = activeList?.period }
        let raisedAt = isTally ? raisedTallyStart(r, period: period, continuation: continuation, tallyFrame: tallyFrame) : nil
        let place: Place? = {
            if isTally, !continuation, let a = Gazetteer.tallyScope(tokens, r, text: text) { return a }
            return Gazetteer.find(tokens, r, text: text)
        }()
        if s.headline || !sawLead { leadPlaces += Gazetteer.all(tokens, r, text: text) }
        if !s.headline { sawLead = true }
        let source = cues.source ?? publisher

        if let ex = cues.exclusionAt, ex < r.upperBound {
            let exText = text.span(tokens[ex].start, tokens[r.upperBound - 1].end).text
            for k in lastTallyTotals where k < drafts.count { drafts[k].exclusions.append(exText) }
        }
        if cues.provisional {
            for k in lastClaimSentence where k < drafts.count && drafts[k].measure == .killed { drafts[k].provisional = true }
        }

        var thisSentence: [Int] = []
        var mentionDraft: [Int] = []
        var listTotal: Int? = activeList?.total ?? victimsOf
        var subsetParent: Int?
        enum Mode { case none, parts, subsets }
        var mode: Mode = continuation || victimsOf != nil ? .parts : .none
        let regional = continuation && openList?.regional == true && !inSubList
        var itemPlaces: [Int: Place] = [:]
        for (k, m) in mentions.enumerated() {
            guard let measure = m.measure else { mentionDraft.append(-1); continue }
            let ownPlace = itemPlace(m, next: k + 1 < mentions.count ? mentions[k + 1].start : r.upperBound)
            let span = text.span(tokens[m.start].start, tokens[max(m.start, m.end - 1)].end)
            let isTally = isTally && !(raisedAt.map { m.start < $0 } ?? false)
            var d = Draft(measure: measure, value: max(0, m.value), qualifier: m.qualifier, kind: isTally ? .tally : .incident,
                          category: m.category, categoryText: m.categoryText, place: place,
                          attributedTo: cues.contrastSource.flatMap { m.start > $0.at ? $0.name : nil } ?? source, span: span,
                          headline: s.headline, sentence: si)
            d.notes = m.notes
            d.afterFrom = m.start > r.lowerBound && Self.fromWords.contains(tokens[m.start - 1].key); d.replaced = replacedFigure(at: m.start, in: r)
            // ("… died under torture in Idlib, 8 in Homs and 6 in Hama": in a tally too, a bare item after the first keeps its own.)
            if !continuation, !isTally || k > 0 && m.categoryText == nil && !m.implicit, mentions.count >= 2, let own = figurePlace(m, next: k + 1 < mentions.count ? mentions[k + 1].start : r.upperBound, sentence: place) {
                d.place = own
            }
            if m.value > 1_000_000_000 { d.value = 1_000_000_000; d.notes.append("value clamped") }
            // A sentence that recalls an earlier event does not take the day the sentence before it told.
            if isTally { d.period = period } else { d.eventDate = date ?? (cues.backReference ? nil : lineDate) }
            if cues.background || (m.value >= 100_000 && m.qualifier != .exact) || (period?.start.map { $0.year <= 2012 } ?? false) { d.context = .background; d.kind = .tally }
            else if cues.backReference && !cues.earlier { d.context = .backReference }
            if cues.provisional { d.provisional = true }
            let idx = drafts.count
            // Breakdown.
            let prevIdx: Int? = k > 0 ? mentionDraft.last.flatMap { $0 >= 0 ? $0 : nil } : nil
            if regional {
                d.role = .part
                d.regionalLine = true
                d.parent = tallyByMeasure[measure] ?? (openList.map { drafts[$0.total].measure == measure ? $0.total : nil } ?? nil)
                if d.parent == nil { d.role = .total }
            } else if k == 0, victimsOf != nil, let lt = listTotal, drafts[lt].measure == measure {
                d.role = .part; d.parent = lt; mode = .parts
            } else if k == 0 && continuation, let lt = listTotal, drafts[lt].measure == measure || m.ownMeasure == false {
                d.role = .part; d.parent = lt; mode = .parts; d.measure = drafts[lt].measure
                if activeList?.byPlace == true { d.regionalLine = d.place != nil } else if d.category != .all || d.place == nil { d.place = drafts[lt].place }
                if !Hierarchy.canContain(drafts[lt].category, d.category) { d.category = drafts[lt].category }
                if m.marker == .subset { d.role = .subset }
            } else if k > 0, !m.chained, m.marker == .trigger, let lt = openPartitionTotal(mode == .parts, listTotal, subsetParent), m.conj,
                      drafts[lt].measure == measure,
                      Hierarchy.exclusive.contains(d.category) || m.categoryText == nil && !m.implicit,
                      !drafts.contains(where: { $0.parent == lt && $0.role == .part && $0.category == d.category && d.category != .all }) {
                // A verb inside one item ("و39 من عناصر التنظيم قُتلوا بضربات جوية، و83 مدنياً") does not end the partition.
                d.role = .part; d.parent = lt
            } else if k > 0, m.chained, let p = prevIdx {
                switch m.marker {
                case .partition:
                    // "المدنيون: 210 بينهم 33 طفلاً و25 مواطنة، توزعوا كالتالي: 92 …": what is distributed is the figure the
                    // subsets hang under, not the last subset.
                    var head = drafts[p].role == .subset ? drafts[p].parent ?? p : p
                    // "المدنيون: 70 بينهم 12 طفلاً، وقوات النظام: 50": a labelled figure is a sibling of the labelled one before.
                    if m.labelled, drafts[head].role == .part, let gp = drafts[head].parent { head = gp }
                    mode = .parts; listTotal = head; d.role = .part; d.parent = head
                case .subset:
                    if Hierarchy.canContain(drafts[p].category, d.category) {
                        mode = .subsets; subsetParent = p; d.role = .subset; d.parent = p
                    } else if let gp = drafts[p].parent, drafts[p].role == .part {
                        d.role = .part; d.parent = gp; mode = .parts
                    }
                case .addition, .trigger: mode = .none; listTotal = nil; subsetParent = nil
                case .none:
                    if mode == .subsets, let sp = subsetParent, let own = ownPlace, let headPlace = itemPlaces[sp], own.name != headPlace.name {
                        // "مقتل 6 مدنيين في مدينة إدلب بينهم 3 أطفال، ومدنيين اثنين في بلدة بنش": an item at a place of its own,
                        // after a head at another place, is the head's sibling, not one of its subsets.
                        drafts[sp].place = headPlace
                        d.place = own
                        mode = .none; subsetParent = nil
                    } else if mode == .subsets, let sp = subsetParent {
                        if Hierarchy.canContain(drafts[sp].category, d.category) { d.role = .subset; d.parent = sp }
                        else if drafts[sp].role == .part, let gp = drafts[sp].parent { d.role = .part; d.parent = gp; mode = .parts; subsetParent = nil }
                        else { mode = .none }
                    } else if mode == .parts, let lt = listTotal {
                        d.role = .part; d.parent = lt
                    }
                }
                if let par = d.parent, drafts[par].measure != measure, !(drafts[par].measure == .killed && m.ownMeasure == false && !m.ownTrigger) {
                    // «مقتل 35 مواطناً وإصابة 131 آخرين، منهم 28 قتيلاً و113 جريحاً في صنعاء»: a figure with its own measure noun
                    // hangs under the sentence's earlier, larger total of that measure (the 28 was a toll of its own).
                    if m.ownMeasure, let own = thisSentence.last(where: { $0 < par && drafts[$0].role == .total && drafts[$0].measure == measure && drafts[$0].value > d.value }) {
                        d.parent = own
                    } else { d.role = .total; d.parent = nil }
                } else if let par = d.parent, drafts[par].measure != measure {
                    d.measure = drafts[par].measure
                }
            }
            if d.parent != nil, d.role != .total { d.kind = drafts[d.parent ?? idx].kind; if d.kind == .tally && d.period == nil { d.period = drafts[d.parent ?? idx].period } }
            if let par = d.parent, d.role != .total, !d.regionalLine, !(continuation && activeList?.byPlace == true) {
                // A cell of a category breakdown shares its total's area.
                if d.category != .all || d.place == nil || !continuation { d.place = drafts[par].place }
                d.context = drafts[par].context
            }
            if d.role == .total && isTally && d.context == .main && !regional {
                if let old = tallyByMeasure[measure], drafts[old].sentence == si, drafts[old].category == .all, d.category != .all {} else { tallyByMeasure[measure] = idx }
            }
            if let ownPlace { itemPlaces[idx] = ownPlace }
            drafts.append(d)
            mentionDraft.append(idx)
            thisSentence.append(idx)
        }
        if let v = victimsOf, opensOnTheDead(r) || includesTheDead(r) || tollBrokenDown(r) { pickedOut(of: v, thisSentence) }
        subsetsThatPartition(thisSentence)
        itemsThatSum(thisSentence)
        subsetsNoLargerThanParents(thisSentence)
        supersede(thisSentence, cues: cues)
        openListAfter(s, continuation: continuation, regionalHeader: cues.regionalHeader, thisSentence: thisSentence)
        openPartition = mode == .parts ? listTotal.map { (total: $0, sentence: si) } : nil
        let totals = thisSentence.filter { drafts[$0].role == .total && drafts[$0].kind == .tally && drafts[$0].context == .main }
        if !totals.isEmpty { lastTallyTotals = totals }
        if !thisSentence.isEmpty { sentenceHashes[si] = sentenceHash(r) }
        if !thisSentence.isEmpty { lastClaimSentence = thisSentence; lastClaimSentenceIndex = si; if isTally { lastSentenceTally = si } }
        if let t = thisSentence.last(where: { drafts[$0].role == .total && drafts[$0].measure == .killed }) { lastTotalAny = t }
        if let f = thisSentence.first, lineFirstClaim?.line != s.line { lineFirstClaim = (s.line, f) }
    }

    /// The names string interpolation gives the cases (`"\(measure)"`), looked up rather than reflected.
    static let names = (
        measure: Dictionary(uniqueKeysWithValues: Measure.allCases.map { ($0, "\($0)") }),
        category: Dictionary(uniqueKeysWithValues: VictimCategory.allCases.map { ($0, "\($0)") }),
        role: Dictionary(uniqueKeysWithValues: ClaimRole.allCases.map { ($0, "\($0)") })
    )

    /// Dedupes headline figures against the body, fills headline dates, gives ids.
    mutating func finish(truncated: Bool) -> [Claim] {
        // Headline figures repeated in the body are one claim.
        for k in drafts.indices where drafts[k].headline && drafts[k].role == .total {
            let d = drafts[k]
            // A headline's single death is the lead's, whatever each calls the person ("a former opposition
            // fighter" over "a young man"): the first body total of that measure.
            let lead = drafts.indices.first { j in !drafts[j].headline && drafts[j].measure == d.measure && drafts[j].role == .total && drafts[j].context == .main }
            let twin = drafts.indices.first { j in
                j != k && !drafts[j].headline && drafts[j].measure == d.measure && drafts[j].value == d.value && drafts[j].context == .main
                    && (drafts[j].category == d.category || drafts[j].category == .all || d.category == .all
                        || Hierarchy.canContain(drafts[j].category, d.category) || Hierarchy.canContain(d.category, drafts[j].category)
                        || d.value == 1 && j == lead)
            }
            if twin != nil && !drafts.contains(where: { $0.parent == k }) { drafts[k].dropped = true }
            else if drafts[k].kind == .incident && drafts[k].eventDate == nil { drafts[k].eventDate = firstBodyDate }
        }
        // Same paragraph-level duplicates (same figure and evidence text).
        // The key of a draft is "measure|value|text|role|parent|regional|place" (the parent as "value/category/text"),
        // built as bytes; the set compares the keys as strings.
        var seen = Set<String>(minimumCapacity: drafts.count)
        var occurrences: [String: Int] = [:]
        var bytes: [UInt8] = []
        func add(_ s: String) { bytes.append(contentsOf: s.utf8) }
        for k in drafts.indices where !drafts[k].dropped {
            let d = drafts[k]
            bytes.removeAll(keepingCapacity: true)
            add(Self.names.measure[d.measure]!); add("|"); add(String(d.value)); add("|")
            add(d.span.text); add("|"); add(Self.names.role[d.role]!); add("|")
            if let p = d.parent {
                add(String(drafts[p].value)); add("/"); add(Self.names.category[drafts[p].category]!); add("/"); add(drafts[p].span.text)
            } else {
                add("-")
            }
            add("|"); add(d.regionalLine ? "true" : "false"); add("|"); add(d.place?.name ?? "-")
            add("|"); add(occurrenceKey(k, &occurrences))
            if !seen.insert(String(decoding: bytes, as: UTF8.self)).inserted && !drafts.contains(where: { $0.parent == k }) { drafts[k].dropped = true }
        }
        if truncated {
            if let last = drafts.indices.last(where: { k in !drafts[k].dropped && drafts[k].role == .total && drafts[k].kind == .tally && drafts.contains(where: { d in d.parent == k }) }) {
                drafts[last].incomplete = true
            }
        }
        var newIndex: [Int: Int] = [:]
        var n = 0
        for k in drafts.indices where !drafts[k].dropped { newIndex[k] = n; n += 1 }
        let short = report.shortHash
        var claims: [Claim] = []
        claims.reserveCapacity(n)
        for k in drafts.indices where !drafts[k].dropped {
            let d = drafts[k]
            guard let idx = newIndex[k] else { continue }
            let parentId = d.parent.flatMap { newIndex[$0] }.map { "\(short)-\($0)" }
            let role: ClaimRole = parentId == nil ? .total : d.role
            claims.append(Claim(
                id: "\(short)-\(idx)", measure: d.measure, value: d.value, qualifier: d.qualifier, kind: d.kind, role: role,
                parent: parentId, category: d.category, categoryText: d.categoryText, place: d.place,
                period: d.kind == .tally ? d.period : nil, eventDate: d.kind == .incident ? d.eventDate : nil,
                attributedTo: d.attributedTo, exclusions: d.exclusions, context: d.context, provisional: d.provisional,
                supersededBy: d.supersededBy.flatMap { newIndex[$0] }.map { "\(short)-\($0)" }, incomplete: d.incomplete,
                notes: d.notes, span: d.span, report: report.contentHash))
        }
        return claims
    }
}

extension ClaimAssembler {
    static let placeTypes: KeySet = Lexicon.keys(["بلدة", "مدينة", "قرية", "حي", "ناحية", "town", "city", "village", "neighbourhood", "neighborhood"])
    static let placePrepositions: KeySet = Lexicon.keys(["في", "in", "ب"])
    static let prefixedPlaceTypes: KeySet = Lexicon.keys(["ببلدة", "بمدينة", "بقرية", "بحي"])

    static let nearWords: KeySet = Lexicon.keys(["في", "in", "near", "قرب", "بالقرب", "at", "outside", "على", "on", "بين"])

    /// The place a figure of a sentence that names several places names itself, after a preposition between it and the
    /// next figure ("two civilians in Salhab and a woman in Jurin", «مدنيان في قرية الرصيف …، وطفل في بلدة سلحب»): it
    /// keeps that place rather than the sentence's finest. Nil when it names none or names the sentence's place.
    func figurePlace(_ m: Mention, next: Int, sentence: Place?) -> Place? {
        let hi = min(next, m.end + 12, tokens.count)
        guard m.end < hi else { return nil }
        var found: Place?
        var foundLevel = 0
        Gazetteer.forEachMatch(tokens, m.end..<hi) { e, s, end in
            let before = s > m.end ? tokens[s - 1] : nil
            let typed = before.map { Self.placeTypes.contains($0.key) } ?? false
            let lead = typed && s - 2 >= m.end ? tokens[s - 2] : before
            guard let lead, Self.nearWords.contains(lead.key) || Self.prefixedPlaceTypes.contains(lead.key) || lead.key.string.hasPrefix("ب") && lead.arabic,
                  !Gazetteer.isDestination(tokens, s, from: m.end) else { return true }
            // The finest the figure names ("in Idlib province … a house in Binnish" is Binnish).
            if found != nil, foundLevel >= e.level { return true }
            found = Gazetteer.place(e, tokens, s, end, text: text, admin1: e.admin1)
            foundLevel = e.level
            return true
        }
        guard let found, let sentence, found.name != sentence.name else { return nil }
        return found
    }

    /// The place a list item names right after its figure ("ومدنيين اثنين في بلدة بنش"), when it names one there.
    func itemPlace(_ m: Mention, next: Int) -> Place? {
        let j = m.end
        guard j < next, j < tokens.count else { return nil }
        if Self.prefixedPlaceTypes.contains(tokens[j].key) { return Gazetteer.find(tokens, j..<next, text: text) }
        guard Self.placePrepositions.contains(tokens[j].key), j + 1 < next, Self.placeTypes.contains(tokens[j + 1].key) else { return nil }
        return Gazetteer.find(tokens, j..<next, text: text)
    }
}
