import LedgerCore

extension MentionScanner {
    /// The words between the two figures of a range ("10-15", "10 to 15", "12 إلى 14", "15 or 16"), as
    /// folded keys: a literal "الى" never equals a token's key, whose alif maqsura is folded to ya.
    static let rangeJoiners: KeySet = Lexicon.keys(["-", "–", "to", "الى", "إلى", "or", "او", "أو", "و", "and"])
    /// The words that open a range whose joiner is "and" ("between 10 and 15", "بين 10 و15", "من 12 إلى 14").
    static let rangeOpeners: KeySet = Lexicon.keys(["بين", "between", "من"])

    static let aux: KeySet = ["was", "were", "been", "be", "are", "is", "being", "reportedly", "also", "later", "all", "both", "have", "has", "had", "got"]
    static let intransitive: KeySet = ["dead", "died", "perished", "succumbed", "deaths", "fatalities", "casualties"]
    /// Adjectives between a number and its noun: "two more bodies", "three additional soldiers".
    static let moreWords: KeySet = ["more", "additional", "further", "other"]
    static let ordinalsPerson: KeySet = Lexicon.keys(["ثالث", "رابع", "خامس", "ثان", "ثاني", "آخر", "ثالثة", "أخرى", "اخرى"])

    /// Every figure of the sentence with its measure and category. `inherit` is the measure of an open list.
    func collect(hits: [TriggerHit], inherit: Measure?) -> [Mention] {
        var out: [Mention] = []
        let lo = range.lowerBound, hi = range.upperBound
        var i = lo
        while i < hi {
            var value = 0, end = i, implicit = false
            var isRangeHigh: Int? = nil
            var dualNoun: Measure? = nil
            /// The category an implicit figure's own word carries ("وطفلاها": her two children).
            var implicitCategory: VictimCategory = .all
            /// "two wounded fighters": the measure word is an adjective of the noun after it.
            var participle = false
            if let (v, e, _) = number(at: i) {
                if isDecoy(i, e, value: v) { i = e; continue }
                value = v; end = e
                // Ranges: "10-15", "10 to 15", "بين 10 و15", "15 or 16"
                if end + 1 < hi, t[end + 1].isNumber, Self.rangeJoiners.contains(t[end].key), let v2 = t[end + 1].value, v2 > v {
                    let between = i > lo && Self.rangeOpeners.contains(t[i - 1].key)
                    if (t[end].key != "و" && t[end].key != "and") || between, !isDecoy(end + 1, end + 2, value: v2), !risenFrom(i) { isRangeHigh = v2 }
                }
            } else if t[i].isWord, let (dv, dm) = dualMeasure(at: i).map({ (2, $0) }) ?? singleMeasureNoun(at: i).map({ (1, $0) }) {
                if hits.contains(where: { $0.index == i && $0.negated }) { i += 1; continue }
                value = dv; end = i + 1; implicit = true; dualNoun = dm == .wounded && deathOfWounded(i, hits: hits) ? .killed : dm
            } else if t[i].isWord, let sm = singleBody(at: i) ? Measure.killed : singleCase(at: i) {
                if hits.contains(where: { $0.index == i && $0.negated }) { i += 1; continue }
                value = 1; end = i + (singleBody(at: i) ? 1 : 2); implicit = true; dualNoun = sm
            } else if t[i].isWord {
                // Implicit figures: duals, singular nouns after a verb or in a list, "a civilian", "another".
                if let p = out.last, sharesNumber(at: i, with: p) { out[out.count - 1].category = .all; i += 1; continue }
                // "شاب مدني", "مدني شاب": the second noun describes the one person the first counts.
                if let p = out.last, describesPrevious(at: i, p) {
                    if out[out.count - 1].category == .all, let c = t[i].victim?.category { out[out.count - 1].category = c }
                    out[out.count - 1].end = i + 1
                    i += 1; continue
                }
                guard let (v, c) = implicitFigure(at: i, hits: hits, previous: out.last, listStart: inherit != nil) else { i += 1; continue }
                value = v.0; end = v.1; implicit = true; implicitCategory = c
            } else { i += 1; continue }
            var m = Mention(start: i, end: end, numberAt: i, value: value)
            m.implicit = implicit
            if implicit, t[i].capital && !Self.englishFigureStarts.contains(t[i].key) || appositionToName(i) { m.notes.append(Self.namedVictimNote) }
            if let dualNoun { m.measure = dualNoun; m.ownMeasure = true }
            m.conj = (t[i].arabic && t[i].key.hasPrefix("و")) || (i > lo && ["و", "and"].contains(t[i - 1].key))
            if let (q, s) = qualifierBefore(i) { m.qualifier = q; m.start = s } else if !implicit, exceededBefore(i) { m.qualifier = .moreThan }
            if isRangeHigh != nil { m.qualifier = .atLeast }
            var h = implicit ? i : end
            if let hr = isRangeHigh { _ = hr; h = end + 2 }
            while h < hi, t[h].isPunct("\"") { h += 1 }
            // "two more bodies", "three other soldiers": the noun comes after the adjective.
            if !implicit, h + 1 < hi, !t[h].arabic, Self.moreWords.contains(t[h].key), t[h + 1].isWord { h += 1 }
            // "22 bullet-riddled bodies", "five badly-burned victims": a hyphenated adjective before the noun.
            if !implicit, h + 3 < hi, !t[h].arabic, t[h].isWord, t[h + 1].isPunct("-"), !t[h + 1].spaceBefore, !t[h + 2].spaceBefore,
               t[h + 2].isWord, t[h + 3].trig?.head == true || t[h + 3].victimInfo != nil { h += 3 }
            // Own measure noun: "148 قتيلاً", "9 dead", "14 بين قتيل وجريح", "7 killed and wounded"; operations: "204 عملية".
            if !implicit, h < hi, t[h].isWord { participle = readOwnMeasure(&m, noun: h, numberEnd: end) }
            // "38 were killed by regime forces, 2 by Russian forces": the phrase after "by" names who killed,
            // and the figure shares the verb of the figure before it.
            let byPerpetrator = !implicit && h < hi && t[h].key == "by"
                && out.last.map { p in m.start - p.end <= 12 && inClauseOf(p, upTo: m.start, hits: hits) } == true
            // "بينهم 19 بانفجار ألغام", "including 9 in Raqqa": a number right after a subset marker counts people.
            let afterSubsetMarker = !implicit && out.last != nil && m.start > lo
                && (Triggers.subsetMarkers.contains(t[m.start - 1].key) || t[m.start - 1].key == "among")
            // Category.
            // "a 12-year-old boy": the age is not part of the noun phrase's category.
            let categoryFrom = implicit ? (!t[i].arabic && (t[i].key == "a" || t[i].key == "an") ? skipAge(i + 1) : i) : (postposedPartitive(h) ? h + 1 : h)
            if m.measure != .operations, !byPerpetrator, !verbAfterNumber(categoryFrom), let (c, cs, ce, explicit) = category(from: categoryFrom) {
                m.category = c
                m.hasCategory = explicit || true
                m.categoryText = text.span(t[cs].start, t[ce - 1].end).text
                m.end = max(m.end, ce)
            }
            // "45 civilian deaths": the death noun after the category is the figure's own.
            if !implicit, m.categoryText != nil, m.end < hi, !t[m.end].arabic, let tr = t[m.end].trig, tr.head, m.measure == nil || m.measure == tr.measure {
                m.measure = tr.measure; m.ownMeasure = true; m.end += 1
            }
            let label = implicit || m.categoryText != nil ? nil : labelBefore(i)
            if let (c, words) = label { m.category = c; m.hasCategory = true; m.categoryText = words; m.labelled = true }
            if implicit, m.categoryText == nil, implicitCategory != .all {
                m.category = implicitCategory; m.hasCategory = true
            }
            // "nine people, all of them civilians": the apposition names the whole figure's group.
            if m.category == .all, let c = allOfThem(after: m.end) { m.category = c; m.hasCategory = true }
            // "her 9-year-old daughter", "a 12-year-old boy": under eighteen is a child, whatever the noun.
            if implicit, let age = ageInPhrase(i, m.end), age < 18 { m.category = .children; m.hasCategory = true }
            // A digit figure followed by an unknown word is not a count of people unless a verb sits right before it.
            let partitive = !implicit && h + 1 < hi && (t[h].key == "من" || t[h].key == "of") && t[h + 1].isWord
                && !Triggers.notPeople.contains(t[h + 1].key) && DateResolver.month(t, at: h + 1, limit: hi) == nil
            // "rose from 558 to 569": the old toll counts what the new one does.
            let personish = implicit || m.ownMeasure || isRisenFrom(m.start, end) || m.categoryText != nil || partitive || byPerpetrator || afterSubsetMarker
                || postposedPartitive(h) || elidedItem(h, listed: out.last != nil || inherit != nil) || cutAfterOf(h) || label != nil
            // Qualifiers after the noun: "على الأقل", "تقريباً", "ونيف"
            var a = m.end
            while a < min(hi, m.end + 4) {
                let k = t[a].key
                if k == "على" || k == "علي", a + 1 < hi, t[a + 1].key == "الاقل" { m.qualifier = .atLeast; m.end = a + 2; break }
                if k == "تقريبا" { m.qualifier = .about; m.end = a + 1; break }
                if atLeastAfter(a) { m.qualifier = .atLeast; m.end = a + 2; break }
                if k == "ونيف" { m.qualifier = .moreThan; m.end = a + 1; break }
                if t[a].isNumber || t[a].kind == .punct { break }
                a += 1
            }
            // "Two wounded fighters died in hospital": the verb after the noun says what happened to them.
            // ("22 injured people and 6 bodies": a noun of the dead is its own figure's, not a verb of the wounded.)
            if participle, m.measure == .wounded, let r = rightValid(from: m.end, hits: hits), r.measure == .killed, !r.negated,
               t[r.index].trig?.head != true {
                m.measure = .killed
            }
            // Measure.
            if m.measure == nil {
                let left = leftTrigger(i, hits)
                let right = rightValid(from: implicit ? end : m.end, hits: hits)
                let english = !t[i].arabic && (t[i].isNumber ? (m.categoryText.map { !$0.unicodeScalars.contains(where: Fold.isArabicLetter) } ?? !sentenceArabic) : true)
                var chosen: TriggerHit?
                if english { chosen = right ?? left } else { chosen = left ?? right }
                if !english, let r = right, subjectBeforeVerb(m, verb: r.index) { chosen = r }
                // «جثث 21 مهاجراً، فيما لا يزال 17 شخصاً في عداد المفقودين»: after «فيما/بينما» the figure's verb is its own
                // clause's, not the one before the contrast.
                if !english, let l = left, let r = right, l.measure != r.measure, contrastBetween(l.index, m.start), !contrastBetween(m.end, r.index) { chosen = r }
                if let c = chosen, let l = left, vagueCasualties(c, left: l) { chosen = l }
                // An active verb right before its object: "shot dead a shepherd and wounded another",
                // "arrested three people suspected of the killing".
                if english, let l = left, let r = right, l.measure != r.measure, m.start - l.index == 1, t[l.index].trig?.head != true { chosen = l }
                // "put the death toll at more than 30 and the injuries at about 100": each figure after "at" is its own noun's.
                if english, let l = left, let r = right, l.measure != r.measure, m.start > lo, t[m.start - 1].key == "at", m.start - l.index <= 3 { chosen = l }
                // "the raid brought the death toll since dawn to 18, and the number of injured to 40": the toll's noun before the
                // number in its clause, the next clause's noun after a comma.
                if english, let l = left, let r = right, l.measure != r.measure, m.start > lo, t[m.start - 1].key == "to",
                   t[l.index].key == "toll", m.start - l.index <= 8, (m.end..<r.index).contains(where: { t[$0].isPunct(",") }) { chosen = l }
                // "The number of dead rose to 12, and the number of wounded to 40": a toll's number after its rise verb, whose
                // subject came before the verb, is that subject's, not the next clause's.
                if english, let l = left, let r = right, l.measure != r.measure, risenToll(numberAt: m.start, subject: l.index) { chosen = l }
                // "two others hurt, while four infiltrators were neutralised": after a contrast, a figure with a verb of its own that
                // is no trigger does not borrow the verb of the clause before (the four were wounded).
                if english, right == nil, let l = left, chosen?.index == l.index, contrastBetween(l.index, m.start), ownUnreadVerb(after: m.end) {
                    i = max(end, i + 1); continue
                }
                // "revised down to 9 from an earlier toll of 11": the new toll's number after "to", the old toll's noun after "from".
                if english, !personish, let l = left, let r = right, tollPredicate(before: m.start, trigger: l.index), oldTollAfter(m.end, r.index) { chosen = l }
                // "resulted in the martyrdom of one of the fighters, and two others were wounded": the noun of death and its "of".
                if english, let l = left, let r = right, l.measure != r.measure, m.start - l.index == 2, t[l.index + 1].key == "of",
                   ["martyrdom", "death", "killing", "deaths", "killings", "bodies", "body", "remains"].contains(t[l.index].key.string) { chosen = l }
                // "Three people were killed, including a child, and 15 were hurt": a subset set off after a
                // figure ("including", "among them", "one of them") counts what that figure counts, not
                // what the next clause's verb does.
                if english, let p = out.last, let pm = p.measure, let c = chosen, c.index > i, c.measure != pm,
                   appositiveSubset(after: p, start: m.start, numberEnd: end, hits: hits) && !verbRightAfterOfThem(numberEnd: end, verb: c.index)
                   || nextSubset(after: p, start: m.start, hits: hits) && (m.end..<c.index).contains(where: { t[$0].isNumber }) {
                    chosen = nil; m.measure = pm; m.ownTrigger = true
                }
                // "two of the wounded succumbed", "توفي اثنان من الجرحى": the wounded are who died.
                if let c = chosen, c.measure == .wounded, c.index > i, c.index >= 2, t[c.index - 1].key == "the" || t[c.index - 1].key == "من",
                   let later = hits.first(where: { $0.index > c.index && $0.measure == .killed && !$0.negated }), later.index - c.index <= 4 { chosen = later }
                // "عدد المهاجمين بنحو 10 مسلحين": the figure counts the noun after "عدد", not the toll.
                // «أربعة أطفال … كانوا يجمعون الحطب حين …، ما أدى إلى ارتقاء الشقيقين»: who was there, not who died.
                if let c = chosen, c.index > i, pastActivity(from: m.end, to: c.index) { i = max(end, i + 1); continue }
                // "killed two passengers and released 12 others": a verb that frees them stands between the figure and the verb.
                if let c = chosen, c.index < i, releasedBetween(from: c.index + 1, to: m.start) { i = max(end, i + 1); continue }
                if let c = chosen, c.index < i, countOfOther(from: c.index + 1, to: m.start) { chosen = nil; if !(inherit != nil && listNumber(i)) { i = max(end, i + 1); continue } }
                if chosen == nil, inherit != nil, listNumber(i) { chosen = nil }
                if let c = chosen, !(inherit != nil && listNumber(i)) {
                    if c.negated { i = max(end, i + 1); continue }
                    // A bare number needs its verb right before it ("مقتل 14", "killed 14") or a person noun.
                    if !personish {
                        let afterTo = c.index < i && tollPredicate(before: m.start, trigger: c.index) || c.index > i && invertedToll(m.start, c.index)
                        // "and 15 were hurt", "three died": the bare number is the subject of the verb.
                        let subject = english && c.index > i && c.index >= h && (h..<c.index).allSatisfy { Self.aux.contains(t[$0].key) }
                        let gapOK = subject || afterTo || c.index < i && (m.start - c.index) <= 3 || subjectOfPluralVerb(verb: c.index, after: h)
                        if !gapOK { i = max(end, i + 1); continue }
                    }
                    m.measure = c.measure
                    m.ownTrigger = true
                    if !personish, c.index > i, invertedToll(m.start, c.index) { takeInvertedSubject(&m, trigger: c.index) }
                    if m.category == .all, c.index < m.start, !agentAfterVerb(c.index, before: m.start),
                       let (cat, words) = categoryBetween(c.index + 1, m.start) {
                        m.category = cat; m.hasCategory = true; m.categoryText = words
                    }
                } else if let inherit, personish || out.last != nil || listNumber(i) {
                    m.measure = headerMeasure(before: m.start, previous: out.last) ?? inherit
                }
                if let inherit, let c = chosen, c.measure == .killedOrWounded, t[c.index].key == "casualties", c.index < i {
                    m.measure = inherit
                }
            }
            if m.measure == nil, !implicit, victimsOfKillings(noun: h, hits: hits) || victimsOfOutcome(numberAt: m.start, noun: h, hits: hits) {
                m.measure = .killed; m.ownMeasure = true
            }
            if m.measure == nil && out.last != nil && personish {
                m.measure = out.last?.measure
            }
            if m.category == .all, !implicit, let (cat, words) = sideOf(from: m.end) { m.category = cat; m.hasCategory = true; m.categoryText = words }
            if m.measure == nil, implicit, attackBefore(m.start), let cm = consequenceMeasure(from: m.end, hits: hits) { m.measure = cm }
            guard m.measure != nil, !countsPerpetrators(m), !namedMemberOfCountedGroup(m, previous: out.last) else { i = max(end, i + 1); continue }
            if m.measure == .operations && !personish && !m.ownMeasure { i = max(end, i + 1); continue }
            // Marker and chain relative to the previous figure.
            if let p = out.last {
                m.marker = marker(between: p.end, and: m.start, hits: hits)
                // «أربعة أشخاص أحدهم طفل»: "one of them" right after a figure picks one of it out.
                if m.marker == .none, Triggers.oneOfThem.contains(t[m.start].key) { m.marker = .subset }
                // "nine civilians who have been killed by landmines since early 2024, including eleven children": a verb of
                // the same measure describing the previous figure does not end it when a subset marker opens this one.
                if m.marker == .trigger, m.start - p.end <= 26, m.start > lo,
                   Triggers.subsetMarkers.contains(t[m.start - 1].key) || t[m.start - 1].stems.contains(where: { Triggers.subsetMarkers.contains($0.stem) })
                   || amongThemBefore(m.start),
                   inClauseOf(p, upTo: m.start, hits: hits) {
                    m.marker = .subset
                }
                // "وأشار إلى أن بين القتلى تسعة عناصر", "ومن بين القتلى ثلاثة أطفال": a figure right after "among the
                // dead" names some of the dead just counted.
                if m.marker == .trigger, amongTheDead(before: m.start, measure: p.measure) { m.marker = .subset }
                if m.marker != .subset, ofThem(numberEnd: end), appositiveSubset(after: p, start: m.start, numberEnd: end, hits: hits) { m.marker = .subset }
                if m.marker == .none, amongThem(after: m.end), (p.end..<m.start).allSatisfy({ t[$0].kind == .punct }), m.start - p.end <= 2 { m.marker = .subset }
                if m.marker == .subset, isRangeHigh == nil, p.notes.isEmpty, copulaAmong(from: p.end, to: m.start) { m.inverted = true }
                // "Among the 11 dead were two children": the figure after the copula is a subset of the one after "among".
                if m.marker == .none, amongBefore(p.start), onlyCopula(from: p.end, to: m.start) { m.marker = .subset }
                // "Two people were killed and several others wounded …, one of the victims being the mukhtar": some of the dead.
                if p.measure == .killed, ofTheDead(numberEnd: end) { m.measure = .killed; m.marker = .subset }
                m.chained = m.marker != .trigger && (m.start - p.end <= 8 || (m.implicit && m.start - p.end <= 14) || longListItem(from: p.end, to: m.start, marker: m.marker))
            }
            out.append(m)
            if let hv = isRangeHigh {
                var hm = m
                hm.value = hv; hm.qualifier = .upTo; hm.numberAt = end + 1; hm.start = end + 1
                hm.marker = .none; hm.chained = false
                hm.notes = ["high end of a range"]
                out[out.count - 1].notes = ["low end of a range"]
                out.append(hm)
            }
            i = max(m.end, end, i + 1)
        }
        out = pronounVictims(out, hits: hits)
        out = eachOfNamed(out, hits: hits)
        out = singularObjectVictim(out, hits: hits)
        out = personAndGroup(out)
        // "N X were among (the) M killed": M is the total, so it goes first and N becomes its subset.
        var k = 1
        while k < out.count {
            if out[k].inverted {
                var total = out[k], part = out[k - 1]
                total.marker = part.marker; total.chained = part.chained; total.conj = part.conj; total.inverted = false
                part.marker = .subset; part.chained = true; part.conj = false
                out[k - 1] = total; out[k] = part
            }
            k += 1
        }
        return out
    }

