import LedgerCore
import Testing
@testable import LedgerExtraction

/// Where the wounded were taken is not where they were hurt: "a third member was wounded and taken
/// to a hospital in al-Hasakah" made a wounded incident in al-Hasakah beside the attack in al-Shuhayl
/// (found running an attack on a patrol told by three outlets). A hospital that was hit keeps its
/// place. Sentences are our own.
@Suite("Places of hospitals the wounded were taken to")
struct HospitalPlaceTests {
    static func places(_ text: String) -> [String] {
        extract(text, published: "2025-06-11").claims.map { "\($0.measure.rawValue) \($0.value) \($0.place?.name ?? "-")" }
    }

    @Test("the hospital's town is not the attack's")
    func takenTo() {
        let a = Self.places("Two SDF members were killed on Tuesday when gunmen opened fire on their patrol in al-Shuhayl. A third was wounded and taken to a hospital in al-Hasakah.")
        #expect(a == ["killed 2 al-shuhayl", "wounded 1 al-shuhayl"], "\(a)")
        let b = Self.places("أصيب ثلاثة مدنيين بقصف على قرية كفرنبل، ونقلوا إلى مشفى إدلب المركزي.")
        #expect(b == ["wounded 3 kafr nabl"], "\(b)")
        // Only the hospital names a place: the figure has none of its own.
        let c = Self.places("Four children were wounded by a landmine on Friday and were taken to hospitals in al-Bab.")
        #expect(c == ["wounded 4 -"], "\(c)")
    }

    @Test("a hospital that was hit keeps its town")
    func hit() {
        #expect(Self.places("An airstrike hit a hospital in Azaz on Saturday, killing three patients.") == ["killed 3 azaz"])
        #expect(Self.places("قتل شخصان بقصف استهدف مشفى في مدينة الأتارب.") == ["killed 2 al-atarib"])
    }
}

/// "A passer-by was also injured in the attack and taken to a hospital in …": the toll points back to
/// the attack told before and takes its place and day.
@Suite("A toll in the attack told before")
struct SameAttackTests {
    @Test("no place or day of its own: the previous toll's")
    func follows() {
        let cs = extract("Gunmen killed two Asayish members on Sunday at a checkpoint in al-Shuhayl. A passer-by was also injured in the attack and taken to a hospital in al-Hasakah for treatment.", published: "2025-06-16").claims
        let wounded = cs.first { $0.measure == .wounded }
        #expect(wounded?.place?.name == "al-shuhayl" && wounded?.eventDate?.day?.description == "2025-06-15", "\(cs)")
    }

    @Test("a place or day of its own stays")
    func ownStays() {
        let cs = extract("Gunmen killed two Asayish members on Sunday at a checkpoint in al-Shuhayl. Also on Sunday, a shell wounded a child in Dhiban.", published: "2025-06-16").claims
        let wounded = cs.first { $0.measure == .wounded }
        #expect(wounded?.place?.text == "Dhiban" && wounded?.place?.name != "al-shuhayl", "\(cs)")
    }
}
