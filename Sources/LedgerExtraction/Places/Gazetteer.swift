import LedgerCore

/// Syrian places and area scopes, Arabic and English names with transliteration variants folded.
enum Gazetteer {
    struct Entry: Sendable {
        var name: String
        var admin1: String?
        /// 0 = area scope, 1 = province, 2 = district, 3 = sub-district, 4 = town or village.
        var level: Int
    }

    static let table: PhraseTable<Entry> = {
        var t = PhraseTable<Entry>()
        func add(_ name: String, _ admin1: String?, _ level: Int, _ variants: [String]) {
            let e = Entry(name: name, admin1: admin1, level: level)
            for v in variants {
                t.add(v, e)
                let low = v.lowercased()
                for art in ["al-", "el-", "ash-", "as-", "ad-", "ar-", "at-", "az-", "an-"] where low.hasPrefix(art) {
                    t.add(String(v.dropFirst(art.count)), e)
                }
            }
        }
        add("deir ez-zor", "deir ez-zor", 1, ["دير الزور", "ديرالزور", "Deir ez-Zor", "Deir Ezzor", "Deir al-Zour", "Dayr az-Zawr", "Deir el-Zor", "Deir Ez Zor", "Deir al-Zor", "Deir Ezzour"])
        add("hasakah", "hasakah", 1, ["الحسكة", "Hasakah", "al-Hasakah", "Hasaka", "Hassakeh", "Hasakeh", "al-Hasaka"])
        add("raqqa", "raqqa", 1, ["الرقة", "Raqqa", "al-Raqqa", "Raqqah", "ar-Raqqah"])
        add("aleppo", "aleppo", 1, ["حلب", "Aleppo"])
        add("homs", "homs", 1, ["حمص", "Homs"])
        add("hama", "hama", 1, ["حماة", "Hama", "Hamah"])
        add("idlib", "idlib", 1, ["إدلب", "Idlib", "Idleb"])
        add("damascus", "damascus", 1, ["دمشق", "Damascus"])
        add("rif dimashq", "rif dimashq", 1, ["ريف دمشق", "Rif Dimashq", "Damascus countryside"])
        add("daraa", "daraa", 1, ["درعا", "Daraa", "Deraa", "Dara'a"])
        add("suwayda", "suwayda", 1, ["السويداء", "Suwayda", "Sweida", "as-Suwayda"])
        add("quneitra", "quneitra", 1, ["القنيطرة", "Quneitra"])
        add("latakia", "latakia", 1, ["اللاذقية", "Latakia", "Lattakia"])
        add("tartus", "tartus", 1, ["طرطوس", "Tartus", "Tartous"])
        add("al-mayadin", "deir ez-zor", 4, ["الميادين", "al-Mayadeen", "al-Mayadin", "Mayadin", "Mayadeen"])
        add("al-busayrah", "deir ez-zor", 4, ["البصيرة", "al-Busayrah", "al-Basira", "al-Basirah", "Al-Baseera", "Al-Bassirah", "Busayra"])
        add("al-shuhayl", "deir ez-zor", 4, ["الشحيل", "al-Shuhayl", "al-Shuhail", "Ash-Shahil", "Shuhail", "Shuhayl"])
        add("thiban", "deir ez-zor", 4, ["ذيبان", "Thiban", "Dhiban", "Diban", "Thebah"])
        add("hawayij bu masa'a", "deir ez-zor", 4, ["حوايج بومصعة", "حوائج بومصعة", "حوايج بو مصعة", "حوائج بو مصعة", "Hawaij Bou Masaa", "Hawayej Bu Masaa", "Hawayij Bu Masa'a"])
        add("al-hawayij", "deir ez-zor", 4, ["الحوايج", "الحوائج", "حوايج", "حوائج", "al-Hawayej", "Al-Hawaij", "Al-Hawayj", "Hawayej", "Hawaij"])
        add("jadid akidat", "deir ez-zor", 4, ["جديد عكيدات", "Jadeed Akidat", "Jdeidat Akidat", "Jdid Akidat", "Jadid Akidat"])
        add("ghwayran", "hasakah", 4, ["غويران", "Ghwayran", "Ghuwayran", "Ghweran", "Gweran", "Ghawayran", "Ghwairan"])
        add("kabajeb", "deir ez-zor", 4, ["كباجب", "Kabajeb", "Kobajjep", "Kobajib"])
        add("fenejin", "deir ez-zor", 4, ["فنجين", "Fenejin", "Fangeel", "Fanigol"])
        add("abu khashab", "deir ez-zor", 4, ["أبو خشب", "Abu Khashab", "Abou Khasahb", "Abu Khashb"])
        add("al-suwar", "deir ez-zor", 4, ["الصور", "al-Sour", "Suwar", "al-Suwar"])
        add("hatla", "deir ez-zor", 4, ["حطلة", "Hatla", "Hatlah"])
        add("albu kamal", "deir ez-zor", 4, ["البوكمال", "البو كمال", "Albu Kamal", "Abu Kamal", "Al-Bukamal", "Boukamal", "Bukamal"])
        add("al-karama", "raqqa", 4, ["الكرامة", "al-Karama", "Karama", "al-Karamah"])
        add("al-shaddadi", "hasakah", 4, ["الشدادي", "al-Shaddadi", "Shaddadi", "Shadadi", "al-Shadadi"])
        add("al-jasimi", "deir ez-zor", 4, ["الجاسمي", "al-Jasimi", "Jasimi"])
        add("al-hisan", "deir ez-zor", 4, ["الحصان", "al-Hisan", "Hisan"])
        add("al-tayyana", "deir ez-zor", 4, ["الطيانة", "al-Tayyana", "Tayyana", "Tayana"])
        add("al-sukhnah", "homs", 4, ["السخنة", "al-Sukhnah", "Sukhnah", "Sukhna", "al-Sukhna"])
        add("palmyra", "homs", 4, ["تدمر", "Palmyra", "Tadmur"])
        add("maadan", "raqqa", 4, ["معدان", "Maadan", "Ma'dan"])
        add("al-tabqa", "raqqa", 4, ["الطبقة", "al-Tabqa", "Tabqa"])
        add("manbij", "aleppo", 4, ["منبج", "Manbij"])
        add("qamishli", "hasakah", 4, ["القامشلي", "Qamishli", "al-Qamishli", "Qamishlo"])
        add("al-hol", "hasakah", 4, ["الهول", "al-Hol", "al-Hawl", "Hol"])
        add("hajin", "deir ez-zor", 4, ["هجين", "Hajin"])
        add("al-susah", "deir ez-zor", 4, ["السوسة", "al-Susah", "Susah", "al-Sousa"])
        add("al-baghuz", "deir ez-zor", 4, ["الباغوز", "Baghuz", "al-Baghuz"])
        add("al-jalaa", "deir ez-zor", 4, ["الجلاء", "al-Jalaa"])
        add("al-omar", "deir ez-zor", 4, ["حقل العمر", "al-Omar field", "Omar oil field"])
        add("al-kasra", "deir ez-zor", 4, ["الكسرة", "al-Kasra", "Kasra"])
        add("muhasan", "deir ez-zor", 4, ["موحسن", "Muhasan", "Mohasan"])
        add("al-ashara", "deir ez-zor", 4, ["العشارة", "al-Ashara", "Ashara"])
        add("diban", "deir ez-zor", 4, [])
        add("aanes", nil, 0, ["مناطق نفوذ الإدارة الذاتية", "مناطق الإدارة الذاتية", "مناطق سيطرة الإدارة الذاتية", "مناطق نفوذ قسد", "الإدارة الذاتية",
                              "areas controlled by the Autonomous Administration", "Autonomous Administration", "AANES", "SDF-held areas", "SDF-controlled areas"])
        add("badia", nil, 0, ["البادية السورية", "البادية", "بادية الشام", "Syrian desert", "Syrian Badia", "Badia", "Syrian Badiya", "Badiya", "Badiyah",
                              "Syria's desert"])
        add("syria", nil, 0, ["الأراضي السورية", "سوريا", "سورية", "Syria"])
        // The gazetteer data file's governorates, towns and villages: names and spellings the list above
        // lacks (the phrases above, added first, win where both give one).
        for p in SyriaGazetteer.places {
            switch p.level {
            case .governorate: add(p.key, p.admin1, 1, matchable(p))
            case .town: add(p.key, p.admin1, 4, matchable(p))
            case .district: add(p.key, p.admin1, 2, adminForms(p, suffix: " district", arabic: nil))
            case .subdistrict: add(p.key, p.admin1, 3, adminForms(p, suffix: " sub-district", arabic: "ناحية "))
            case .area: continue
            }
        }
        return t
    }()