    /// `-Homs desert: 47 operations left 118 fatalities: 104 regime soldiers, …`: the items after a figure and a colon
    /// break that figure down and take its measure, not the open list's (whose last total counted operations).
    func headerMeasure(before s: Int, previous p: Mention?) -> Measure? {
        guard let p, p.ownMeasure, let pm = p.measure, pm != .operations, p.end < s else { return nil }
        var colon = false
        for j in p.end..<s {
            guard t[j].kind == .punct else { return nil }
            if t[j].isPunct(":") { colon = true }
        }
        return colon ? pm : nil
    }

    /// `ارتفع إلى 40 عدد الذين اغتيلوا …، وهم:`: the toll's subject after its number belongs to the figure (so the list
    /// after it is the figure's breakdown), and names its category (`عدد القتلى المدنيين`).
    func takeInvertedSubject(_ m: inout Mention, trigger c: Int) {
        // `It rose to 11 including 4 children, the number of those killed`: figures before the subject are its subsets.
        guard m.end < c, !(m.end..<c).contains(where: { number(at: $0) != nil }) else { return }
        m.end = c + 1
        guard m.category == .all, let (cat, cs, ce, explicit) = category(from: c + 1, maxTokens: 4), explicit else { return }
        m.category = cat; m.hasCategory = true
        m.categoryText = text.span(t[cs].start, t[ce - 1].end).text
        m.end = max(m.end, ce)
    }

