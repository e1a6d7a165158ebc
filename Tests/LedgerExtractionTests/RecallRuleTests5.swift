import LedgerCore
import Testing
@testable import LedgerExtraction

/// C12 inverted order and C8 'senior figure'.
@Suite("Recall rules: inverted tolls, senior figures")
struct RecallRuleTests5 {
    static let cases: [RuleCase] = [
        RuleCase("c12-inverted", "It rose to 11 including 4 children, the number of those killed yesterday in the shelling of Sarmada.",
                 ["killed 11 all total", "killed 4 children subset<11"]),
        RuleCase("c12-inverted-own", "It has risen to 27, the number of civilians killed in the strikes on Ariha since Monday.", ["killed 27 all total"]),
        RuleCase("c8-senior-figure", "The four people who died in the strike on Sabkha were IS members, including a senior figure of Tunisian nationality.",
                 ["killed 4 all total", "killed 1 all subset<4"]),
        RuleCase("c8-leading-figure-own", "A leading figure of the tribe was killed by gunmen near Mayadin.", ["killed 1 all total"]),
        RuleCase("c8-figure-is-a-number", "The figure rose to 40 after rescuers found more bodies.", [], absent: ["killed 1"]),
    ]

    @Test("C12 inverted tolls and C8 senior figures", arguments: cases)
    func inverted(_ c: RuleCase) { expectRule(c) }
}

/// C2: a whole breakdown with labels, per-cause items of elided nouns and their subsets.
@Suite("Recall rules: elided breakdowns")
struct ElidedBreakdownTests {
    static let cases: [RuleCase] = [
        RuleCase("c2-may-breakdown",
                 "وثق المرصد مقتل 640 شخصاً خلال شهر أيار الماضي، وتوزعوا على الشكل التالي: المدنيون: 210 بينهم 33 طفلاً و25 مواطنة، توزعوا كالتالي: 92 بينهم 14 طفلاً و9 مواطنات قتلوا في غارات جوية، و41 بينهم طفل قتلوا برصاص قناصة، و6 أعدمهم التنظيم.",
                 ["killed 640 all total", "killed 210 civilians part<640", "killed 92 all part<210", "killed 41 all part<210",
                  "killed 1 children subset<41", "killed 6 all part<210"], absent: ["killed 6 is"]),
        RuleCase("c2-label-own", "ووثق المرصد مقتل 120 شخصاً، توزعوا كالتالي: المدنيون: 70 بينهم 12 طفلاً، وقوات النظام: 50.",
                 ["killed 120 all total", "killed 70 civilians part<120", "killed 12 children subset<70", "killed 50 regime part<120"]),
    ]

    @Test("C2 elided breakdowns", arguments: cases)
    func elidedBreakdown(_ c: RuleCase) { expectRule(c) }
}
