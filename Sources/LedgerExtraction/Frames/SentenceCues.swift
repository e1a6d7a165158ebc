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
    var regionalHeader = false

    static let sources: PhraseTable<String> = {
        var t = PhraseTable<String>()
        for p in ["المرصد السوري لحقوق الإنسان", "المرصد السوري", "المرصد", "Syrian Observatory for Human Rights", "SOHR", "the Observatory", "Observatory", "the monitor", "monitor"] { t.add(p, "Syrian Observatory for Human Rights") }
        for p in ["أعماق", "وكالة أعماق", "Amaq", "Amaq News Agency", "النبأ", "al-Naba"] { t.add(p, "Amaq (IS outlet)") }
        for p in ["سانا", "وكالة سانا", "SANA", "الوكالة العربية السورية للأنباء"] { t.add(p, "SANA") }
        for p in ["وزارة الداخلية", "Interior Ministry", "the interior ministry"] { t.add(p, "Interior Ministry") }
        for p in ["وزارة الدفاع", "Defence Ministry", "Defense Ministry"] { t.add(p, "Defence Ministry") }
        for p in ["وزارة الصحة", "Health Ministry"] { t.add(p, "Health Ministry") }
        for p in ["مصدر عسكري", "مصادر عسكرية", "military source", "a military source"] { t.add(p, "military source") }
        for p in ["مصدر أمني", "مصادر أمنية", "security source", "a security source"] { t.add(p, "security source") }
        for p in ["مصادر محلية", "مصدر محلي", "local sources", "a local source"] { t.add(p, "local sources") }
        for p in ["المركز الإعلامي لقوات سوريا الديمقراطية", "المركز الإعلامي لقسد", "SDF media center", "SDF Media Centre"] { t.add(p, "SDF") }
        for p in ["الشبكة السورية لحقوق الإنسان", "Syrian Network for Human Rights", "SNHR"] { t.add(p, "Syrian Network for Human Rights") }
        return t
    }()

    static let saidWords: Set<String> = Lexicon.keys(["قال", "وقال", "قالت", "وقالت", "أفاد", "وأفاد", "أفادت", "ذكر", "وذكر", "ذكرت", "أعلن",
        "وأعلن", "أعلنت", "بحسب", "وبحسب", "وفقا", "ووفقا", "نقلا", "بيان", "said", "says", "according", "claimed", "reported",
        "told", "statement", "announced", "وثق", "ووثق", "أحصى", "documented", "recorded", "لتوثيقات", "مصادر", "مصدر", "لـ"])

    init(_ t: [Token], _ r: Range<Int>, published: Day?) {
        var i = r.lowerBound
        let keys = r.map { t[$0].key }
        let set = Set(keys)
        tally = !set.isDisjoint(with: Lexicon.keys(["أحصى", "احصى", "يحصي", "أحصت", "documented", "recorded", "إجمالي", "حصيلة", "toll", "تم توثيق", "بلغت", "وبلغت"]))
        if set.contains("قد") && !set.isDisjoint(with: Lexicon.keys(["وكان", "وكانت", "كان", "كانت", "وكانا"])) { backReference = true }
        if set.contains("had") && !set.isDisjoint(with: ["been", "killed", "earlier", "previously"]) { backReference = true }
        let joined = " " + keys.joined(separator: " ") + " "
        for p in ["separate incident", "comes a week after", "comes days after", "comes after", "earlier this month", "last week", "last month",
                  "وفي حادثه منفصله", "يأتي ذلك بعد", "ياتي ذلك بعد", "ياتي ذلك", "في حادثه منفصله", "الاسبوع الماضي", "الشهر الماضي", "قبل ايام",
                  "وفي تطور اخر", "previously", "the deadliest since"] where joined.contains(" " + p + " ") { backReference = true }
        // Area boilerplate ("ويشهد ريف الحسكة تصاعداً في الهجمات منذ …") and war-long scope words.
        // A relative clause about another event: "الهجوم على سجن غويران، والذي خلّف أكثر من 500 قتيل", "the siege, which killed".
        for p in ["والذي خلف", "الذي خلف", "والتي خلفت", "التي خلفت", "الذي اسفر", "والذي اسفر", "التي اسفرت", "والتي اسفرت", "الذي راح ضحيته",
                  "التي راح ضحيتها", "which killed", "which left", "that killed", "that left", "which claimed"] where joined.contains(" " + p + " ") { backReference = true }
        if !backReference, let f = keys.first(where: { !$0.isEmpty && $0 != "-" && $0 != "\"" }), Lexicon.keys(["ويشهد", "وتشهد", "يشهد", "تشهد"]).contains(f) { background = true }
        for p in ["منذ اندلاع", "منذ عام 2011", "منذ 2011", "since 2011", "began in 2011", "since the war", "since the conflict", "since the start of the war",
                  "منذ بدايه الحرب", "منذ انطلاقه الثوره", "منذ بدء الحرب", "منذ بدايه الثوره", "erupted in 2011", "started in 2011", "الحرب السوريه", "منذ انطلاقه"] where joined.contains(" " + p + " ") { background = true }
        for p in ["مرشح للارتفاع", "مرشحه للارتفاع", "غير نهائيه", "حصيله اوليه", "could rise", "likely to rise", "expected to rise", "preliminary", "not final", "may rise"] where joined.contains(" " + p + " ") || joined.contains(" " + p) { provisional = true }
        for p in ["ارتفعت حصيله", "ارتفعت الحصيله", "ارتفع عدد", "يرتفع", "لترتفع", "وبذلك ترتفع", "ترتفع", "وصلت الحصيله", "حصيله جديده", "risen to", "rose to", "climbed to", "increased to", "bringing the toll", "bringing the death toll", "new toll", "ارتفعت", "ارتفع"] where joined.contains(" " + p + " ") { update = true }
        for p in ["في وقت سابق", "سابق", "حصيله سابقه", "earlier", "had earlier", "previously", "up from"] where joined.contains(" " + p + " ") { earlier = true }
        if set.contains("قد") == false && earlier && !update { earlier = true }
        regionalHeader = !set.isDisjoint(with: Lexicon.keys(["توزعت", "وتوزعت", "توزع", "distributed", "distribution", "regionally", "regional", "موزعة"]))
            && !set.isDisjoint(with: Lexicon.keys(["العمليات", "عمليات", "operations", "attacks", "الهجمات", "regionally", "regional", "المناطق", "المحافظات"]))
        while i < r.upperBound {
            let k = t[i].key
            if exclusionAt == nil {
                if (k == "تشمل" || k == "تتضمن" || k == "يشمل" || k == "تشمل" || k == "تحتسب" || k == "include" || k == "includes") && i > r.lowerBound && ["لا", "ولا", "لم", "ولم", "not", "doesn't", "don't", "does", "do"].contains(t[i - 1].key) { exclusionAt = i - 1 }
                if ["باستثناء", "excluding", "بخلاف"].contains(k) { exclusionAt = i }
                if k == "دون" || k == "not", i + 1 < r.upperBound, ["احتساب", "counting"].contains(t[i + 1].key) { exclusionAt = i }
            }
            if source == nil, let (name, e) = Self.sources.match(t, at: i, limit: r.upperBound) {
                _ = e
                if name == "Syrian Observatory for Human Rights" || Self.nearSaid(t, r, i) { source = name }
            }
            i += 1
        }
    }

    static func nearSaid(_ t: [Token], _ r: Range<Int>, _ i: Int) -> Bool {
        for j in max(r.lowerBound, i - 4)..<min(r.upperBound, i + 4) where saidWords.contains(t[j].key) || Lexicon.stems(t[j].key).contains(where: { saidWords.contains($0.stem) }) { return true }
        return false
    }
}