    /// `8 fighters, two commanders among them, were killed`: a postposed "among them" after the figure's noun.
    func amongThem(after e: Int) -> Bool {
        e + 1 < range.upperBound && t[e].key == "among" && (t[e + 1].key == "them" || t[e + 1].key == "whom")
    }

    static let complementizers: KeySet = Lexicon.keys(["أن", "إن", "بأن", "وأن", "وإن", "لأن"])

    /// `مشيرة إلى أن ثلاثة من عناصر التنظيم قُتلوا`: after `أن`/`إن` the figure is the subject of the plural verb that
    /// follows its noun phrase, whatever verb came before `أن`.
    func subjectBeforeVerb(_ m: Mention, verb r: Int) -> Bool {
        guard m.start > range.lowerBound, r >= m.end, r - m.end <= 4, Self.complementizers.contains(t[m.start - 1].key) else { return false }
        guard Self.pluralVerbs.contains(t[r].key) || t[r].stems.dropFirst().contains(where: { Self.pluralVerbs.contains($0.stem) }) else { return false }
        return !(m.end..<r).contains { t[$0].kind == .punct }
    }

    /// `71 fatalities, including 12 children and 5 women, and 88 injured civilians`: the figure after a subset, joined by
    /// "and" or a comma alone, is the next subset of the same measure (when the verb after it belongs to a later figure).
    func nextSubset(after p: Mention, start: Int, hits: [TriggerHit]) -> Bool {
        guard p.marker == .subset, p.end < start, start - p.end <= 2, inClauseOf(p, upTo: start, hits: hits) else { return false }
        return (p.end..<start).allSatisfy { t[$0].key == "and" || t[$0].isPunct(",") }
    }

    static let bodyNouns: KeySet = Lexicon.keys(["جثة", "وجثة", "بجثة", "جثمان", "وجثمان"])

    /// `عثر على جثة مجهولة الهوية`: one body, when no person noun, name article or number after it says whose it is
    /// (`جثة شاب` counts the young man; `جثة الشاب` a known victim).
    func singleBody(at i: Int) -> Bool {
        guard t[i].arabic, Self.bodyNouns.contains(t[i].key), i + 1 < range.upperBound else { return false }
        let n = t[i + 1]
        guard n.isWord, !n.arabic || n.victim == nil, number(at: i + 1) == nil else { return false }
        return n.key.hasPrefix("مجهول") || n.key.hasPrefix("مقتول") || n.key.hasPrefix("ملقا") || n.key.hasPrefix("متفحم")
    }

