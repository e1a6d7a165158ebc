import LedgerCore
import Testing
@testable import LedgerExtraction

/// Constructions met on real pages read for this change (North Press, Baladi News, SANA, SOHR English tolls), in sentences
/// written for the test.
@Suite("Recall rules: constructions from pages read")
struct RecallRuleTests9 {
    static let cases: [RuleCase] = [
        RuleCase("p-fatally-shot", "A municipal clerk was fatally shot on Tuesday by two men on a motorbike in Hajin.",
                 ["killed 1 civilians total"], absent: ["killed 2"]),
        RuleCase("p-by-list-stays", "In the past month 38 people were killed by regime forces, 2 by Russian forces and 5 by IS.",
                 ["killed 38 all total", "killed 5 all total"]),
        RuleCase("p-unidentified-body", "وعثر رعاة صباح اليوم على جثة مجهولة الهوية قرب سد الوحدة.", ["killed 1 unidentified total"]),
        RuleCase("p-body-of-a-young-man", "وعثر الأهالي على جثة شاب قرب قرية الجرذي.", ["killed 1 civilians total"], absent: ["killed 2"]),
        RuleCase("p-executed-feminine", "وأعدمت الخلايا ثلاثة رعاة وأحرقت مواشيهم في بادية السخنة.", ["killed 3 civilians total"]),
        RuleCase("p-regional-line-subsets",
                 "- Government-held areas: 71 fatalities, including 12 children and 5 women, and 88 injured civilians, including 20 children.",
                 ["killed 71 all total", "killed 12 children subset<71", "killed 5 women subset<71", "wounded 88 civilians total",
                  "wounded 20 children subset<88"], absent: ["wounded 5"]),
        RuleCase("p-tadad", "ووفقاً للمرصد يرتفع تعداد الذين قتلوا منذ بدء الاتفاق في ريف حمص إلى 36، بينهم 21 مدنياً من ضمنهم طفلان.",
                 ["killed 36 all total", "killed 21 civilians subset<36", "killed 2 children subset<21"]),
        RuleCase("p-dual-verb-then-wounded", "وقالت مصادر محلية إن عنصرين اثنين من قوات الحكومة قتلا وأصيب آخرون بجروح جراء هجوم على حاجز.",
                 ["killed 2 regime total"], absent: ["killed_or_wounded"]),
        RuleCase("p-citizen-martyred", "One citizen was martyred when border guards beat him near a village north of Ras al-Ain.", ["killed 1 civilians total"]),
        RuleCase("p-words-thousands", "ومن بين القتلى سبعة آلاف و61 جندياً نظامياً و940 منشقاً.", ["killed 7061 regime total", "killed 940 other total"]),
    ]

    @Test("constructions from pages read", arguments: cases)
    func pages(_ c: RuleCase) { expectRule(c) }
}
