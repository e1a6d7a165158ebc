import LedgerCore
import Testing

/// The OCHA admin units of the gazetteer (tools/build_gazetteer.py): districts and sub-districts with
/// P-codes that nest in their governorate's, and towns placed in the sub-district they are the seat of.
@Suite("Syria gazetteer admin units")
struct SyriaGazetteerAdminTests {
    var places: [GazetteerPlace] { SyriaGazetteer.places }

    static func count(_ level: GazetteerPlace.Level) -> Int { SyriaGazetteer.places.filter { $0.level == level }.count }

    @Test("62 districts and 271 sub-districts, each with its P-code")
    func counts() {
        #expect(Self.count(.district) == 62)
        #expect(Self.count(.subdistrict) == 271)
        #expect(places.filter { [.governorate, .district, .subdistrict].contains($0.level) && $0.pcode == nil }.isEmpty)
        #expect(Self.count(.town) >= 300)
    }

    @Test("P-codes are SYnn, SYnnnn, SYnnnnnn by level, unique, and each begins with its parent's")
    func pcodes() throws {
        let digits: [GazetteerPlace.Level: Int] = [.governorate: 2, .district: 4, .subdistrict: 6]
        var seen = Set<String>()
        for p in places {
            guard let code = p.pcode else { continue }
            let n = try #require(digits[p.level], "\(p.key) has a P-code at level \(p.level)")
            let tail = code.dropFirst(2)
            #expect(code.count == 2 + n && code.hasPrefix("SY") && tail.allSatisfy { "0123456789".contains($0) }, "\(p.key): \(code)")
            #expect(seen.insert(code).inserted, "\(code) twice")
            let parent = p.level == .subdistrict ? p.admin2 : p.admin1
            if p.level != .governorate, let parent, let pc = SyriaGazetteer.place(parent)?.pcode {
                #expect(code.hasPrefix(pc), "\(p.key) \(code) under \(parent) \(pc)")
            }
        }
    }

    @Test("every admin1, admin2 and admin3 key names a place of that level, and they nest")
    func keys() {
        for p in places {
            if let a = p.admin1 { #expect(SyriaGazetteer.place(a)?.level == .governorate, "\(p.key): \(a)") }
            if let d = p.admin2 {
                let district = SyriaGazetteer.place(d)
                #expect(district?.level == .district && district?.admin1 == p.admin1, "\(p.key): \(d)")
            }
            if let s = p.admin3 {
                let sub = SyriaGazetteer.place(s)
                #expect(sub?.level == .subdistrict && sub?.admin2 == p.admin2, "\(p.key): \(s)")
            }
            let all = Set([p.names.ar, p.names.en] + p.variants)
            for u in p.unmatched ?? [] { #expect(all.contains(u), "\(p.key): unmatched \(u) is not one of its names") }
        }
    }

    /// Ordinary words, person names and places abroad that are also Syrian places: none may be a name the
    /// extractor matches alone.
    static let stopList: Set<String> = [
        "الباب", "الراعي", "الحراك", "التل", "الثورة", "الضمير", "المزرعة", "الشجرة", "الزيارة", "الصورة", "الحمراء",
        "الروضة", "الجيزة", "الناصرة", "الحاضر", "الحاجب", "ملح", "شين", "بنان", "جاسم", "صور", "ربيعة", "كسب", "نبل",
        "بلبل", "عوج", "قارة", "السفيرة", "الحجر الأسود", "أريحا", "سنجار", "مارع", "كريمة", "هنادي",
        "sarin", "sinjar", "shin", "dana", "banan", "jasim", "raju", "hanadi", "masada", "bab", "al bab", "tall", "hole",
        "sur", "center", "qara", "mari", "rabia", "bulbul",
    ]

    @Test("no name the extractor matches alone is an ordinary word on the stop-list")
    func stopWords() {
        for p in places {
            let out = Set((p.unmatched ?? []).map { $0.lowercased() })
            for n in [p.names.ar, p.names.en] + p.variants where !out.contains(n.lowercased()) {
                #expect(!Self.stopList.contains(n.lowercased()), "\(p.key): \(n)")
            }
        }
    }

    @Test("a town is found under its district and sub-district; the old keys keep their places")
    func lineage() {
        #expect(SyriaGazetteer.lineage(of: "al-atarib") == ["aleppo", "jebel saman district", "al-atarib"])
        #expect(SyriaGazetteer.place("al-atarib")?.admin3 == "atareb subdistrict")
        #expect(SyriaGazetteer.place("atareb subdistrict")?.pcode == "SY020001")
        #expect(SyriaGazetteer.place("al-mayadin district")?.pcode == "SY0903")
        #expect(SyriaGazetteer.place("al-ashara subdistrict")?.pcode == "SY090302")
        #expect(SyriaGazetteer.resolve("Madaya") == "madaya")
        #expect(SyriaGazetteer.lineage(of: "madaya") == ["rif dimashq", "az-zabdani district", "madaya"])
        #expect(SyriaGazetteer.resolve("مضايا") == "madaya")
        #expect(SyriaGazetteer.resolve("Hama") == "hama")
        #expect(SyriaGazetteer.resolve("Tartous") == "tartus")
        #expect(SyriaGazetteer.resolve("Ar-Raqqa") == "raqqa")
    }
}
