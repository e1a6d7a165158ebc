import LedgerCore

/// Sentence-level cues: tally words, back-references, background, sources, updates, exclusions.
struct SentenceCues {
    var tally = false
    var backReference = false
    var background = false
    var provisional = false
    var update = false
    var earlier = false
    var exclusionAt: Int? = nil
    var source: String? = nil
    /// A second source the sentence turns to after a contrast ("…, while the Observatory put it at 19",
    /// «فيما وثق المرصد مقتل 19»): the figures after `at` (the contrast word) are its.
    var contrastSource: (at: Int, name: String)? = nil
    var regionalHeader = false
    /// The only tally word is "toll" ("put the death toll at 21"): a figure for one event unless a period or an area scopes it.
    var tollOnly = false

    static let sources: PhraseTable<String> = {
        var t = PhraseTable<String>()
        for p in ["المرصد السوري لحقوق الإنسان", "المرصد السوري", "المرصد", "Syrian Observatory for Human Rights", "SOHR", "the Observatory", "Observatory", "the monitor", "monitor"] { t.add(p, "Syrian Observatory for Human Rights") }
        for p in ["أعماق", "وكالة أعماق", "Amaq", "Amaq News Agency", "النبأ", "al-Naba"] { t.add(p, "Amaq (IS outlet)") }
        for p in ["سانا", "وكالة سانا", "SANA", "الوكالة العربية السورية للأنباء"] { t.add(p, "SANA") }
        for p in ["وزارة الداخلية", "Interior Ministry", "the interior ministry", "Ministry of Interior", "Ministry of the Interior"] { t.add(p, "Interior Ministry") }
        for p in ["وزارة الدفاع", "Defence Ministry", "Defense Ministry", "Ministry of Defence", "Ministry of Defense"] { t.add(p, "Defence Ministry") }
        for p in ["وزارة الصحة", "Health Ministry", "Ministry of Health"] { t.add(p, "Health Ministry") }
        for p in ["state media", "state TV", "state television", "state news agency", "الإعلام الرسمي", "التلفزيون الرسمي", "وسائل الإعلام الرسمية"] { t.add(p, "state media") }
        for p in ["مصدر عسكري", "مصادر عسكرية", "military source", "a military source"] { t.add(p, "military source") }
        for p in ["مصدر أمني", "مصادر أمنية", "security source", "a security source"] { t.add(p, "security source") }
        for p in ["مصادر محلية", "مصدر محلي", "local sources", "a local source"] { t.add(p, "local sources") }
        for p in ["المركز الإعلامي لقوات سوريا الديمقراطية", "المركز الإعلامي لقسد", "SDF media center", "SDF Media Centre",
                  "SDF military source", "an SDF military source", "SDF source", "an SDF source", "SDF official", "an SDF official",
                  "the SDF", "Syrian Democratic Forces", "the Syrian Democratic Forces", "مصدر عسكري في قسد", "مصدر في قسد",
                  "مصدر عسكري في قوات سوريا الديمقراطية"] { t.add(p, "SDF") }
        for p in ["الشبكة السورية لحقوق الإنسان", "Syrian Network for Human Rights", "SNHR"] { t.add(p, "Syrian Network for Human Rights") }
        for p in ["الدفاع المدني السوري", "الدفاع المدني", "الخوذ البيضاء", "Syrian Civil Defence", "Syrian Civil Defense", "civil defence",
                  "civil defense", "White Helmets", "the White Helmets"] { t.add(p, "Syrian Civil Defence") }
        for p in ["الهلال الأحمر الكردي", "Kurdish Red Crescent"] { t.add(p, "Kurdish Red Crescent") }
        for p in ["الهلال الأحمر العربي السوري", "Syrian Arab Red Crescent"] { t.add(p, "Syrian Arab Red Crescent") }
        return t
    }()

    static let saidWords: KeySet = Lexicon.keys(["قال", "وقال", "قالت", "وقالت", "أفاد", "وأفاد", "أفادت", "ذكر", "وذكر", "ذكرت", "أعلن",
        "وأعلن", "أعلنت", "بحسب", "وبحسب", "وفقا", "ووفقا", "نقلا", "بيان", "said", "says", "according", "claimed", "reported",
        "told", "statement", "announced", "put", "via", "through", "saying", "citing", "عبر", "زاعما", "زاعمة", "تبنى", "وتبنى", "تبنت", "وتبنت", "زعمت", "وزعمت", "زعم", "وزعم", "ادعت", "ادعى", "وثق", "ووثق", "أحصى", "documented", "recorded", "لتوثيقات", "مصادر", "مصدر", "لـ"])

