import LedgerCore
import Testing
@testable import LedgerExtraction

/// Constructions of the probe corpus's misses (`Tests/ProbeCorpus/SCORES.md`), each in sentences written for this test.
@Suite("Recall rules: inverted Arabic tolls, compound thousands, elided causes")
struct RecallRuleTests6 {
    static let tolls: [RuleCase] = [
        // T2: the rise verb, إلى, the number, then the toll's subject.
        RuleCase("t2-inverted-adad", "وبذلك يرتفع إلى 58 عدد القتلى المدنيين في ريف حمص منذ مطلع العام.", ["killed 58 civilians total"]),
        RuleCase("t2-inverted-hasila", "وبهذا ترتفع إلى 23 حصيلة من قُتلوا بانفجار الألغام في البادية منذ الصيف.", ["killed 23 all total"]),
        RuleCase("t2-inverted-partition",
                 "وبذلك يرتفع إلى 40 عدد الذين اغتيلوا في ريف درعا الغربي منذ مطلع العام، وهم: 31 مدنياً، و9 من عناصر الأمن العام.",
                 ["killed 40 all total", "killed 31 civilians part<40", "killed 9 government part<40"]),
        RuleCase("t2-rise-not-a-toll", "ارتفع إلى 12 عدد نقاط التفتيش على الطريق بين الرقة والطبقة.", [], absent: ["killed"]),
    ]

    @Test("T2 inverted Arabic tolls", arguments: tolls)
    func inverted(_ c: RuleCase) { expectRule(c) }

    static let numbers: [RuleCase] = [
        // D14: a thousands word and a remainder in digits.
        RuleCase("d14-alf-wa", "ووثق المرصد مقتل ألف و45 شخصاً في ريف إدلب خلال العام.", ["killed 1045 all total"], absent: ["killed 1000", "killed 45"]),
        RuleCase("d14-alfan-label", "وثق المرصد مقتل 3 آلاف و210 أشخاص، وتوزعوا كالتالي: المدنيون: ألفان و57، وقوات النظام: ألف و153.",
                 ["killed 3210 all total", "killed 2057 civilians part<3210", "killed 1153 regime part<3210"],
                 absent: ["killed 2000", "killed 57", "killed 1000", "killed 153"]),
        RuleCase("d14-alf-wounded-remainder", "أسفر القصف عن مقتل ألف و200 جريح.", [], absent: ["killed 1200"]),
    ]

    @Test("D14 compound thousands in words", arguments: numbers)
    func compound(_ c: RuleCase) { expectRule(c) }

    static let causes: [RuleCase] = [
        // L6: list items whose noun is dropped, followed by how or by whom they died.
        RuleCase("l6-ala-yad", "ووثق المكتب مقتل 20 شخصاً في المحافظة، هم: 12 على يد مجهولين، و5 بانفجار ألغام، و3 تحت التعذيب.",
                 ["killed 20 all total", "killed 12 all part<20", "killed 5 all part<20", "killed 3 all part<20"]),
        RuleCase("l6-fi-after-verb", "قضى 15 شخصاً بعمليات اغتيال، و6 في اشتباكات عشائرية، و2 برصاص عشوائي.",
                 ["killed 15 all total", "killed 6 all total", "killed 2 all total"]),
        RuleCase("l6-percent-is-not-an-item", "وقتل 30 شخصاً، و4 بالمئة منهم أطفال.", ["killed 30 all total"], absent: ["killed 4"]),
    ]

    @Test("L6 elided nouns with a cause", arguments: causes)
    func elided(_ c: RuleCase) { expectRule(c) }
}
