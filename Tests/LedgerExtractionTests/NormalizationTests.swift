import LedgerCore
import Testing
@testable import LedgerExtraction

@Suite("Normalisation and offsets")
struct NormalizationTests {
    @Test("digits, tatweel, diacritics and bidi marks")
    func basic() {
        let n = TextNormalizer.normalize("قُتِلَ ٣ عناصـر\u{200F} ۴")
        #expect(String(String.UnicodeScalarView(n.scalars)) == "قتل 3 عناصر 4")
    }

    @Test("offsets point into the original text")
    func offsets() throws {
        let text = "الـ\u{200F}ـخبر: قُتِلَ ٣ عناصـرٍ من «قسد» أمس."
        let e = extract(text)
        checkInvariants(e, text: text)
        let c = try #require(e.claims.first)
        #expect(c.span.text.contains("٣"))
    }

    @Test("mojibake is repaired and offsets stay valid")
    func mojibake() throws {
        let good = "قُتل 3 عناصر من قسد أمس في هجوم قرب بلدة ذيبان."
        let bytes = Array(good.utf8)
        let broken = String(String.UnicodeScalarView(bytes.map { b -> Unicode.Scalar in
            let map: [UInt8: UInt32] = [0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
                                         0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
                                         0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
                                         0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178]
            return Unicode.Scalar(map[b] ?? UInt32(b)) ?? " "
        }))
        let e = extract(broken)
        checkInvariants(e, text: broken)
        #expect(e.warnings.contains { $0.contains("mojibake") })
        #expect(figures(e.claims).contains("killed:3"))
    }

    @Test("language detection")
    func language() {
        #expect(extract("قُتل 3 عناصر من قسد أمس.").language == "ar")
        #expect(extract("Three SDF fighters were killed on Monday.").language == "en")
    }

    @Test(arguments: ["", " ", "\u{0640}\u{0640}", "٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩", "- : ، . بينهم هم:", "Ø§Ù„Ø", "a\u{0301}\u{0301}", "1,2,3,4,5,6,7", "قتل\n\n\n-"])
    func neverCrashes(_ text: String) {
        checkInvariants(extract(text), text: text)
        checkInvariants(extract(text, published: nil), text: text)
    }
}