    enum Cue: Hashable, Sendable { case backReference, relativeClause, background, provisional, update, earlier }

    /// Cue phrases keyed by their first folded word; matched on tokens, so no string searching per sentence.
    static let cuePhrases: KeyMap<[([Key], Cue)]> = KeyMap(cuePhraseTable)
    static let cuePhraseFirstWords: [Key] = Array(cuePhraseTable.keys)
    private static let cuePhraseTable: [Key: [([Key], Cue)]] = {
        var d: [Key: [([Key], Cue)]] = [:]
        func add(_ ps: [String], _ c: Cue) {
            for p in ps {
                let words = p.split(separator: " ").map { Fold.key($0) }
                guard let f = words.first else { continue }
                d[f, default: []].append((words, c))
            }
        }
        add(["separate incident", "comes a week after", "comes days after", "comes after", "earlier this month", "last week", "last month",
             "وفي حادثه منفصله", "يأتي ذلك بعد", "ياتي ذلك بعد", "ياتي ذلك", "في حادثه منفصله", "الاسبوع الماضي", "الشهر الماضي", "قبل ايام",
             "وفي تطور اخر", "previously", "the deadliest since",
             "came a day after", "came two days after", "came three days after", "came days after", "came hours after", "came weeks after",
             "came two weeks after", "came a week after", "comes a day after", "comes two days after", "comes hours after",
             "ياتي الهجوم بعد", "وياتي الهجوم بعد", "جاء ذلك بعد", "وجاء ذلك بعد", "وياتي هذا الهجوم بعد", "ياتي هذا الهجوم بعد",
             "deadliest attack since", "deadliest bombing since", "deadliest blast since", "the deadliest attack since",
             "الاعنف منذ", "الأكثر دموية منذ", "الاكثر دمويه منذ",
             "the previous one", "the previous blast", "the previous attack", "the previous explosion", "the previous bombing"], .backReference)
        // A relative clause about another event: "الهجوم على سجن غويران، والذي خلّف أكثر من 500 قتيل", "the siege, which killed".
        add(["والذي خلف", "الذي خلف", "والتي خلفت", "التي خلفت", "الذي اسفر", "والذي اسفر", "التي اسفرت", "والتي اسفرت", "الذي راح ضحيته",
             "التي راح ضحيتها", "which killed", "which left", "that killed", "that left", "which claimed"], .relativeClause)
        add(["منذ اندلاع", "منذ عام 2011", "منذ 2011", "since 2011", "began in 2011", "since the war", "since the conflict", "since the start of the war",
             "منذ بدايه الحرب", "منذ انطلاقه الثوره", "منذ بدء الحرب", "منذ بدايه الثوره", "erupted in 2011", "started in 2011", "الحرب السوريه", "منذ انطلاقه"], .background)
        add(["مرشح للارتفاع", "مرشحه للارتفاع", "غير نهائيه", "حصيله اوليه", "could rise", "likely to rise", "expected to rise", "preliminary", "not final", "may rise"], .provisional)
        add(["ارتفعت حصيله", "ارتفعت الحصيله", "ارتفع عدد", "يرتفع", "لترتفع", "وبذلك ترتفع", "ترتفع", "وصلت الحصيله", "حصيله جديده", "risen to", "rose to", "rose from", "risen from", "climbed from", "increased from", "jumped from",
             "climbed to", "increased to", "bringing the toll", "bringing the death toll", "new toll", "ارتفعت", "ارتفع", "وارتفعت", "وارتفع"], .update)
        add(["في وقت سابق", "سابق", "حصيله سابقه", "earlier", "had earlier", "previously", "up from"], .earlier)
        return d
    }()
    static let tallyWords: [Key] = ["أحصى", "احصى", "يحصي", "أحصت", "documented", "recorded", "إجمالي", "حصيلة", "toll", "بلغت", "وبلغت"].map { Fold.key($0) }
    /// "حصيلة قتلى الهجوم", "the death toll from the attack": the toll of one event, not a running tally.
    static let eventNounList = [
        "الهجوم", "هجوم", "الانفجار", "انفجار", "التفجير", "تفجير", "الكمين", "كمين", "الاستهداف", "الغارة", "غارة", "المجزرة",
        "الاشتباكات", "القصف", "الحادثة", "الحادث", "attack", "blast", "bombing", "ambush", "explosion", "strike", "airstrike",
        "massacre", "clashes", "shelling", "incident", "raid",
    ]
    static let eventNouns: KeySet = Lexicon.keys(eventNounList)
    static let tollWords: KeySet = Lexicon.keys(["حصيلة", "toll"])
    static let preliminaryWords: KeySet = Lexicon.keys(["أولية", "اولية", "أولي", "preliminary", "initial"])