    /// A district's or sub-district's names in their explicit forms only ("Afrin district", "ناحية هجين"),
    /// with its seat town's spellings ("al-Mayadin district", "Mayadeen district"). A bare town name stays
    /// the town's; an Arabic "منطقة X" (also "the area of X") is not read as the district.
    static func adminForms(_ p: GazetteerPlace, suffix: String, arabic: String?) -> [String] {
        let seat = SyriaGazetteer.places.first { t in
            t.level == .town && (p.level == .district ? t.admin2 == p.key && t.admin3.flatMap(SyriaGazetteer.place)?.pcode?.hasSuffix("00") == true
                : t.admin3 == p.key)
        }
        let isArabic = { (s: String) in s.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } }
        var out = ([p.names.en] + p.variants).filter { !isArabic($0) && $0.lowercased().hasSuffix(suffix) }
        if let arabic { out += ([p.names.ar] + p.variants).filter { $0.hasPrefix(arabic) } }
        if let seat {
            let names = [seat.names.en] + seat.variants
            out += names.filter { !isArabic($0) }.map { $0 + suffix }
            if let arabic { out += ([seat.names.ar] + seat.variants).filter(isArabic).map { arabic + $0 } }
        }
        return out
    }

    /// A place's names and spellings the extractor looks for: all but those the data file marks as
    /// ordinary words or names that are not the place (`unmatched`).
    /// An unmatched name is still read after a settlement noun ("مدينة أريحا", "ببلدة الراعي", "the town of Jasim"):
    /// there it can only be the place.
    static func matchable(_ p: GazetteerPlace) -> [String] {
        let unmatched = p.unmatched ?? []
        let out = Set(unmatched.map { $0.lowercased() })
        let isArabic = { (s: String) in s.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } }
        let settled = p.level == .town ? unmatched.flatMap { n in (isArabic(n) ? settlementNouns : englishSettlementNouns).map { $0 + " " + n } } : []
        return ([p.names.ar, p.names.en] + p.variants).filter { !out.contains($0.lowercased()) } + settled
    }

    static let settlementNouns = ["مدينة", "بمدينة", "ومدينة", "لمدينة", "بلدة", "ببلدة", "وبلدة", "لبلدة", "قرية", "بقرية", "وقرية", "لقرية"]
    static let englishSettlementNouns = ["town of", "city of", "village of"]

    /// Calls `body` with each gazetteer entry named in tokens `range`, in order, and the tokens it
    /// spans, until `body` returns false.
    static func forEachMatch(_ tokens: [Token], _ range: Range<Int>, _ body: (Entry, Int, Int) -> Bool) {
        var i = range.lowerBound
        while i < range.upperBound {
            if tokens[i].isWord, let (e, end) = table.match(tokens, at: i, limit: range.upperBound) {
                guard isOutletName(tokens, i, end) || body(e, i, end) else { return }
                i = end
                continue
            }
            i += 1
        }
    }

    static func place(_ e: Entry, _ tokens: [Token], _ s: Int, _ end: Int, text: NormalizedText, admin1: String?) -> Place {
        Place(name: e.name, text: text.span(tokens[s].start, tokens[end - 1].end).text, admin1: admin1)
    }

    /// The most specific place named in tokens `range` (a town beats a province beats an area).
    static func find(_ tokens: [Token], _ range: Range<Int>, text: NormalizedText) -> Place? {
        var best: (Entry, Int, Int)?
        forEachMatch(tokens, range) { e, s, end in
            if isDestination(tokens, s, from: range.lowerBound) { return true }
            // A dateline's capitals ("DAMASCUS, July 14 (Xinhua) --") name where the story was filed: a place of the same level
            // named in the text wins over it.
            let dateline = { (b: (Entry, Int, Int)) in tokens[b.1].caps && !tokens[s].caps && e.level == b.0.level }
            if let b = best, e.level <= b.0.level, !dateline(b) {} else { best = (e, s, end) }
            return true
        }
        guard let (e, s, end) = best else { return nil }
        return place(e, tokens, s, end, text: text, admin1: e.admin1)
    }

    static let mediaNouns: KeySet = Lexicon.keys(["تلفزيون", "تلفاز", "قناة", "إذاعة", "اذاعة", "راديو", "شبكة"])
    static let mediaSuffixes: KeySet = Lexicon.keys(["tv", "television"])

    /// A place name that is part of an outlet's name ("تلفزيون سوريا", "Syria TV"): no place of the story.
    static func isOutletName(_ tokens: [Token], _ s: Int, _ end: Int) -> Bool {
        if s > 0, mediaNouns.contains(tokens[s - 1].key) || tokens[s - 1].stems.contains(where: { mediaNouns.contains($0.stem) }) {
            return true
        }
        return end < tokens.count && mediaSuffixes.contains(tokens[end].key)
    }

    static let motionWords: KeySet = Lexicon.keys([
        "heading", "headed", "way", "travelling", "traveling", "route", "returning", "bound", "moving", "driving",
        "متوجه", "متوجها", "متوجهين", "متوجهة", "طريقه", "طريقهم", "طريقها", "عائدا", "عائدين", "قاصدين", "قاصدا",
    ])
    static let toWords: KeySet = Lexicon.keys(["to", "towards", "toward", "for", "إلى", "الى", "نحو", "باتجاه"])

    /// A place named as where the victims were going ("while heading to the city of Hasakah",
    /// "في طريقهم إلى الحسكة"), or where the wounded were taken (``isHospitalTaken(_:_:from:)``): not
    /// where they died.
    static func isDestination(_ tokens: [Token], _ s: Int, from lo: Int) -> Bool {
        if isHospitalTaken(tokens, s, from: lo) { return true }
        var j = s - 1, seen = 0
        while j >= lo, seen < 4 {
            if tokens[j].isPunct(".") || tokens[j].isPunct(",") { return false }
            if toWords.contains(tokens[j].key) {
                let k = j - 1
                return k >= lo && (motionWords.contains(tokens[k].key) || tokens[k].stems.contains(where: { motionWords.contains($0.stem) }))
            }
            j -= 1; seen += 1
        }
        return false
    }

    static let hospitalNouns: KeySet = Lexicon.keys([
        "hospital", "hospitals", "مشفى", "المشفى", "مستشفى", "المستشفى", "مشافي", "المشافي", "مستشفيات", "المستشفيات", "مشفيات", "المشفيات",
    ])
    static let hospitalFillers: KeySet = ["a", "the", "in", "at", "one", "of"]
    static let takenWords: KeySet = Lexicon.keys(["to", "إلى", "الى", "treated", "treatment", "admitted", "العلاج", "لتلقي", "لإسعافهم", "لاسعافهم"])

    /// A place named as where the wounded were taken ("taken to a hospital in al-Hasakah", «نُقل إلى
    /// مشفى الحسكة», "treated in hospitals in Turkey"): not where they were hurt. A hospital that was
    /// hit ("a strike on a hospital in Azaz") keeps its place: a word of taking or treating must come
    /// right before the hospital.
    static func isHospitalTaken(_ tokens: [Token], _ s: Int, from lo: Int) -> Bool {
        var j = s - 1, seen = 0
        while j >= lo, seen < 5 {
            if tokens[j].isPunct(".") || tokens[j].isPunct(",") { return false }
            if hospitalNouns.contains(tokens[j].key) || tokens[j].stems.contains(where: { hospitalNouns.contains($0.stem) }) {
                var k = j - 1
                while k >= lo, hospitalFillers.contains(tokens[k].key) { k -= 1 }
                return k >= lo && (takenWords.contains(tokens[k].key) || tokens[k].stems.contains(where: { takenWords.contains($0.stem) }))
            }
            j -= 1; seen += 1
        }
        return false
    }

    /// Every place named in tokens `range`, in order (the story's place is checked against all of them).
    static func all(_ tokens: [Token], _ range: Range<Int>, text: NormalizedText) -> [Place] {
        var out: [Place] = []
        forEachMatch(tokens, range) { e, s, end in
            // Where someone was going or was taken is not where the story happened.
            if isDestination(tokens, s, from: range.lowerBound) { return true }
            out.append(place(e, tokens, s, end, text: text, admin1: e.admin1))
            return true
        }
        return out
    }

    /// An area scope ("areas of the Autonomous Administration", "the Syrian desert") in `range`.
    static func area(_ tokens: [Token], _ range: Range<Int>, text: NormalizedText) -> Place? {
        var found: Place?
        forEachMatch(tokens, range) { e, s, end in
            guard e.level == 0 && e.name != "syria" else { return true }
            found = place(e, tokens, s, end, text: text, admin1: nil)
            return false
        }
        return found
    }
}
