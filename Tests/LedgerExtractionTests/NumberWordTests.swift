import LedgerCore
import Testing
@testable import LedgerExtraction

@Suite("Number words")
struct NumberWordTests {
    static let arabic: [(String, Int)] = [
        ("ثلاثة", 3), ("ثلاث", 3), ("ثماني", 8), ("عشرة", 10), ("أحد عشر", 11), ("اثنا عشر", 12), ("ثلاث عشرة", 13),
        ("خمسة وعشرون", 25), ("خمس وعشرين", 25), ("مئة", 100), ("مائة", 100), ("مئتان", 200), ("ثلاثمئة", 300),
        ("ثلاث مئة", 300), ("مئة وخمسة وعشرون", 125), ("ألف", 1000), ("ألفين", 2000), ("ثلاثة آلاف", 3000), ("اربعة", 4),
    ]
    static let english: [(String, Int)] = [
        ("one", 1), ("Six", 6), ("thirteen", 13), ("twenty-five", 25), ("two hundred and twelve", 212), ("a dozen", 12),
        ("half a dozen", 6), ("half a million", 500_000), ("three thousand", 3000), ("ninety", 90),
    ]

    static func tokens(_ s: String) -> [Token] { Tokenizer.tokenize(TextNormalizer.normalize(s)) }

    @Test(arguments: arabic)
    func arabicWords(_ c: (String, Int)) {
        let t = Self.tokens(c.0)
        #expect(ArabicNumbers.parse(t, at: 0, limit: t.count)?.value == c.1)
    }

    @Test(arguments: english)
    func englishWords(_ c: (String, Int)) {
        let t = Self.tokens(c.0)
        #expect(EnglishNumbers.parse(t, at: 0, limit: t.count)?.value == c.1)
    }

    @Test("عشر does not fire inside عشرات")
    func vague() {
        let t = Self.tokens("عشرات")
        #expect(ArabicNumbers.parse(t, at: 0, limit: t.count) == nil)
    }

    @Test(arguments: [("12,480", 12480), ("12 480", 12480), ("١٢٬٤٨٠", 12480), ("۱۲", 12), ("12.480", 12480)])
    func separators(_ c: (String, Int)) {
        let t = Self.tokens(c.0)
        #expect(t.first?.value == c.1)
    }

    @Test(arguments: [("عنصران", 2), ("عنصرين", 2), ("سيدتان", 2), ("طفلين", 2), ("جنديين", 2)])
    func duals(_ c: (String, Int)) {
        #expect(figures(claims("قُتل \(c.0) في الهجوم.")).contains("killed:\(c.1)"))
    }

    @Test("a sound plural is not a dual")
    func soundPlural() {
        #expect(!figures(claims("مقتل مدنيين في القصف.")).contains("killed:2"))
        #expect(figures(claims("مقتل مدنيين اثنين في القصف.")).contains("killed:2"))
    }

    @Test("huge values do not trap")
    func huge() {
        let e = extract("قُتل 99999999999 شخصاً و999999999999999999999 آخرون.")
        checkInvariants(e, text: "قُتل 99999999999 شخصاً و999999999999999999999 آخرون.")
    }
}
