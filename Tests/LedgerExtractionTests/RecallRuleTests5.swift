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
