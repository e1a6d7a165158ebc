import LedgerCore
import Testing
@testable import LedgerExtraction

/// A breakdown that opens the next sentence on the toll before it.
@Suite("Recall rules: 'This includes'")
struct RecallRuleTests11 {
    static let cases: [RuleCase] = [
        RuleCase("t4-this-includes",
                 "The monitor puts the number of people killed in such attacks since 2023 at no fewer than 88. This includes 51 fighters of the SDF.",
                 ["killed 88 all total", "killed 51 sdf part<88"]),
        RuleCase("t4-this-includes-no-toll", "The new law was passed on Monday. This includes 12 articles on property.", [], absent: ["killed"]),
    ]

    @Test("'This includes' after a toll", arguments: cases)
    func includes(_ c: RuleCase) { expectRule(c) }
}
