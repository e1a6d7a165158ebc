import Foundation
import LedgerCore
import LedgerExtraction
import PropertyBased
import Testing

/// The extractor's contract, for any text: no crash, no hang, every span inside the text and equal to
/// the text at its offsets, no negative value, unique ids, parents and supersessions that name claims
/// of the same output (and form no cycle), the report's own content hash, the same output twice.
@Suite("Extractor fuzzing")
struct ExtractorFuzzTests {
    @Test("random Arabic-heavy text keeps the extraction contract")
    func randomText() async {
        await FuzzBudget.run("extractor, random text") { count in
            var ok = true
            await propertyCheck(count: count, input: ArabicText.generator()) { text in
                let problems = ExtractionInvariants.check(text)
                if !problems.isEmpty { ok = false }
                #expect(problems.isEmpty, "\(problems.prefix(5).joined(separator: "; "))")
            }
            return ok
        }
    }

    @Test("random text built from casualty sentences keeps the extraction contract")
    func sentenceLike() async {
        // Longer texts from fragments only: closer to real reports, so a real extractor finds claims.
        let sentence = Gen.int(in: 0...Int(UInt32.max)).array(of: 1...400).map { tokens in
            tokens.map { v in ArabicText.fragments[v % ArabicText.fragments.count] + (v % 5 == 0 ? "" : " ") }.joined()
        }
        await FuzzBudget.run("extractor, sentence-like text") { count in
            var ok = true
            await propertyCheck(count: count, input: sentence) { text in
                let problems = ExtractionInvariants.check(text)
                if !problems.isEmpty { ok = false }
                #expect(problems.isEmpty, "\(problems.prefix(5).joined(separator: "; "))")
            }
            return ok
        }
    }

    /// Hand-written inputs that have broken parsers before.
    static let adversarial: [(String, String)] = [
        ("empty", ""),
        ("one space", " "),
        ("only white space", " \n\t\r\n\u{00A0}\u{2028}\u{3000}"),
        ("only tatweel", String(repeating: "\u{0640}", count: 1000)),
        ("one digit", "3"),
        ("one Arabic-Indic digit", "٣"),
        ("only digits", String(repeating: "1234567890", count: 1000)),
        ("only Arabic-Indic digits", String(repeating: "٠١٢٣٤٥٦٧٨٩", count: 1000)),
        ("digits with separators", "١٢٬٤٨٠ 12,480 12.480 ٣٫٥ 1,2,3,4,5,6,7,8,9 ,,,, ٬٬٬ ...."),
        ("10k قتل", String(repeating: "قتل ", count: 10_000)),
        ("10k قتل without spaces", String(repeating: "قتل", count: 10_000)),
        ("10k killed", String(repeating: "killed ", count: 10_000)),
        ("bينهم chain", "قتل 100 شخص " + String(repeating: "بينهم 5 ", count: 3000)),
        ("هم: chain", String(repeating: "هم: ", count: 3000) + "3 مدنيين"),
        ("including chain", "100 were killed " + String(repeating: "including 5 ", count: 3000)),
        ("lone combining marks", "\u{0301}\u{0651}\u{064B} \u{0300}3\u{0301} قتل\u{0651}\u{0651}\u{0651} 4\u{20DD}"),
        ("combining marks only", String(repeating: "\u{0301}", count: 5000)),
        ("mixed RTL/LTR", "قُتل 3 civilians في دير الزور and 4 مدنيين were wounded \u{202B}killed 5\u{202C} \u{2067}٧ قتلى\u{2069}"),
        ("bidi overrides", "\u{202E}قتل 3 مدنيين\u{202C}\u{202D}killed 4\u{202C}" + String(repeating: "\u{202E}", count: 500)),
        ("zero-width everywhere", "ق\u{200B}ت\u{200C}ل\u{200D} \u{FEFF}3\u{200B} م\u{200D}د\u{200C}ن\u{200B}ي\u{FEFF}ين"),
        ("huge numbers", "killed 99999999999999999999999999999999 civilians; قتل ٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩ مدنياً; 9223372036854775808 wounded"),
        ("Int.max and neighbours", "killed 9223372036854775807, wounded 9223372036854775806, missing 18446744073709551615"),
        ("negative-looking", "killed -5 civilians, wounded −3 (minus sign), قتل -٧"),
        ("subset larger than total", "قُتل 3 مدنيين بينهم 5 أطفال"),
        ("parts larger than total", "31 قتيلاً بينهم 20 من «قسد» و60 مدنيين و50 من التنظيم"),
        ("mojibake sentence", ArabicText.mojibake("قُتل 3 مدنيين وأصيب 5 آخرون في قصف على بلدة الشحيل بريف دير الزور")),
        ("half-repaired mojibake", "Ù‚ØªÙ„ 3 Ù…Ø¯Ù†ÙŠÙŠÙ† Ø Ù Ø§Ù" + ArabicText.mojibake("أصيب 5")),
        ("unbalanced quotes", "«قسد قتل 3 «عناصر «من» «» » » “killed 4” ” “ \""),
        ("deep brackets", String(repeating: "(", count: 5000) + "قتل 3" + String(repeating: ")", count: 5000)),
        ("emoji and flags", "👨‍👩‍👧‍👦 killed 3 🇸🇾🇸🇾 civilians 💥 قتل ٤ 🔥" + String(repeating: "🇸", count: 999)),
        ("astral digits", "killed 𝟙𝟚 civilians, 𝟘 wounded"),
        ("CRLF and form feeds", "قتل 3\r\nمدنيين\r\r\n\u{0C}killed\r4\rwounded"),
        ("HTML", "<html><script>var k = 'قتل 500';</script><p>قُتل 3 مدنيين</p><!-- 9 killed --></html>"),
        ("one long word", String(repeating: "ا", count: 100_000)),
        ("one long number", String(repeating: "9", count: 100_000)),
        ("numbers and words alternating", (0..<5000).map { "\($0) قتل" }.joined(separator: " ")),
        ("Arabic number words", "قتل خمسة وعشرين مدنياً وثماني سيدات وأربع عناصر وعنصران ومئة وألف وألفان ومليون"),
        ("dates and times", "١٤ تشرين الثاني ٢٠٢٣ 07:49AM 2023-06-10 10/06/2023 قتل 3 الساعة 05:32 م"),
    ]

    @Test("hand-written adversarial inputs keep the extraction contract", arguments: adversarial.indices)
    func adversarialInput(_ index: Int) {
        let (name, text) = Self.adversarial[index]
        let problems = ExtractionInvariants.check(text)
        #expect(problems.isEmpty, "\(name): \(problems.prefix(5).joined(separator: "; "))")
    }
}