    /// True when a toll word at `j` is followed, within four words, by a noun naming one event.
    static func isIncidentToll(_ t: [Token], after j: Int, in r: Range<Int>) -> Bool {
        guard tollWords.contains(t[j].key) else { return false }
        // «في حصيلة أولية», "a preliminary toll": the first count of one event.
        if j + 1 < r.upperBound, preliminaryWords.contains(t[j + 1].key) { return true }
        if j > r.lowerBound, preliminaryWords.contains(t[j - 1].key) { return true }
        var k = j + 1, seen = 0
        while k < r.upperBound && seen < 4 {
            if t[k].kind == .newline { return false }
            if !t[k].key.isEmpty {
                if eventNouns.contains(t[k].key) { return true }
                seen += 1
            }
            k += 1
        }
        return false
    }

    static let kanaWords: [Key] = ["وكان", "وكانت", "كان", "كانت", "وكانا"].map { Fold.key($0) }
    static let hadPartners: [Key] = ["been", "killed", "earlier", "previously"]
    static let boilerplateStarts: KeySet = Lexicon.keys(["ويشهد", "وتشهد", "يشهد", "تشهد"])
    static let distribWords: [Key] = ["توزعت", "وتوزعت", "توزع", "distributed", "distribution", "regionally", "regional", "موزعة"].map { Fold.key($0) }
    static let distribWhatWords: [Key] = ["العمليات", "عمليات", "operations", "attacks", "الهجمات", "regionally", "regional", "المناطق", "المحافظات"].map { Fold.key($0) }

    /// What a word can be for the cue scan, one bit per list above (and for "قد", "had" and the first words
    /// of cue phrases), so that each token costs one lookup.
    struct WordRoles: OptionSet, Sendable {
        let rawValue: UInt8
        static let tally = WordRoles(rawValue: 1)
        static let qad = WordRoles(rawValue: 2)
        static let kana = WordRoles(rawValue: 4)
        static let had = WordRoles(rawValue: 8)
        static let hadPartner = WordRoles(rawValue: 16)
        static let distrib = WordRoles(rawValue: 32)
        static let distribWhat = WordRoles(rawValue: 64)
        static let cue = WordRoles(rawValue: 128)
    }

    static let wordRoles: KeyMap<WordRoles> = {
        var d: [Key: WordRoles] = [:]
        func add(_ keys: [Key], _ role: WordRoles) { for k in keys { d[k, default: []].insert(role) } }
        add(tallyWords, .tally)
        add(["قد"], .qad)
        add(kanaWords, .kana)
        add(["had"], .had)
        add(hadPartners, .hadPartner)
        add(distribWords, .distrib)
        add(distribWhatWords, .distribWhat)
        add(cuePhraseFirstWords, .cue)
        return KeyMap(d)
    }()

    /// "لا تشمل", "does not include": what the figures leave out (the words are matched as written, not folded).
    static let includeWords: KeySet = ["تشمل", "تتضمن", "يشمل", "تحتسب", "تضم", "يضم", "include", "includes"]
    static let includeNegators: KeySet = ["لا", "ولا", "لم", "ولم", "not", "doesn't", "don't", "does", "do"]
    static let exceptWords: KeySet = ["باستثناء", "excluding", "بخلاف"]
    static let countingWords: KeySet = ["احتساب", "counting"]

    /// The cues found so far in a sentence, one bit each.
    struct CueFlags {
        private var bits: UInt8 = 0
        private static func bit(_ c: Cue) -> UInt8 {
            switch c {
            case .backReference: 1
            case .relativeClause: 2
            case .background: 4
            case .provisional: 8
            case .update: 16
            case .earlier: 32
            }
        }
        func contains(_ c: Cue) -> Bool { bits & Self.bit(c) != 0 }
        mutating func insert(_ c: Cue) { bits |= Self.bit(c) }
    }