    /// `two girls, a woman and an elderly man`: after a comma, the item is one of a list that goes on with "and" and
    /// is not the subject of a speech verb ("…, a doctor said").
    func listGoesOn(from i: Int) -> Bool {
        var j = i + 1
        while j < min(range.upperBound, i + 6) {
            let k = t[j].key
            if Self.speechVerbs.contains(k) || t[j].isPunct(".") { return false }
            if k == "and" || t[j].isPunct(",") { return true }
            j += 1
        }
        return false
    }

    static let oneAfterNoun: KeySet = Lexicon.keys(["واحدا", "واحداً", "واحد", "واحدة"])
    static let wasWords: KeySet = Lexicon.keys(["كان", "وكان", "كانت", "وكانت"])

    /// `وكان رجل قد قُتل`, `وكان طفل قُتل`: «كان» before the noun or «قد» after it, then a death or injury verb.
    func pastPerfectSubject(_ i: Int, hits: [TriggerHit]) -> Bool {
        let afterQad = i + 2 < range.upperBound && MentionScanner.pastParticles.contains(t[i + 1].key)
        let verb = afterQad ? i + 2 : i + 1
        guard afterQad || i > range.lowerBound && Self.wasWords.contains(t[i - 1].key),
              let h = hits.first(where: { $0.index == verb }), !h.negated, h.measure == .killed || h.measure == .wounded,
              t[verb].trig?.head != true else { return false }
        return true
    }

    static let wereWords: KeySet = Lexicon.keys(["كانوا", "كانا", "كن", "كانتا", "وكانوا", "وكانا"])

    /// «كانوا يلعبون», «كانا يجمعان»: "were" and an imperfect verb between a figure and the trigger after it, so the
    /// figure says who was doing something when the trigger's event came, not how many it hit.
    func pastActivity(from a: Int, to b: Int) -> Bool {
        guard a < b - 1 else { return false }
        for k in a..<min(b - 1, a + 16) where t[k].arabic {
            if t[k].trig != nil { return false }
            guard Self.wereWords.contains(t[k].key) else { continue }
            let v = t[k + 1].key.string
            if v.hasPrefix("ي") || v.hasPrefix("ت") { return true }
        }
        return false
    }

    static let speechVerbs: KeySet = ["said", "says", "told", "reported", "added", "confirmed", "stated"]
    /// Verbs whose subject tells of the dead rather than being one of them ("a local activist listed the names of the dead").
    static let reportingActs: KeySet = ["listed", "published", "posted", "named", "identified", "documented", "counted", "shared", "wrote", "gave"]

    static let reportAdverbs: KeySet = ["later", "also", "then", "subsequently", "separately"]

    /// A reporting act right after a person noun (adverbs like "later" between): the person is its subject.
    func actorOfReport(after j: Int) -> Bool {
        var k = j
        while k < range.upperBound, Self.reportAdverbs.contains(t[k].key) { k += 1 }
        return k < range.upperBound && (Self.speechVerbs.contains(t[k].key) || Self.reportingActs.contains(t[k].key))
    }

    static let killingEvents: KeySet = ["murders", "murder", "killings", "assassinations", "executions", "massacre", "massacres"]

    /// `97 murders …, with 104 victims in all`: victims of killings, in a sentence that names no injury, are the dead.
    func victimsOfKillings(noun h: Int, hits: [TriggerHit]) -> Bool {
        guard h < range.upperBound, t[h].key == "victims", !hits.contains(where: { $0.measure == .wounded || $0.measure == .killedOrWounded }) else { return false }
        // Within forty words of the noun, so a page-long sentence costs no more than a short one.
        let near = max(range.lowerBound, h - 40)..<min(range.upperBound, h + 40)
        return hits.contains { $0.measure == .killed && !$0.negated && near.contains($0.index) } || near.contains { Self.killingEvents.contains(t[$0].key) }
    }

    static let outcomeVerbs: KeySet = Lexicon.keys(["أسفر", "أسفرت", "خلف", "خلفت", "أوقع", "أوقعت", "يخلف", "تخلف"])
    static let victimCountNouns: KeySet = Lexicon.keys(["ضحية", "ضحايا"])

    /// «أسفر انهيار المبنى عن 31 ضحية», «خلّف القصف 12 ضحية»: victims an attack left, in a sentence that names no wounded
    /// but its own counted ones, are the dead (the figure was lost).
    func victimsOfOutcome(numberAt s: Int, noun h: Int, hits: [TriggerHit]) -> Bool {
        guard h < range.upperBound, s > range.lowerBound, t[h].arabic, Self.victimCountNouns.contains(t[h].key) else { return false }
        // The verb, its subject (a word or two) and «عن» before the number.
        guard (max(range.lowerBound, s - 5)..<s).contains(where: { j in
            Self.outcomeVerbs.contains(t[j].key) || t[j].stems.dropFirst().contains { Self.outcomeVerbs.contains($0.stem) }
        }) else { return false }
        return !hits.contains { ($0.measure == .wounded || $0.measure == .killedOrWounded) && !ownWoundedCount($0) }
    }

    static let copulas: KeySet = ["were", "was", "are", "is", "reportedly", "also", "all", "both", "been", "have", "has", "had", "included"]

    /// Only a copula and then "among (the)" between two figures: "were among the", "are reportedly among".
    func copulaAmong(from a: Int, to b: Int) -> Bool {
        var j = a
        var sawCopula = false
        while j < b, Self.copulas.contains(t[j].key) { sawCopula = true; j += 1 }
        guard sawCopula, j < b, t[j].key == "among" else { return false }
        j += 1
        if j < b, t[j].key == "the" { j += 1 }
        return j == b
    }

    /// «بعد وفاة جريحين», «توفي جريحان متأثرين بجراحهما»: the two wounded are who died, right after a death verb or noun.
    func deathOfWounded(_ i: Int, hits: [TriggerHit]) -> Bool {
        guard i > range.lowerBound, !t[i].key.hasPrefix("و"),
              let h = hits.first(where: { $0.index == i - 1 }), h.measure == .killed, !h.negated else { return false }
        return t[h.index].trig?.head != true
    }

    /// The measure of a dual noun that is a figure of two by itself (`قتيلان`, `وجريحين`).
    func dualMeasure(at i: Int) -> Measure? {
        guard t[i].arabic else { return nil }
        let k = t[i].key
        if let ms = caseDual(at: i) { return ms }
        return Triggers.dualMeasureNouns[k] ?? (k.hasPrefix("و") ? Triggers.dualMeasureNouns[k.droppingFirst()] : nil)
    }

    /// A figure set off as a subset of the previous one in the same clause: "…were killed, including a child",
    /// "…, among them two women", "…, one of them a child". Only the previous figure's own verbs may sit between.
    func appositiveSubset(after p: Mention, start: Int, numberEnd: Int, hits: [TriggerHit]) -> Bool {
        guard start - p.end <= 8, inClauseOf(p, upTo: start, hits: hits) else { return false }
        let lo = range.lowerBound
        let before = start > lo ? t[start - 1].key : ""
        let marked = before == "including" || before == "among" || before == "incl"
            || (before == "them" && start >= lo + 2 && t[start - 2].key == "among")
        return marked || ofThem(numberEnd: numberEnd)
    }

    /// Whether a figure starting at `start` is still in the clause of figure `p`: no sentence or colon stop
    /// between them, and no verb of another measure (`p`'s own verb may sit there: "…were killed, including").
    func inClauseOf(_ p: Mention, upTo start: Int, hits: [TriggerHit]) -> Bool {
        guard let pm = p.measure, p.end <= start else { return false }
        return hits.allSatisfy { $0.index < p.end || $0.index >= start || $0.measure == pm }
            && !(p.end..<start).contains { t[$0].kind == .punct && (Self.clauseStops.contains(t[$0].key) || t[$0].key == ":") }
    }

