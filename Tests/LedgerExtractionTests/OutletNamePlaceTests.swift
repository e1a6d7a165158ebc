import LedgerCore
import Testing
@testable import LedgerExtraction

/// An outlet whose name holds a place ("تلفزيون سوريا", "Syria TV") is cited in the sentence of a
/// killing; the place word is part of its name, not where the victim died. Read as the place, it made
/// a Daraa shooting a figure of "Syria" (which links across every governorate). Sentences are our own.
@Suite("Places: an outlet's name is no place")
struct OutletNamePlaceTests {
    @Test func arabicOutletName() {
        let e = extract("وقالت مصادر محلية لتلفزيون سوريا إن مسلحين مجهولين قتلوا شاباً في بلدة نصيب بريف درعا.")
        let killed = e.claims.filter { $0.measure == .killed }
        #expect(killed.count == 1)
        #expect(killed.first?.place?.name != "syria", "\(String(describing: killed.first?.place))")
        let other = extract("وأفادت مصادر لقناة حلب أن قصفاً مدفعياً قتل ثلاثة مدنيين في قرية كفرنوران.")
        #expect(other.claims.first { $0.measure == .killed }?.place?.name != "aleppo")
    }

    @Test func englishOutletName() {
        let e = extract("A farmer was shot dead near the town of Nassib in the Daraa countryside, local sources told Syria TV.")
        let killed = e.claims.filter { $0.measure == .killed }
        #expect(killed.first?.place?.admin1 == "daraa", "\(String(describing: killed.first?.place))")
        #expect(killed.first?.place?.name != "syria")
    }

    @Test func thePlaceItselfStillCounts() {
        // The same words with no outlet noun are a place.
        let e = extract("Three civilians were killed by shelling in Aleppo on Monday.")
        #expect(e.claims.first { $0.measure == .killed }?.place?.name == "aleppo")
    }
}
