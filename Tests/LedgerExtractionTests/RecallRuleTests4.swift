import LedgerCore
import Testing
@testable import LedgerExtraction

/// C13: a victim introduced as the object of an attack, whose fate is told in a result clause.
@Suite("Recall rules: the fate of an attack's target")
struct RecallRuleTests4 {
    static let targets: [RuleCase] = [
        RuleCase("c13-asayish", "وقالت معرفات التنظيم إن مقاتليه استهدفوا بالرصاص عنصراً من الأسايش في بلدة تل تمر ما أدى إلى مقتله في الحال.",
                 ["killed 1 sdf total"]),
        RuleCase("c13-employee", "Unknown gunmen fired on a council employee near Amuda, which led to his death on the way to hospital.",
                 ["killed 1 civilians total"]),
        RuleCase("c13-suffered", "وتعرض طفل لإصابة خطيرة بانفجار لغم قرب قرية محيميدة.", ["wounded 1 children total"]),
        RuleCase("c13-injury-own", "وأطلق مجهولون النار على شاب في بلدة الشحيل، ما أسفر عن إصابته بجروح.", ["wounded 1 civilians total"]),
        RuleCase("c13-english-own", "Gunmen opened fire on a shepherd near Sabkha, resulting in his death.", ["killed 1 civilians total"]),
    ]

    @Test("C13 the fate of an attack's target", arguments: targets)
    func attackTarget(_ c: RuleCase) { expectRule(c) }
}

/// C17: the last item of a partition cut off by truncation.
@Suite("Recall rules: truncated partitions")
struct TruncatedPartitionTests {
    static let cut: [RuleCase] = [
        RuleCase("c17-cut", "بلغت حصيلة القتلى في البادية منذ مطلع العام 2021 نحو 140 قتيلاً، هم: 88 من", ["killed 88 all part<140"]),
        RuleCase("c17-cut-own", "ووثق المرصد مقتل 35 شخصاً، هم: 20 من", ["killed 35 all total", "killed 20 all part<35"]),
    ]

    @Test("C17 a cut-off last item is a part", arguments: cut)
    func cutItem(_ c: RuleCase) { expectRule(c) }
}