    static let pluralKinStems: [(String, VictimCategory)] = [("أطفال", .children), ("ابناء", .all), ("ابنائ", .all), ("أبناء", .all),
                                                              ("أبنائ", .all), ("بنات", .women), ("أشقاء", .all), ("أشقائ", .all)]
    static let kinPronouns = ["هما", "هم", "ها", "ه", "هن"]

    /// The folded words of plural kin with a pronoun («أطفالها», «أبنائهم»), and what they count.
    static let countedKinKeys: [String: VictimCategory] = {
        var d: [String: VictimCategory] = [:]
        for (stem, c) in pluralKinStems { for p in kinPronouns { d[Fold.key(stem + p).string] = d[Fold.key(stem + p).string] ?? c } }
        return d
    }()

    /// «وأطفالها الأربعة», «وأبناءه الثلاثة»: plural kin with a pronoun, then «ال» and a number word: that many of them.
    func countedKin(at i: Int) -> (Int, VictimCategory)? {
        guard t[i].arabic, i + 1 < range.upperBound, t[i + 1].arabic else { return nil }
        let n = t[i + 1].key.string
        guard n.hasPrefix("ال") else { return nil }
        var w = t[i].key.string
        if w.hasPrefix("و") { w = String(w.dropFirst()) }
        guard let c = Self.countedKinKeys[w], let v = ArabicNumbers.value(of: Key(String(n.dropFirst(2)))), v >= 2 else { return nil }
        return (v, c)
    }

    /// A definite Arabic word that is no person noun, no trigger and no number: the genitive after «قائد», «مدير», «عنصر».
    func genitiveOfPerson(_ j: Int) -> Bool {
        t[j].arabic && t[j].isWord && t[j].key.string.hasPrefix("ال") && t[j].victim == nil && t[j].trig == nil && !isNumberWord(j)
    }

    /// "were neutralised", "had been evacuated": an auxiliary, then a word that is no trigger, right after a figure's noun.
    func ownUnreadVerb(after e: Int) -> Bool {
        var j = e
        while j < range.upperBound, Self.aux.contains(t[j].key) { j += 1 }
        return j > e && j < range.upperBound && t[j].isWord && t[j].trig == nil && !isNumberWord(j)
    }

    /// "two of them later succumbed": the verb right after "of them" (auxiliaries and adverbs between) is the figure's own,
    /// so it picks out those it befell, not some of what the figure before counts ("one of them a child").
    func verbRightAfterOfThem(numberEnd e: Int, verb v: Int) -> Bool {
        guard e + 2 <= v, t[e].key == "of", t[e + 1].key == "them" else { return false }
        return (e + 2..<v).allSatisfy { Self.aux.contains(t[$0].key) || Self.reportAdverbs.contains(t[$0].key) }
    }

    /// "to 9 from an earlier toll of 11": "from" right after the number, the next trigger within six words after it.
    func oldTollAfter(_ e: Int, _ r: Int) -> Bool {
        e < r && r - e <= 6 && t[e].key == "from" || e + 1 < r && r - e <= 7 && t[e].isPunct(",") && t[e + 1].key == "from"
    }

    /// "one of them", "two of whom": the figure picks out part of the figure before it.
    func ofThem(numberEnd: Int) -> Bool {
        numberEnd + 1 < range.upperBound && t[numberEnd].key == "of" && (t[numberEnd + 1].key == "them" || t[numberEnd + 1].key == "whom"
            || t[numberEnd + 1].key == "the" && numberEnd + 2 < range.upperBound && t[numberEnd + 2].isNumber)
            || postposedPartitive(numberEnd)
    }

    /// `37 منهم عسكريون`: the number first, then "of them".
    func postposedPartitive(_ h: Int) -> Bool {
        h > range.lowerBound && h < range.upperBound && t[h - 1].isNumber && (t[h].key == "منهم" || t[h].key == "منهن")
    }

    /// Only a copula between two figures ("were", "included").
    func onlyCopula(from a: Int, to b: Int) -> Bool {
        guard a < b else { return false }
        for j in a..<b where !Self.copulas.contains(t[j].key) { return false }
        return true
    }

    /// "among (the)" right before the figure at `s`.
    /// `بين القتلى` / `ومن بين الضحايا` right before a figure: the death word of the previous figure's measure after "among".
    func amongTheDead(before s: Int, measure: Measure?) -> Bool {
        guard s - 2 >= range.lowerBound, let m = measure, t[s - 1].trig?.measure == m || Self.victimNouns.contains(t[s - 1].key) else { return false }
        return Self.amongWords.contains(t[s - 2].key)
    }

    static let amongWords: KeySet = Lexicon.keys(["بين", "وبين"])
    static let victimNouns: KeySet = Lexicon.keys(["الضحايا", "القتلى"])

    func amongBefore(_ s: Int) -> Bool {
        let lo = range.lowerBound
        if s > lo, t[s - 1].key == "among" { return true }
        return s > lo + 1 && t[s - 1].key == "the" && t[s - 2].key == "among"
    }

    /// `عدد المهاجمين بنحو`, `the number of attackers at`: a count of something other than the trigger's victims.
    func countOfOther(from a: Int, to b: Int) -> Bool {
        guard a < b else { return false }
        for j in a..<b where t[j].key == "عدد" || t[j].key == "number" {
            if j + 1 < b {
                let n = t[j + 1].key == "of" && j + 2 < b ? j + 2 : j + 1
                if t[n].isWord, t[n].trig == nil { return true }
            }
        }
        return false
    }

    /// A long list item ends and the next one starts: `و52 من «قسد» وقوى الأمن الداخلي وتشكيلات … عاملة في …، و3 من عناصر التنظيم`,
    /// or a partition marker a few words after the total (`مقتل 14 شخصاً … يوم أمس الأحد 7 أيار، هم: ستة مدنيين`).
    func longListItem(from a: Int, to b: Int, marker: ListMarker) -> Bool {
        guard a < b, b - a <= 26 else { return false }
        for j in a..<b {
            let g = t[j]
            if g.kind == .punct, Self.clauseStops.contains(g.key) { return false }
            if g.isPunct(":") && marker != .partition { return false }
        }
        if marker == .partition || marker == .subset { return true }
        let s = t[b]
        let conj = (s.arabic && s.key.hasPrefix("و")) || (b > range.lowerBound && ["و", "and"].contains(t[b - 1].key))
            || (b > range.lowerBound + 1 && t[b - 1].key == "," && false)
        return conj
    }

    /// A figure that opens a list line ("- 52 ...", "Civilians: 412").
    func listNumber(_ i: Int) -> Bool {
        var j = i - 1
        while j >= range.lowerBound, t[j].isPunct("\"") { j -= 1 }
        if j < range.lowerBound { return true }
        let p = t[j]
        return p.isPunct(":") || (p.kind == .punct && ["-", "–", "•", "*", "·", "▪"].contains(p.key) && j == range.lowerBound)
    }

    var sentenceArabic: Bool {
        var a = 0, l = 0
        for k in range where t[k].isWord { if t[k].arabic { a += 1 } else { l += 1 } }
        return a >= l
    }

    func rightValid(from: Int, hits: [TriggerHit]) -> TriggerHit? {
        guard let h = rightTrigger(from, hits) else { return nil }
        // "18 people were pulled alive … and three bodies were recovered": a death noun right after its own number is
        // that figure's, not the verb of one before it ("were among the 14 dead" still is: the figure is part of it).
        // («أنقذ 86 شخصاً وانتشل 8 جثث»: a count noun of bodies likewise.)
        if t[h.index].trig?.head == true || t[h.index].arabic && Self.countNouns[t[h.index].key] != nil, h.index > from, isNumberWord(h.index - 1),
           !(from..<h.index).contains(where: { t[$0].key == "among" || t[$0].key == "بين" }) { return nil }
        let k = t[h.index].key
        // "the death of two fighters and the injury of a third": a noun with "of" takes the figure after it, never one before.
        if Self.nounsOfOf.contains(k) { return nil }
        if Self.intransitive.contains(k) { return h }
        if h.index > range.lowerBound, Self.aux.contains(t[h.index - 1].key) { return h }
        if h.index > range.lowerBound + 1, Self.aux.contains(t[h.index - 2].key) { return h }
        if t[h.index].arabic { return h }
        // "two children killed" (no object follows)
        if h.index + 1 >= range.upperBound { return h }
        let n = t[h.index + 1]
        // "and wounded more than 50 others": an active verb with its own object.
        // ("injured over the past two days": "over the" is time, not "more than".)
        if let (_, e) = Triggers.qualifiersBefore.match(t, at: h.index + 1, limit: range.upperBound),
           !(e < range.upperBound && (t[e].key == "the" || t[e].key == "a")) { return nil }
        if articleOpensNeededNoun(h.index) { return h }
        if n.isNumber || EnglishNumbers.small[n.key] != nil || n.key == "a" || n.key == "an" || n.key == "another" || n.key == "others" || n.key == "several" || n.key == "at" && h.index + 2 < range.upperBound && t[h.index + 2].key == "least" { return nil }
        return h
    }

