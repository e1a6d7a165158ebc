import LedgerCore
import Testing
@testable import LedgerExtraction

/// Rules found by the lead's scenarios of a drone strike on a family in Sarmin and a checkpoint attack near Jasim, each
/// told by four outlets (stop 35). Sentences are our own.
@Suite("A family's dead after a feminine verb; a death of wounds told in a relative clause; a ranked attack; Jasim")
struct ScenarioRuleTests35 {
    /// «استشهدت امرأة وثلاثة من أطفالها»: the feminine verb is a death word, and after a finite verb the woman and the
    /// three are its subjects, two figures as in English ("A woman and three of her children were killed"); after a noun
    /// of death («مقتل امرأة وثلاثة من أطفالها») they stay one toll. «أطفالها» (her children) names children.
    @Test("a woman and three of her children", arguments: [
        RuleCase("ar feminine verb", "استشهدت امرأة وثلاثة من أطفالها، وجُرح خمسة مدنيين آخرين، جراء استهداف منزلهم بطائرة مسيّرة في بلدة سرمين شرقي إدلب صباح يوم الجمعة.",
                 ["killed 1 women total", "killed 3 children total", "wounded 5 civilians total"], absent: ["wounded 3", "killed 4"]),
        RuleCase("en", "A woman and three of her children were killed, and five other civilians were wounded, when a drone struck their home in Sarmin on Friday.",
                 ["killed 1 women total", "killed 3 children total", "wounded 5 civilians total"]),
        RuleCase("ar other verb", "توفيت امرأة وثلاثة من أطفالها بانهيار منزلهم جراء القصف على بلدة سرمين يوم الخميس.",
                 ["killed 1 women total", "killed 3 children total"], absent: ["killed 4"]),
        RuleCase("ar his children", "قُتل ثلاثة من أطفاله بقصف على بلدة سرمين.", ["killed 3 children total"]),
        RuleCase("ar wounded", "أُصيبت امرأة وثلاثة من أطفالها بجروح بقصف على بلدة سرمين يوم الخميس.",
                 ["wounded 1 women total", "wounded 3 children total"], absent: ["killed"]),
        RuleCase("near miss: after a noun of death", "أسفر القصف على بلدة سرمين يوم الخميس عن مقتل امرأة وثلاثة من أطفالها.",
                 ["killed 4 all total"], absent: ["killed 1", "killed 3"]),
    ])
    func womanAndHerChildren(_ c: RuleCase) { expectRule(c) }
}