    init(_ t: [Token], _ r: Range<Int>, published: Day?) {
        var i = r.lowerBound
        var hasQad = false, hasKana = false, hasHad = false, hasHadPartner = false, distrib = false, distribWhat = false
        var flags = CueFlags()
        var tollHit = false, otherTally = false
        var firstKey: Key? = nil
        // The tables, read once rather than through their lazy-initialisation check on every token.
        let wordRoles = Self.wordRoles, sources = Self.sources
        let includeWords = Self.includeWords, includeNegators = Self.includeNegators, exceptWords = Self.exceptWords
        for j in r {
            let k = t[j].key
            if firstKey == nil, !k.isEmpty, k != "-", k != "\"", t[j].kind != .newline { firstKey = k }
            guard let roles = wordRoles[k] else { continue }
            if roles.contains(.tally) && !Self.isIncidentToll(t, after: j, in: r) {
                if k == "toll" { tollHit = true } else { otherTally = true }
                tally = true
            }
            if roles.contains(.qad) { hasQad = true }
            if roles.contains(.kana), !Self.describesNoun(t, j, r) { hasKana = true }
            if roles.contains(.had), !Self.describesNoun(t, j, r) { hasHad = true }
            if roles.contains(.hadPartner) { hasHadPartner = true }
            if roles.contains(.distrib) { distrib = true }
            if roles.contains(.distribWhat) { distribWhat = true }
            guard roles.contains(.cue), let cands = Self.cuePhrases[k] else { continue }
            for (words, cue) in cands where !flags.contains(cue) {
                guard j + words.count <= r.upperBound else { continue }
                var ok = true
                var m = 1
                while m < words.count { if t[j + m].key != words[m] { ok = false; break }; m += 1 }
                // "the deadliest attack since a truck bomb killed 60": the earlier event's figure follows "since"; with none
                // after it ("killed on Saturday in the deadliest attack since 2019") the figure is the report's own.
                if ok, cue == .backReference, words.last == "since" || words.last == "منذ",
                   !((j + words.count)..<r.upperBound).contains(where: { t[$0].trig != nil }) { continue }
                // «في أكبر هجوم منذ بدء الحرب»: the war ranks the attack; the figure is no war-long count.
                if ok, cue == .background, RankedEvent.ranks(t[max(r.lowerBound, j - RankedEvent.reach)..<j].lazy.map(\.key)) { continue }
                if ok, cue != .relativeClause || !Self.countsItsEvents(t, j, r) { flags.insert(cue) }
            }
        }
        tollOnly = tollHit && !otherTally
        if hasQad && hasKana { backReference = true }
        // "The monitor said that another 131 civilians had been killed": reported speech, not an earlier event.
        if hasHad && hasHadPartner && !Self.reportedSpeech(t, r) { backReference = true }
        // "وكان استشهد 14 مدنياً أمس", "وكان 4 أشخاص قتلوا في 12 من الشهر": a sentence opened by كان tells what happened before.
        if let f = firstKey, Self.kanaOpeners.contains(f) { backReference = true }
        if flags.contains(.backReference) || flags.contains(.relativeClause) { backReference = true }
        // "the deadliest attack in the town since a truck bomb killed 60 there in 2021": the figure is the earlier attack's.
        // ("killed on Saturday in the deadliest attack since 2019": no figure after "since", the figure is the report's own.)
        if let d = r.first(where: { t[$0].key == "deadliest" }), let s = (d..<r.upperBound).first(where: { t[$0].key == "since" }),
           ((s + 1)..<r.upperBound).contains(where: { t[$0].trig != nil }) { backReference = true }
        // Area boilerplate ("ويشهد ريف الحسكة تصاعداً في الهجمات منذ …") unless a relative clause points at another event.
        if !backReference, let f = firstKey, Self.boilerplateStarts.contains(f) { background = true }
        if flags.contains(.background) { background = true }
        if flags.contains(.provisional) { provisional = true }
        if flags.contains(.update) { update = true }
        if flags.contains(.earlier) { earlier = true }
        regionalHeader = distrib && distribWhat
        // The end of the last source phrase a reporting word stood by: a name right after it is the same
        // speaker in apposition ("told the state news agency SANA").
        var saidPhraseEnd = -1
        while i < r.upperBound {
            let k = t[i].key
            if exclusionAt == nil {
                if includeWords.contains(k) && i > r.lowerBound && includeNegators.contains(t[i - 1].key) { exclusionAt = i - 1 }
                if exceptWords.contains(k) { exclusionAt = i }
                if k == "دون" || k == "not", i + 1 < r.upperBound, Self.countingWords.contains(t[i + 1].key) { exclusionAt = i }
            }
            if let (name, end) = sources.match(t, at: i, limit: r.upperBound),
               name == "Syrian Observatory for Human Rights" || i == saidPhraseEnd || Self.nearSaid(t, r, i, end: Self.pastAbbreviation(t, end, r)) {
                saidPhraseEnd = end
                if source == nil || (Self.unnamedSources.contains(source ?? "") && !Self.unnamedSources.contains(name)) {
                    // "the state news agency SANA reported": the organisation named beats the description.
                    source = name
                } else if contrastSource == nil, name != source, let at = Self.contrastWord(t, before: i, from: r.lowerBound) {
                    contrastSource = (at, name)
                }
            }
            i += 1
        }
    }