    func contrastBetween(_ a: Int, _ b: Int) -> Bool { a < b && (a..<b).contains { Self.contrastWords.contains(t[$0].key) } }

    func marker(between a: Int, and b: Int, hits: [TriggerHit]) -> ListMarker {
        guard a < b else { return .none }
        var result: ListMarker = .none
        for j in a..<b {
            if hits.contains(where: { $0.index == j }), t[j].trig?.head != true { return .trigger }
            // "…—while the village suffered 22 fatalities": a contrast opens a clause of its own, like a verb.
            if Self.contrastWords.contains(t[j].key) { return .trigger }
            let stems = t[j].stems
            if Triggers.subsetMarkers.contains(t[j].key) || stems.contains(where: { Triggers.subsetMarkers.contains($0.stem) }) || t[j].key == "among" { result = .subset }
            else if Triggers.partitionMarkers.contains(t[j].key) || t[j].isPunct(":") || breakdownDash(j) || t[j].isPunct("(") && j == a && j + 1 == b || t[j].key == "follows" { if result == .none { result = .partition } }
            else if Triggers.additionMarkers.contains(t[j].key) || stems.contains(where: { Triggers.additionMarkers.contains($0.stem) }) { result = .addition }
            if t[j].key == "of", j + 1 < b, t[j + 1].key == "whom" { result = .subset }
        }
        return result
    }

    static let deadNouns: KeySet = ["victims", "dead", "killed", "fatalities", "martyrs"]

    /// "one of the victims", "two of the dead": the number picks out some of the dead.
    func ofTheDead(numberEnd e: Int) -> Bool {
        e + 2 < range.upperBound && t[e].key == "of" && t[e + 1].key == "the" && Self.deadNouns.contains(t[e + 2].key)
    }

    func isNumberWord(_ j: Int) -> Bool {
        t[j].isNumber || EnglishNumbers.small[t[j].key] != nil || ArabicNumbers.value(of: t[j].key) != nil
    }

    /// "…, among them a journalist": "among them" right before the figure.
    func amongThemBefore(_ s: Int) -> Bool {
        s >= range.lowerBound + 2 && t[s - 1].key == "them" && t[s - 2].key == "among"
    }

    /// A dash that opens a breakdown: a spaced dash or hyphen ("12 people – three women …"), or a dash between words
    /// ("45 civilian deaths—eight women and four children—"; the normaliser makes every long dash «–»).
    /// The second dash of a pair closes the aside the first opened ("—eight women and four children—while"): not a marker.
    func breakdownDash(_ j: Int) -> Bool {
        guard asideDash(j) else { return false }
        return (range.lowerBound..<j).filter { asideDash($0) }.count % 2 == 0
    }

    static let contrastWords: KeySet = Lexicon.keys(["while", "whereas", "فيما", "بينما"])

    func asideDash(_ j: Int) -> Bool {
        guard t[j].kind == .punct, j > range.lowerBound, j + 1 < range.upperBound else { return false }
        if t[j].key == "–" { return t[j].spaceBefore || t[j - 1].isWord && !t[j - 1].isNumber && t[j + 1].isWord }
        return t[j].key == "-" && t[j].spaceBefore && t[j + 1].spaceBefore
    }

