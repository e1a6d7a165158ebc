import LedgerCore
import Testing

@Suite("Syria gazetteer data file")
struct SyriaGazetteerTests {
    @Test("fourteen governorates, each with its OCHA P-code, Arabic and English names")
    func governorates() {
        let govs = SyriaGazetteer.places.filter { $0.level == .governorate }
        #expect(govs.count == 14)
        #expect(Set(govs.compactMap(\.pcode)).count == 14)
        #expect(SyriaGazetteer.place("deir ez-zor")?.pcode == "SY09")
        #expect(SyriaGazetteer.place("deir ez-zor")?.names.ar == "دير الزور")
    }

    @Test("every town and district names a governorate the file holds; keys are unique")
    func consistent() {
        let keys = SyriaGazetteer.places.map(\.key)
        #expect(Set(keys).count == keys.count)
        for p in SyriaGazetteer.places where p.level != .area {
            #expect(p.admin1.flatMap(SyriaGazetteer.place)?.level == .governorate, "\(p.key)")
            if let d = p.admin2 { #expect(SyriaGazetteer.place(d)?.level == .district, "\(p.key) in \(d)") }
        }
        #expect(SyriaGazetteer.governorate(of: "al-ashara")?.pcode == "SY09")
        #expect(SyriaGazetteer.place("al-ashara")?.variants.contains("Al-Asharah") == true)
    }
}
