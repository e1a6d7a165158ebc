import LedgerCore
import Testing
@testable import LedgerExtraction

/// Dates written as Arabic ordinals («في الرابع عشر من نيسان») or in figures ("2025/4/18",
/// "18/04/2025"), as Arabic outlets and local networks often give them. Before, such a figure took
/// no date (or, «السادس من شباط», the whole month as a recalled period). Sentences are our own.
@Suite("Dates written as ordinals or in figures")
struct WrittenDateTests {
    static func day(_ text: String, published: String = "2025-04-20") -> String? {
        extract(text, published: published).claims.first?.eventDate?.day?.description
    }

    @Test("Arabic ordinal days before a month", arguments: [
        ("قُتل أربعة عناصر في الرابع عشر من نيسان الجاري بهجوم على حاجز قرب مدينة الصنمين.", "2025-04-14"),
        ("قتل شخصان في السادس من شباط 2025 بقصف على مدينة الباب.", "2025-02-06"),
        ("قتل ثلاثة مدنيين في الحادي والعشرين من شهر آذار بقصف على بلدة سرمين.", "2025-03-21"),
        ("قتل طفلان في الأول من نيسان بانفجار لغم في ريف منبج.", "2025-04-01"),
        ("قتل خمسة مدنيين في الثاني عشر من كانون الثاني بقصف على مدينة أريحا.", "2025-01-12"),
        ("قتل شاب في الثلاثين من آذار برصاص مجهولين في بلدة طفس.", "2025-03-30"),
    ])
    func ordinals(_ text: String, _ expected: String) {
        #expect(Self.day(text) == expected, "\(text)")
    }

    @Test("dates in figures", arguments: [
        ("قتل ستة مدنيين يوم 2025/4/18 بقصف على مدينة جسر الشغور.", "2025-04-18"),
        ("قتل ستة مدنيين يوم ١٨/٤/٢٠٢٥ بقصف على مدينة جسر الشغور.", "2025-04-18"),
        ("Six civilians were killed on 18/04/2025 in shelling on Jisr al-Shughur.", "2025-04-18"),
        ("Six civilians were killed on 2025-04-18 in shelling on Jisr al-Shughur.", "2025-04-18"),
        ("Six civilians were killed on 4/18/2025 in shelling on Jisr al-Shughur.", "2025-04-18"),
        ("Six civilians were killed on 03/04/2025 in shelling on Jisr al-Shughur.", "2025-04-03"),
    ])
    func figures(_ text: String, _ expected: String) {
        #expect(Self.day(text) == expected, "\(text)")
    }

    @Test("figures that are no date stay figures")
    func notDates() {
        let e = extract("The clashes on 12 - 14 fronts killed 9 fighters in Daraa on Monday.", published: "2025-04-20")
        #expect(e.claims.map(\.value) == [9], "\(e.claims.map(\.value))")
        // An ordinal that is no day: «الثاني» as "second" with no month after it.
        #expect(Self.day("قتل ثلاثة مدنيين في القصف الثاني من نوعه على بلدة سرمين يوم السبت.") == "2025-04-19")
    }
}