    /// A figure written as a noun with no digits. Returns ((value, end), category).
    func implicitFigure(at i: Int, hits: [TriggerHit], previous: Mention?, listStart: Bool = false) -> ((Int, Int), VictimCategory)? {
        let lo = range.lowerBound
        // «جثتي رجل وامرأة»: the two bodies are the man and the woman, not two and one more.
        if let p = previous, p.implicit, p.value == 2, Self.bodyDuals.contains(t[p.start].key), i == p.end, t[i].key.hasPrefix("و") { return nil }
        // Cheap exit: only person nouns, ordinals standing for a person, kin with a suffix and English determiners start a figure.
        if t[i].arabic {
            if let named = namedSubjectOfDeath(at: i) { return named }
            if t[i].victim == nil && !Self.ordinalsPerson.contains(t[i].key) && !(t[i].key.hasPrefix("و") && Self.ordinalsPerson.contains(t[i].key.droppingFirst()))
                && Lexicon.suffixedKin[t[i].key] == nil && !(t[i].key.hasPrefix("و") && Lexicon.suffixedKin[t[i].key.droppingFirst()] != nil)
                && countedKin(at: i) == nil { return nil }
        } else if !Self.englishFigureStarts.contains(t[i].key) {
            if let v = agedJoinedNoun(i, previous: previous) ?? kinJoinedNoun(i, previous: previous) { return ((1, i + 1), v) }
            return t[i].capital ? namedVictim(at: i, hits: hits) : nil
        }
        // "It is the seventh killing of an Iraqi refugee this month": a rank in a series, not one more death.
        if !t[i].arabic, i >= lo + 3, t[i - 1].key == "of", t[i - 2].trig != nil, Self.seriesOrdinals.contains(t[i - 3].key) { return nil }
        // "the" is the commonest word: it needs neither of the list tests below.
        if !t[i].arabic, t[i].key == "the" { return theVictim(at: i, hits: hits) }
        let afterTrigger: Bool = {
            guard let h = hits.last(where: { $0.index < i }), !h.negated, i - h.index <= 8, h.measure != .operations else { return false }
            if let p = previous, p.end > h.index { return false }
            for j in (h.index + 1)..<i where t[j].isNumber || t[j].isPunct(".") { return false }
            return true
        }()
        let chainedToPrevious: Bool = {
            guard let p = previous, i >= p.end, i - p.end <= 20 else { return false }
            // "The four people who died … were IS members, including a senior figure": the verbs between are the figure's own.
            if i > lo, t[i - 1].key == "including", inClauseOf(p, upTo: i, hits: hits) { return true }
            var onlyGlue = true
            var bracket = 0
            for j in p.end..<i {
                let g = t[j]
                if g.isNumber || g.isPunct(".") || g.isPunct(":") { return false }
                if hits.contains(where: { $0.index == j }) { return false }
                // «عنصرين من قوى الأمن الداخلي (الأسايش) وسائق مدني»: a bracketed name of the group is glue.
                if g.isPunct("(") || g.isPunct(")") { bracket = max(0, bracket + (g.isPunct("(") ? 1 : -1)); continue }
                if bracket > 0 { continue }
                // «بينهم قائد الكتيبة ومسؤول عسكري»: the definite noun a single person is named by (his unit) is glue.
                if p.implicit, p.value == 1, j - p.end < 2, genitiveOfPerson(j) { continue }
                let marker = Triggers.subsetMarkers.contains(g.key) || Triggers.partitionMarkers.contains(g.key)
                    || g.stems.contains(where: { Triggers.subsetMarkers.contains($0.stem) })
                if !(g.isPunct(",") || Self.glueWords.contains(g.key) || marker) { onlyGlue = false }
            }
            let conj = t[i].key.hasPrefix("و") || (i > lo && (t[i - 1].key == "and" || t[i - 1].key == "و")) || (i > lo + 1 && t[i - 2].key == "and")
            if onlyGlue, !conj, !t[i].arabic, i > lo, t[i - 1].isPunct(","), listGoesOn(from: i) { return true }
            if onlyGlue, Triggers.oneOfThem.contains(t[i].key) { return true }  // «شخصين، أحدهما طفل»
            if onlyGlue { return conj || i == p.end || (i > lo && (Triggers.subsetMarkers.contains(t[i - 1].key) || t[i - 1].stems.contains(where: { Triggers.subsetMarkers.contains($0.stem) }))) }
            // "ثلاثة أفراد من عائلة واحدة، بينهم طفلة": a subset marker right before the noun.
            if i > lo, Triggers.subsetMarkers.contains(t[i - 1].key) || t[i - 1].stems.contains(where: { Triggers.subsetMarkers.contains($0.stem) }) { return true }
            // "…, among them a child".
            if i > lo + 1, t[i - 1].key == "them", t[i - 2].key == "among" { return true }
            // A long list item: ", وقيادي في التنظيم"; "two shepherds from the town of X and a 12-year-old boy"
            if !t[i].arabic, i > lo, t[i - 1].key == "and", i - p.end <= 10 { return true }
            return t[i].key.hasPrefix("و") && i > lo && t[i - 1].isPunct(",")
        }()
        var hasRightTrigger: Bool { rightValid(from: i + 1, hits: hits) != nil }
        if t[i].arabic {
            // "وأصيب عدد آخر" (a number of others), "منزل أحد الأهالي" (the house of one of the residents): no one counted.
            if i > lo, Self.vagueOrOwnerHeads.contains(t[i - 1].key) { return nil }
            if i > lo + 1, Self.oneOf.contains(t[i - 1].key), Self.vagueOrOwnerHeads.contains(t[i - 2].key) { return nil }
            if Self.ordinalsPerson.contains(t[i].key) || Self.ordinalsPerson.contains(t[i].key.droppingFirst()) && t[i].key.hasPrefix("و") {
                if afterTrigger, let h = hits.last(where: { $0.index < i }), i - h.index <= 2 { return ((1, i + 1), .all) }
                // «قتل عنصر من قسد وآخر من الأسايش», «مقتل جندي تركي وآخر روسي»: «وآخر» joined to one person just counted.
                if t[i].key.hasPrefix("و"), let p = previous, p.implicit, p.value == 1, p.start > lo, t[p.start - 1].trig != nil,
                   i >= p.end, i - p.end <= 1, (p.end..<i).allSatisfy({ t[$0].isWord && t[$0].trig == nil && !t[$0].isNumber }) { return ((1, i + 1), .all) }
                return nil
            }
            // «ابنة محمد» (Mohammed's daughter) folds like «ابنه» (his son), «طفلة» like «طفله»: written with «ة», the word
            // is the noun it is (a girl), or a daughter named by whose she is, who after a person is that person.
            let taMarbuta = endsInTaMarbuta(i)
            if taMarbuta, t[i].victim == nil, Lexicon.suffixedKin[t[i].key] != nil { return afterTrigger ? ((1, i + 1), .women) : nil }
            // «امرأة وأطفالها الأربعة»: plural kin with a pronoun and a definite number word after them.
            if let (n, c) = countedKin(at: i), afterTrigger || chainedToPrevious { return ((n, i + 2), c) }
            if !taMarbuta, let kv = Lexicon.suffixedKin[t[i].key] ?? (t[i].key.hasPrefix("و") ? Lexicon.suffixedKin[t[i].key.droppingFirst()] : nil) {
                if afterTrigger || chainedToPrevious || kinAfterName(i, previous: previous) { return ((kv.0, i + 1), kv.1) }
                return nil
            }
            guard let (v, definite, _) = t[i].victimInfo, !frontNotImam(i), !predicateNoun(i), !speakerAfterSaid(i) else { return nil }
            if definite {
                // "قُتل الشابان": a definite dual right after the death verb.
                if v.number == .dual, let h = hits.last(where: { $0.index < i }), h.index == i - 1, !h.negated,
                   h.measure == .killed || h.measure == .wounded { return ((2, i + 1), v.category) }
                if v.number == .plural, let e = definitePluralCount(at: i), afterTrigger || hasRightTrigger { return (e, v.category) }
                // «مقتل المسن زوون الخضير، والطفلة ابنة …»: a second definite person joined by «،و» to a single one counted.
                if v.number == .singular, chainedToPrevious, previous?.implicit == true, previous?.value == 1, definiteJoined(i) { return ((1, i + 1), v.category) }
                return definiteVictim(at: i, v, hits: hits) ? ((1, i + 1), v.category) : nil
            }
            // "راح ضحيته سبعة عمال": the noun completes the verb before it; the figure comes after.
            if i > lo, let tr = t[i - 1].trig, tr.hasNeeds, Triggers.needsSets[Int(tr.needsIndex)].contains(t[i].key),
               hits.contains(where: { $0.index == i - 1 }) { return nil }
            // A noun that carries a pronoun suffix or is followed by a number is not a figure.
            if i + 1 < range.upperBound, t[i + 1].isNumber, !ageAfterNoun(i + 1) { return nil }
            switch v.number {
            case .dual:
                if afterTrigger || chainedToPrevious || hasRightTrigger || (listStart && listNumber(i)) {
                    var e = i + 1
                    if e < range.upperBound, ["اثنان", "اثنين", "اثنتان", "اثنتين"].contains(t[e].key) { e += 1 }
                    return ((2, e), v.category)
                }
            case .singular:
                if afterTrigger || chainedToPrevious || (listStart && listNumber(i)) { return ((1, i + 1), v.category) }
                // «بأن طفلاً توفي»: an indefinite subject after «أن» with its singular verb right after it.
                if i > lo, Self.thatWords.contains(t[i - 1].key), singularVerb(at: i + 1, hits: hits) { return ((1, i + 1), v.category) }
                // «وكان رجل قد قُتل», «وكان طفل قُتل»: a past-perfect subject before its verb.
                if pastPerfectSubject(i, hits: hits) { return ((1, i + 1), v.category) }
                // «أن شخصاً واحداً على الأقل جُرح»: the noun and «واحد» as the subject of the verb after them.
                if i + 1 < range.upperBound, Self.oneAfterNoun.contains(t[i + 1].key), hasRightTrigger { return ((1, i + 2), v.category) }
                if sufferedOutcome(at: i, hits: hits) || attackBefore(i) && consequenceMeasure(from: i + 1, hits: hits) != nil { return ((1, i + 1), v.category) }
                // "أُردي مواطن قتيلاً": the death noun follows the person.
                if i + 1 < range.upperBound, let tr = t[i + 1].trig, tr.head, tr.measure == .killed || tr.measure == .wounded { return ((1, i + 1), v.category) }
            case .plural:
                // "مدنيين اثنين"
                if i + 1 < range.upperBound, ["اثنين", "اثنان", "اثنتين"].contains(t[i + 1].key), afterTrigger || chainedToPrevious { return ((2, i + 2), v.category) }
                // "إن مقاتلَين من قسد فقدا حياتهما": written like the plural, the noun is a dual when a dual verb takes it as subject.
                if i > lo, Self.complementizers.contains(t[i - 1].key), t[i].key.string.hasSuffix("ين"), dualVerbAhead(i) { return ((2, i + 1), v.category) }
            }
            return nil
        }
        // English: "a civilian", "an oil worker", "another", "a third"
        let k = t[i].key
        if k == "a" || k == "an" || k == "another" || k == "one" {
            var j = i + 1
            if k == "a", j < range.upperBound, ["third", "second", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"].contains(t[j].key) { j += 1
                if j >= range.upperBound || !t[j].isWord || t[j].victimInfo == nil {
                    // "a second monitor", "a third source": not a person.
                    if j < range.upperBound, Self.organisationNouns.contains(t[j].key) { return nil }
                    if hasRightTrigger || afterTrigger { return ((1, j), .all) }
                    return nil
                }
            }
            // "another opposition group", "another source": not a person.
            if k == "another", (j..<min(range.upperBound, j + 2)).contains(where: { Self.organisationNouns.contains(t[$0].key) }) { return nil }
            // "in another strike", "another 131 civilians": an event, or a number that carries the figure itself.
            if k == "another", j < range.upperBound, t[j].isNumber || EnglishNumbers.small[t[j].key] != nil
                || SentenceCues.eventNouns.contains(t[j].key) || Self.eventNouns.contains(t[j].key) { return nil }
            if k == "another", j >= range.upperBound || !t[j].isWord || t[j].victimInfo == nil {
                if afterTrigger || rightValid(from: j, hits: hits) != nil { return ((1, j), .all) }
            }
            var adj = 0
            while j < range.upperBound, t[j].isPunct("\"") { j += 1 }  // a “member of …”
            j = skipAge(j)
            while j < range.upperBound, adj < 3, t[j].isWord {
                if let v = t[j].victimInfo.map({ $0.0 }) ?? seniorFigure(j), v.number == .singular {
                    // "…, a doctor said": the speaker, not a victim.
                    if j + 1 < range.upperBound, Self.speechVerbs.contains(t[j + 1].key) { return nil }
                    // "a local activist later listed the names of the dead": the subject of a verb of telling or naming.
                    if actorOfReport(after: j + 1) || speakerAfterPhrase(j + 1) { return nil }
                    // "another opposition group": the person word is an adjective of a body, not a person.
                    if j + 1 < range.upperBound, Self.organisationNouns.contains(t[j + 1].key) { return nil }
                    if afterTrigger || chainedToPrevious || rightValid(from: j + 1, hits: hits) != nil { return ((1, j + 1), v.category) }
                    // "• A former ISIS member.": an item of an open list counts one person of the list's measure.
                    if listStart, listNumber(i) { return ((1, j + 1), v.category) }
                    if attackBefore(i), consequenceMeasure(from: j + 1, hits: hits) != nil { return ((1, j + 1), v.category) }
                    return nil
                }
                if t[j].trig != nil || t[j].key == "of" { return nil }
                j += 1; adj += 1
                if j < range.upperBound, t[j].isPunct("-") { j += 1 }
                j = skipAge(j)
            }
        }
        // "a woman and her daughter", "a father and his son", "his wife"
        if k == "his" || k == "her" || k == "their" || k == "its" {
            let j = skipAge(i + 1)
            if j < range.upperBound, let (v, _, _) = t[j].victimInfo, v.number == .singular, Self.kin.contains(t[j].key) {
                // "…, his brother said": the speaker, not a victim.
                if j + 1 < range.upperBound, Self.speechVerbs.contains(t[j + 1].key) { return nil }
                if afterTrigger || chainedToPrevious || rightValid(from: j + 1, hits: hits) != nil { return ((1, j + 1), v.category) }
            }
        }
        return nil
    }

