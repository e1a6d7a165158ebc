import Foundation

extension SyriaGazetteer {
    /// The canonical key a place name stands for: the key itself, or any of a place's Arabic or English
    /// names or spelling variants, compared without case, diacritics, hyphens or a leading Arabic article
    /// (`Al-Asharah`, `Ashara`, `العشارة` all give `al-ashara`). Towns win over a sub-district or district
    /// of the same name. Nil for a name the gazetteer does not hold.
    public static func resolve(_ name: String) -> String? {
        if byKey[name] != nil { return name }
        return byFoldedName[fold(name)]
    }

    /// The keys from a place's governorate down to the place itself (`deir ez-zor`, `al-mayadin district`,
    /// `al-ashara`): governorate, district (when known), then the place. An area scope lying in one
    /// governorate gives that governorate; an area across several gives itself alone. Nil for a key the
    /// gazetteer does not hold.
    public static func lineage(of key: String) -> [String]? {
        guard let p = byKey[key] else { return nil }
        switch p.level {
        case .governorate:
            return [p.key]
        case .area:
            if let covers = p.covers, covers.count == 1 { return covers }
            return [p.key]
        case .district, .subdistrict, .town:
            var out: [String] = []
            if let a1 = p.admin1 { out.append(a1) }
            if let a2 = p.admin2, a2 != p.key { out.append(a2) }
            out.append(p.key)
            return out
        }
    }

    static let byFoldedName: [String: String] = {
        var out: [String: (key: String, rank: Int)] = [:]
        for p in places {
            // A town's name is the place a report means; a district or an area of the same name comes after.
            let rank: Int
            switch p.level {
            case .town: rank = 0
            case .governorate: rank = 1
            case .subdistrict: rank = 2
            case .district: rank = 3
            case .area: rank = 4
            }
            for n in [p.key, p.names.ar, p.names.en] + p.variants {
                let f = fold(n)
                guard !f.isEmpty else { continue }
                if let have = out[f], have.rank <= rank { continue }
                out[f] = (p.key, rank)
            }
        }
        return out.mapValues(\.key)
    }()

    /// A name folded for comparison: lower case, no diacritics, no hyphens, apostrophes or spaces, and
    /// no leading article (`al-`, `el-`, `ash-` ..., Arabic `ال`): two spellings of a place the gazetteer
    /// does not hold (`Tal-Marwan`, `tal marwan`) fold to one.
    public static func fold(_ name: String) -> String {
        var s = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        s = s.trimmingCharacters(in: .whitespacesAndNewlines)
        for art in ["al-", "el-", "ash-", "as-", "ad-", "ar-", "at-", "az-", "an-", "al ", "el "] where s.hasPrefix(art) {
            s = String(s.dropFirst(art.count))
            break
        }
        if s.hasPrefix("ال") && s.count > 3 { s = String(s.dropFirst(2)) }
        s.removeAll { $0 == "-" || $0 == " " || $0 == "'" || $0 == "’" || $0 == "ʿ" }
        // Common English endings of one Arabic name: Ashara / Asharah, Masaa / Masa'a.
        if s.hasSuffix("h") && s.count > 4 { s.removeLast() }
        return s
    }
}
