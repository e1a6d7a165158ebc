import LedgerCore
import Testing
@testable import LedgerExtraction

/// Tolls stated as predicates, repeated words, compound numbers (`docs/real-report-failures.md` C12, C14, C15).
@Suite("Recall rules: tolls, repeats, numbers")
struct RecallRuleTests3 {
    /// C12: the toll as the predicate of a copula or an attainment verb.
    static let tollPredicates: [RuleCase] = [
        RuleCase("c12-is", """
            According to the monitor, the death toll of IS attacks in the Hama countryside since June is 41; they are:
            • 29 soldiers were killed in ambushes.
            • 12 civilians were killed in landmine blasts.
            """, ["killed 41 all total", "killed 29 regime part<41", "killed 12 civilians part<41"]),
        RuleCase("c12-stand-at", "Deaths in the clashes near Maadan stand at 14, the monitor said.", ["killed 14 all total"]),
        RuleCase("c12-sajjal", "ووثق المرصد عدد قتلى الألغام في البادية، الذي سجل 212، بينهم 140 مدنياً.",
                 ["killed 212 all total", "killed 140 civilians subset<212"]),
        RuleCase("c12-stood-own", "Fatalities from the fighting in Daraa stood at 23 on Monday, activists said.", ["killed 23 all total"]),
        RuleCase("c12-wasal-own", "وقال المرصد إن عدد القتلى في المعارك وصل 64، بينهم 20 مدنياً.", ["killed 64 all total", "killed 20 civilians subset<64"]),
    ]

    @Test("C12 tolls stated as a predicate", arguments: tollPredicates)
    func tollPredicate(_ c: RuleCase) { expectRule(c) }

    /// C14: distinct victims told in the same words are distinct figures.
    static let sameWords: [RuleCase] = [
        RuleCase("c14-a-man", "Gunmen shot dead a man in Sabkha on Monday.\nHours later, a man died when a landmine exploded near Ain Issa.",
                 ["killed 1 all total", "killed 1 all total"]),
        RuleCase("c14-list", "وثق المرصد مقتل 20 عنصراً من التنظيم، هم: 11 عنصراً في حمص، وعنصر في درعا، وعنصر في القنيطرة، و7 عناصر في البادية.",
                 ["killed 20 is total", "killed 11 all part<20", "killed 1 all part<20", "killed 1 all part<20", "killed 7 all part<20"]),
        RuleCase("c14-child-own", "A child was killed by a landmine in Raqqa.\nIn Deir Ezzor, a child was killed by shelling.",
                 ["killed 1 children total", "killed 1 children total"]),
    ]

    @Test("C14 distinct victims in the same words", arguments: sameWords)
    func sameWordVictims(_ c: RuleCase) { expectRule(c) }

    /// C15: compound scale numbers and misspelt number words.
    static let numbers: [RuleCase] = [
        RuleCase("c15-thousands-and", "وقال المرصد إن عدد القتلى المدنيين ارتفع إلى 21 ألفاً و318 شخصاً.", ["killed 21318 civilians total"], absent: ["killed 318"]),
        RuleCase("c15-fuor", "The fuor soldiers who were killed in the ambush near Maadan belonged to the Fifth Corps.", ["killed 4 regime total"]),
        RuleCase("c15-thre", "Thre civilians were killed in the shelling of Ain Issa.", ["killed 3 civilians total"]),
        RuleCase("c15-thousands-own", "ووثق المرصد مقتل 3 آلاف و250 مدنياً منذ مطلع العام.", ["killed 3250 civilians total"]),
        RuleCase("c15-tree-not-number", "A tree fell on a car in Idlib, killing its driver.", [], absent: ["killed 3"]),
    ]

    @Test("C15 number parsing", arguments: numbers)
    func numberParsing(_ c: RuleCase) { expectRule(c) }

    /// C10: `فقد … حياته` across a long subject; never `missing` from `فقد` + a person.
    static let lostLife: [RuleCase] = [
        RuleCase("c10-asayish", "فقد عنصر في قوى الأمن الداخلي “الأسايش”، مساء السبت، حياته بانفجار عبوة ناسفة في بلدة القحطانية.", ["killed 1 sdf total"],
                 absent: ["missing"]),
        RuleCase("c10-dual", "فقد مقاتلان من مجلس منبج العسكري التابع لقسد، فجر اليوم، حياتهما بهجوم على نقطة قرب الجرذي.", ["killed 2 sdf total"],
                 absent: ["missing"]),
        RuleCase("c10-own", "فقد ثلاثة عناصر من قوات النظام السوري العاملة في ريف حمص الشرقي، ليل الأحد، حياتهم بانفجار لغم.", ["killed 3 regime total"],
                 absent: ["missing"]),
    ]

    @Test("C10 'فقد … حياته' split by a long subject", arguments: lostLife)
    func lostTheirLives(_ c: RuleCase) { expectRule(c) }

    /// C16 and C19: a vague later 'casualties' and 'X was killed along with N others'.
    static let explicitDeaths: [RuleCase] = [
        RuleCase("c16-other-casualties", "The monitor documented the killing of 3 cell members during the raid on Sabkha, and reports of other casualties among the attackers.",
                 ["killed 3 is total"], absent: ["killed_or_wounded"]),
        RuleCase("c16-own", "Rescuers reported the deaths of 6 farmers in the strike, and unconfirmed casualties in nearby villages.",
                 ["killed 6 civilians total"], absent: ["killed_or_wounded"]),
        RuleCase("c19-along-with", "A local council official was killed along with four other people when gunmen opened fire on a wedding in Tal Tamr.",
                 ["killed 1 civilians total", "killed 4 all total"], absent: ["killed 5"]),
        RuleCase("c19-arabic", "قُتل القيادي أبو مصعب التدمري برفقة ثلاثة من مرافقيه بغارة قرب معدان.", ["killed 1 all total", "killed 3 all total"],
                 absent: ["killed 4"]),
    ]

    @Test("C16, C19 explicit deaths", arguments: explicitDeaths)
    func explicitDeath(_ c: RuleCase) { expectRule(c) }
}
