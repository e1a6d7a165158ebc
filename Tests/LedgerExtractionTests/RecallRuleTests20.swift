import LedgerCore
import Testing
@testable import LedgerExtraction

/// Rules found by the eleventh reading (branch `extract11`): Yemen, Sudan, Lebanon and Syria in Arabic, the Great Lakes,
/// the Sahel, Kashmir, Haiti, Mexico and more, and the left-alones of the lead's scenarios. Sentences are our own.
@Suite("Real pages 20: the eleventh reading")
struct RecallRuleTests20 {
    static let recall: [RuleCase] = [
        // «أربعة أشخاص أحدهم طفل»: "one of them" picks one out of the figure; its noun is not the whole figure's
        // category (the three were children), and after a comma the one was lost.
        RuleCase("one-of-them-ar", "قُتل أربعة أشخاص أحدهم طفل بغارة على سوق القرية.",
                 ["killed 4 all total", "killed 1 children subset<4"], absent: ["killed 4 children"]),
        RuleCase("one-of-the-two-ar", "وأكد مصدر طبي مقتل شخصين، أحدهما طفل في العاشرة، بالغارة على الحي.",
                 ["killed 2 all total", "killed 1 children subset<2"], absent: ["killed 2 children"]),
    ]

    @Test("a construction of the eleventh reading is read", arguments: recall)
    func readsRecall(_ c: RuleCase) { expectRule(c) }
}