    /// A noun before a person word that makes it no victim: a vague count (`عدد آخر`) or a thing the person owns
    /// (`منزل أحد الأهالي`, `سيارة أحد المدنيين`).
    static let dualVerbs: KeySet = Lexicon.keys(["قتلا", "قضيا", "توفيا", "استشهدا", "أصيبا", "جرحا", "فقدا", "لقيا", "فارقا"])

    /// A dual verb of a measure within the noun's clause: `مقاتلين من قسد فقدا`.
    func dualVerbAhead(_ i: Int) -> Bool {
        var j = i + 1
        while j < min(range.upperBound, i + 6), t[j].kind != .punct {
            if Self.dualVerbs.contains(t[j].key) || t[j].stems.dropFirst().contains(where: { Self.dualVerbs.contains($0.stem) }) { return true }
            j += 1
        }
        return false
    }

    static let seriesOrdinals: KeySet = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest", "first"]
    static let oneOf: KeySet = Lexicon.keys(["أحد", "احد", "إحدى", "احدى"])
    static let vagueOrOwnerHeads: KeySet = Lexicon.keys(["عدد", "وعدد", "بعدد", "منزل", "بمنزل", "سيارة", "بسيارة", "محل", "متجر", "أرض", "مزرعة"])

    /// Nouns of bodies and outlets that a person word may qualify ("an opposition group", "a rebel faction").
    static let organisationNouns: KeySet = ["group", "groups", "faction", "factions", "party", "coalition", "organisation", "organization", "body",
                                    "source", "sources", "outlet", "network", "website", "spokesman", "spokesperson", "official", "officials",
                                    "leadership", "council", "media", "activist", "activists", "commander", "commanders",
                                    "monitor", "monitors", "agency", "report", "tally", "count",
                                    "toll", "tolls", "figure", "figures", "statement", "estimate", "estimates", "data"]
    /// English words that can open an implicit figure ("a civilian", "another", "his wife").
    static let englishFigureStarts: KeySet = ["a", "an", "another", "one", "his", "her", "their", "its", "the"]
    /// What may sit between two list items: a conjunction or a comma.
    static let glueWords: KeySet = ["و", "and", "،"]
    /// Punctuation that ends a clause inside a list.
    static let clauseStops: KeySet = [".", ";", "!", "?"]

    static let kin: KeySet = ["son", "daughter", "wife", "husband", "father", "mother", "brother", "sister", "child", "baby", "nephew",
                                   "niece", "cousin", "uncle", "companion", "driver", "bodyguard", "grandson", "granddaughter", "infant", "friend"]

    /// The age written into tokens `a ..< b` ("9-year-old"), if any.
    func ageInPhrase(_ a: Int, _ b: Int) -> Int? {
        var j = a
        while j < min(b, range.upperBound) {
            if t[j].isNumber || EnglishNumbers.small[t[j].key] != nil, skipAge(j) != j {
                return t[j].value ?? EnglishNumbers.small[t[j].key]
            }
            j += 1
        }
        return nil
    }

    /// Skips an age written into the noun phrase: "12-year-old", "9 year old".
    /// "her mother and 12-year-old sister": a singular person noun after an age, joined by "and" or a comma to a
    /// single person just counted, is one more (the age was skipped as a decoy and the noun left alone).
    static let bodyDuals: KeySet = Lexicon.keys(["جثتي", "جثتين", "جثتان", "جثماني", "جثمانين"])

    static let bareKin: KeySet = ["son", "daughter", "wife", "husband", "brother", "sister", "mother", "father", "nephew", "niece", "grandson", "granddaughter"]

    /// "A father and son were killed": a kin noun with no article right after "and" and a single person just counted is
    /// one more (the son was lost).
    func kinJoinedNoun(_ i: Int, previous: Mention?) -> VictimCategory? {
        guard let p = previous, p.implicit, p.value == 1, i == p.end + 1, t[i - 1].key == "and", Self.bareKin.contains(t[i].key),
              let (v, _, _) = t[i].victimInfo else { return nil }
        return v.category
    }

    func agedJoinedNoun(_ i: Int, previous: Mention?) -> VictimCategory? {
        guard let p = previous, p.value == 1, let (v, _, _) = t[i].victimInfo, v.number == .singular, i >= range.lowerBound + 6 else { return nil }
        var k = i - 1
        if t[k].isPunct("-") { k -= 1 }
        guard t[k].key == "old" else { return nil }
        k -= 1
        if t[k].isPunct("-") { k -= 1 }
        guard Self.ageUnits.contains(t[k].key), k - 2 >= range.lowerBound else { return nil }
        k -= 1
        if t[k].isPunct("-") { k -= 1 }
        guard t[k].isNumber || EnglishNumbers.small[t[k].key] != nil, k - 1 >= p.end, k - 1 <= p.end + 1 else { return nil }
        let joiner = t[k - 1]
        guard joiner.key == "and" || joiner.isPunct(",") else { return nil }
        if k - 1 == p.end + 1, !t[p.end].isPunct(",") { return nil }
        return v.category
    }

    /// "a 12-year-old boy", "a six-day-old baby", "a 3-week-old girl".
    static let ageUnits: KeySet = ["year", "month", "week", "day"]

    func skipAge(_ j: Int) -> Int {
        var k = j
        guard k < range.upperBound, t[k].isNumber || EnglishNumbers.small[t[k].key] != nil else { return j }
        k += 1
        if k < range.upperBound, t[k].isPunct("-") { k += 1 }
        guard k < range.upperBound, Self.ageUnits.contains(t[k].key) else { return j }
        k += 1
        if k < range.upperBound, t[k].isPunct("-") { k += 1 }
        guard k < range.upperBound, t[k].key == "old" else { return j }
        k += 1
        if k < range.upperBound, t[k].isPunct("-") { k += 1 }
        return k
    }
}
