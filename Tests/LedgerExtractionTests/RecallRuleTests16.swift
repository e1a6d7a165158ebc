import LedgerCore
import Testing
@testable import LedgerExtraction

/// Rules found by the fourth probe batch (reports 099–110, issue 16): SOHR's running tallies whose list is named by
/// «والقتلى هم», OCHA's bodies and injured people, Airwars' summary blocks, SNHR relays, Arabic subjects before
/// their verbs, a list item with an article, and people who were doing something when the blast came.
/// Sentences are our own.
@Suite("Real pages 16: the fourth probe batch")
struct RecallRuleTests16 {
    static let recall: [RuleCase] = [
        // OCHA: "N injured people and M bodies" — the participle is the figure's own, the bodies a figure of their own.
        RuleCase("injured-people-and-bodies", "Civil defence crews pulled 11 injured people and four bodies from the collapsed market in Jisr al-Shughur.",
                 ["wounded 11 all total", "killed 4 all total"], absent: ["killed 11"]),
        RuleCase("wounded-men-and-bodies", "Paramedics carried seven wounded men and two bodies to the field clinic.",
                 ["wounded 7 all total", "killed 2 all total"], absent: ["killed 7"]),
        // North Press: the bodies of people who had been abducted are dead, not abducted.
        RuleCase("bodies-of-the-abducted", "Villagers found the bodies of two farmers who had been abducted from their fields a week earlier.",
                 ["killed 2 civilians total"], absent: ["captured"]),
        // Arabic noun + «واحد» before its verb.
        RuleCase("one-person-before-verb", "وقال شهود إن رجلاً واحداً على الأقل قُتل في الهجوم.", ["killed 1 all total"]),
        RuleCase("one-child-before-verb", "وأفاد المصدر بأن طفلاً واحداً أصيب بشظايا القذيفة.", ["wounded 1 children total"]),
        // «تعرّض الشاب … لإصابة»: the person underwent the injury.
        RuleCase("underwent-injury", "وتعرّض الشاب أحمد الخلف لإصابة بليغة برصاص مجهولين قرب بلدة الصور.", ["wounded 1 civilians total"]),
        // A past-perfect subject before its verb, then another group's injury: two figures, not one combined.
        RuleCase("past-perfect-subject", "وكان رجل قد قُتل وأصيب أربعة آخرون بانفجار مماثل الشهر الماضي.",
                 ["killed 1 all total", "wounded 4 all total"], absent: ["killed_or_wounded"]),
        RuleCase("was-child-killed", "وكان طفل قُتل وأُصيب آخران في القصف.", ["killed 1 children total", "wounded 2 all total"]),
        // Airwars: a label line, the figure (a range) under it, and its breakdown in brackets.
        RuleCase("summary-block", "Civilians reported killed\n7 – 9\n(2–3 children, 1 woman)\nCivilians reported injured\n15",
                 ["killed 7 all total", "killed 9 all total", "killed 2 children part<9", "killed 1 women part<9", "wounded 15 all total"]),
        // SOHR: "• A former ISIS member." is one dead of the list.
        RuleCase("list-item-with-article", "Since early 2024, attacks in the province have left 30 people dead; they are as follows:\n• 21 civilians.\n• A former ISIS member.\n• Eight soldiers.",
                 ["killed 30 all total", "killed 21 civilians part<30", "killed 1 is part<30", "killed 8 regime part<30"]),
    ]

    @Test("a construction of the fourth batch is read", arguments: recall)
    func reads(_ c: RuleCase) { expectRule(c) }

    static let precision: [RuleCase] = [
        // «والقتلى هم:» — the list breaks down the dead, not the wounded counted last.
        RuleCase("the-dead-are-list", "تسببت الغارات بمقتل 8 أشخاص، إضافة لإصابة 5 من المدنيين، والقتلى هم:\n– 6 من القوات العسكرية\n– 2 مدنيين",
                 ["killed 8 all total", "wounded 5 civilians total", "killed 6 all part<8", "killed 2 civilians part<8"], absent: ["wounded 6", "wounded 2"]),
        // A count of strikes at the head of a regional line is not a death figure.
        RuleCase("strikes-per-region", "وتوزعت الضربات على النحو الآتي:\n– 12 استهدافاً على الحسكة، أسفرت عن مقتل 3 من العسكريين.\n– 4 غارات على ريف الرقة، أسفرت عن مقتل 1 مدني.",
                 ["killed 3 military total", "killed 1 civilians total"], absent: ["killed 12", "killed 4"]),
        // «يرتفع إلى 20 عدد الضربات»: a count of strikes, not of the dead; «عدد القتلى» still is.
        RuleCase("count-of-strikes", "وبذلك يرتفع إلى 20 عدد الضربات التركية منذ مطلع العام.", [], absent: ["killed"]),
        RuleCase("count-of-dead", "وبذلك يرتفع إلى 20 عدد القتلى منذ مطلع العام.", ["killed 20 all total"]),
        // Children who were playing when the shell went off are not the dead the sentence counts later.
        RuleCase("were-playing", "وبيّن المصدر أن ثلاثة رعاة كانوا يرعون أغنامهم قرب الوادي حين انفجر اللغم، ما أدى إلى مقتل اثنين منهم.",
                 ["killed 2 all total"], absent: ["killed 3"]),
        RuleCase("killed-while-playing", "قُتل خمسة أطفال كانوا يلعبون قرب منزلهم بانفجار قذيفة.", ["killed 5 children total"]),
        // The one who published the names of the dead is not one of them.
        RuleCase("journalist-published-names", "At least eight civilians were killed in the raid, and a local journalist later published the names of the dead.",
                 ["killed 8 civilians total"], absent: ["killed 1"]),
        RuleCase("paramedic-killed", "A paramedic was killed in the second strike, medics said.", ["killed 1 civilians total"]),
        RuleCase("injured-then-died", "Three injured children died in hospital the next day.", ["killed 3 children total"], absent: ["wounded 3"]),
    ]

    @Test("a decoy of the fourth batch is not read as deaths", arguments: precision)
    func ignores(_ c: RuleCase) { expectRule(c) }
}
