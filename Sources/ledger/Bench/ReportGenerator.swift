import Foundation
import LedgerCore

/// Generates realistic synthetic reports in the styles of the sample corpus: a monitor's incident
/// followed by its running tally (Arabic and English), wire-copy incidents, and filler paragraphs,
/// about 2 KB each, with varied figures, places, categories and dates.
struct ReportGenerator {
    struct Report {
        var name: String
        var text: String
        var published: Day
        var language: String
        /// Who published it (one monitor in the hard data, many in the realistic data).
        var publisher = "Bench Monitor"
    }

    private var rng: SplitMix64
    private let start = Day(year: 2023, month: 1, day: 1)!
    /// The shape of the data: one area over 540 days, or many places, publishers and years.
    let data: BenchData
    /// About how many reports the run takes (the realistic data spreads its ten years over them).
    let expectedReports: Int

    init(seed: UInt64, data: BenchData = .hard, expectedReports: Int = 100_000) {
        rng = SplitMix64(seed: seed)
        self.data = data
        self.expectedReports = max(1, expectedReports)
    }

    static let arabicPlaces = ["الشحيل", "ذيبان", "البصيرة", "الميادين", "حوايج بومصعة", "جديد عكيدات", "أبو خشب", "الصور", "حطلة", "الكرامة"]
    static let englishPlaces = ["al-Shuhayl", "Dhiban", "al-Busayrah", "al-Mayadin", "Hawayej", "Jadeed Akidat", "Abu Khashab", "al-Sour", "Hatla", "al-Karama"]
    static let arabicVictims = [("مدنياً", "مدنيين"), ("عنصراً من «قسد»", "عناصر من «قسد»"), ("من قوات النظام", "من قوات النظام")]
    static let englishVictims = ["civilians", "SDF fighters", "regime soldiers"]
    static let arabicFiller = [
        "وتشهد المنطقة توتراً أمنياً متصاعداً منذ أسابيع، وسط انتشار لحواجز قوى الأمن الداخلي على الطرق الرئيسية بين القرى.",
        "ويأتي ذلك في ظل حملات أمنية متكررة تنفذها القوات بدعم من التحالف الدولي، تستهدف خلايا يُتهم أفرادها بالارتباط بالتنظيم.",
        "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى ساعة إعداد هذا التقرير، فيما فتحت الجهات المعنية تحقيقاً في الحادثة.",
    ]
    static let englishFiller = [
        "The area has seen rising tension for weeks, with checkpoints set up on the main roads between villages.",
        "Security campaigns backed by the US-led coalition have repeatedly targeted cells accused of links to the group.",
        "No party has claimed responsibility for the attack so far, and local authorities said an investigation had begun.",
    ]

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// The `index`-th report; Arabic and English alternate.
    mutating func report(_ index: Int) -> Report {
        if data == .realistic { return realistic(index) }
        let published = start.adding(days: int(0...540))
        if index % 2 == 0 {
            return Report(name: String(format: "%07d_ar_generated.txt", index), text: arabic(index, published), published: published, language: "ar")
        }
        return Report(name: String(format: "%07d_en_generated.txt", index), text: english(index, published), published: published, language: "en")
    }

    mutating func arabic(_ index: Int, _ published: Day) -> String {
        let place = pick(Self.arabicPlaces)
        let (singular, plural) = pick(Self.arabicVictims)
        let killed = int(1...9), wounded = int(0...6)
        let ops = int(40...400), total = int(60...300)
        let civ = int(10...(total / 2)), sdf = int(5...(total - civ - 1)), isd = total - civ - sdf
        var text = "محافظة دير الزور – المرصد السوري لحقوق الإنسان:: "
        text += killed == 1 ? "قُتل \(singular.replacingOccurrences(of: "اً", with: "")) " : "قُتل \(killed) \(plural) "
        text += "برصاص مسلحين مجهولين يستقلون دراجة نارية، مساء أمس، في بلدة \(place) بريف دير الزور الشرقي"
        text += wounded > 0 ? "، وأصيب \(wounded) آخرون بجروح متفاوتة.\n\n" : ".\n\n"
        text += pick(Self.arabicFiller) + " " + pick(Self.arabicFiller) + "\n\n"
        text += "وبذلك، يكون المرصد السوري قد أحصى \(ops) عملية نفذتها خلايا التنظيم ضمن مناطق نفوذ «الإدارة الذاتية» منذ مطلع العام \(published.year)، "
        text += "وبلغت حصيلة القتلى جراء هذه العمليات \(total) قتيلاً، هم: \(civ) مدنياً، و\(sdf) من «قسد» وتشكيلات عسكرية أخرى، و\(isd) من عناصر التنظيم.\n\n"
        text += pick(Self.arabicFiller) + " " + pick(Self.arabicFiller) + " " + pick(Self.arabicFiller) + "\n"
        text += "(تقرير مولّد رقم \(index))\n"
        return text
    }

    mutating func english(_ index: Int, _ published: Day) -> String {
        let place = pick(Self.englishPlaces)
        let victims = pick(Self.englishVictims)
        let killed = int(2...12), wounded = int(0...8)
        let ops = int(40...400), total = int(60...300)
        let civ = int(10...(total / 2)), sdf = int(5...(total - civ - 1)), isd = total - civ - sdf
        var text = "DEIR EZ-ZOR, Syria – \(killed) \(victims) were killed"
        text += wounded > 0 ? " and \(wounded) others wounded" : ""
        text += " when gunmen opened fire near \(place) on Tuesday evening, a security source said.\n\n"
        text += pick(Self.englishFiller) + " " + pick(Self.englishFiller) + "\n\n"
        text += "The Observatory has documented \(ops) IS operations in areas controlled by the Autonomous Administration since early \(published.year). "
        text += "According to its figures, these operations left \(total) people dead:\n"
        text += "• \(civ) civilians.\n• \(sdf) members of the SDF and other military formations.\n• \(isd) IS members.\n\n"
        text += pick(Self.englishFiller) + " " + pick(Self.englishFiller) + " " + pick(Self.englishFiller) + "\n"
        text += "(generated report \(index))\n"
        return text
    }
}