    /// The index past a parenthesised abbreviation right after a name ("the Syrian Democratic Forces (SDF) said"), or `end`.
    static func pastAbbreviation(_ t: [Token], _ end: Int, _ r: Range<Int>) -> Int {
        end + 2 < r.upperBound && t[end].isPunct("(") && t[end + 2].isPunct(")") ? end + 3 : end
    }

    static let unnamedSources: Set<String> = ["state media", "military source", "security source", "local sources"]

    static let contrastWords: KeySet = Lexicon.keys(["فيما", "وفيما", "بينما", "وبينما", "حين", "while", "whereas"])

    /// The contrast word just before a source's name (at most three words back), if any.
    static func contrastWord(_ t: [Token], before i: Int, from lower: Int) -> Int? {
        (max(lower, i - 3)..<i).last { contrastWords.contains(t[$0].key) }
    }

    static let kanaOpeners: KeySet = Lexicon.keys(["وكان", "وكانت", "وكانا"])
    static let reportingVerbs: KeySet = ["said", "says", "reported", "told", "announced", "added", "stated", "confirmed",
                                         "saying", "according", "quoted", "tweeted", "wrote"]

    /// «توفي رجل كان قد أصيب في الغارة» (a man who had been wounded in the strike): «كان قد» right after an indefinite
    /// person noun describes that person, as "who had been wounded"; the sentence still tells of its own day.
    /// ("A child who had been injured in the shelling died of her wounds": "who had" right after a person noun, likewise.)
    static func describesNoun(_ t: [Token], _ j: Int, _ r: Range<Int>) -> Bool {
        if t[j].key == "had" { return j >= r.lowerBound + 2 && t[j - 1].key == "who" && t[j - 2].victim != nil }
        return j > r.lowerBound && j + 1 < r.upperBound && t[j - 1].victim != nil && !t[j - 1].victimDefinite && t[j + 1].key == "قد"
    }

    /// "23 security incidents that left 31 people dead", "12 attacks which killed 20": a relative clause on a
    /// counted plural of events is the count's own figures, not another event's.
    static func countsItsEvents(_ t: [Token], _ j: Int, _ r: Range<Int>) -> Bool {
        guard j > r.lowerBound, countedEventNouns.contains(t[j - 1].key) else { return false }
        return (max(r.lowerBound, j - 4)..<(j - 1)).contains { t[$0].isNumber && (t[$0].value ?? 0) >= 3 }
    }

    static let countedEventNouns: KeySet = Lexicon.keys([
        "incidents", "attacks", "operations", "explosions", "bombings", "strikes", "airstrikes", "raids", "assassinations",
        "ambushes", "killings", "عمليات", "هجمات", "حوادث", "غارات", "تفجيرات", "عملية", "هجوماً", "غارة",
    ])

    /// "X said (on Wednesday) that … had been killed": the past perfect of reported speech.
    static func reportedSpeech(_ t: [Token], _ r: Range<Int>) -> Bool {
        guard let had = r.first(where: { t[$0].key == "had" }) else { return false }
        return (r.lowerBound..<had).contains { reportingVerbs.contains(t[$0].key) }
    }

    /// A reporting word within four words of the name (`i..<end`): "the White Helmets rescue group said".
    static func nearSaid(_ t: [Token], _ r: Range<Int>, _ i: Int, end: Int? = nil) -> Bool {
        for j in max(r.lowerBound, i - 4)..<min(r.upperBound, max(i, (end ?? i + 1) - 1) + 4) where saidWords.contains(t[j].key) || t[j].stems.contains(where: { saidWords.contains($0.stem) }) { return true }
        return false
    }
}
