import LedgerCore
import Testing
@testable import LedgerExtraction

/// Party words, idioms and outcomes of two groups.
@Suite("Recall rules: party words, idioms, two outcomes")
struct RecallRuleTests7 {
    static let cases: [RuleCase] = [
        // X11: Hawar/ANHA's words for enemy fighters.
        RuleCase("x11-mercenaries-left-dead", "Clashes near Tal Tamr on Friday left 14 mercenaries dead.", ["killed 14 all total"]),
        RuleCase("x11-gangs", "On the eastern front 6 gangs were killed and a vehicle was destroyed.", ["killed 6 all total"]),
        RuleCase("x11-bombers-subset", "Near the bridge 8 mercenaries, two suicide bombers among them, were killed.",
                 ["killed 8 all total", "killed 2 all subset<8"]),
        // D7 / D9: idioms.
        RuleCase("d7-fell-as-martyrs", "Three SDF fighters fell as martyrs in the clashes near Hajin.", ["killed 3 sdf total"]),
        RuleCase("d7-fallen-in-a-name", "The Brigade of the Four Fallen Comrades held a parade in Raqqa.", [], absent: ["killed"]),
        RuleCase("d9-lafaza", "لفظ رجل أنفاسه الأخيرة في مشفى القامشلي متأثراً بجراح أصيب بها قبل أيام.", ["killed 1 all total"]),
        // D19: a noun or plural verb for one group, then a wound verb with its own subject.
        RuleCase("d19-martyrs-then-wounded", "وقال البيان: سقط أربعة من مقاتلينا شهداء وجُرح ثلاثة خلال صد الهجوم.",
                 ["killed 4 all total", "wounded 3 all total"], absent: ["killed_or_wounded"]),
        RuleCase("d19-plural-verb-then-singular", "وذكرت الوزارة أن خمسة من عناصر الشرطة قُتلوا وأُصيب عنصر سادس في الكمين.",
                 // (the police are the government's since the twelfth reading)
                 ["killed 5 government total", "wounded 1 all total"], absent: ["killed_or_wounded"]),
        RuleCase("d19-paired-verbs-stay-combined", "قُتل وجُرح 14 شخصاً بقصف على بلدة معرة مصرين.", ["killed_or_wounded 14 all total"], absent: ["killed 14"]),
        // L3: the items after a regional header's colon break down its dead, not its operations.
        RuleCase("l3-inline-header",
                 "Since January the monitor has counted 90 deaths in the desert:\n- 60 soldiers, killed in 31 IS operations.\n- 30 IS members.\nBy area:\n-Hama desert: 9 operations left 26 fatalities: 21 soldiers, two IS members and three civilians.",
                 ["killed 90 all total", "killed 26 all part<90", "killed 21 regime part<26", "killed 2 is part<26", "killed 3 civilians part<26"],
                 absent: ["operations 21", "operations 2", "operations 3"]),

        // D19 after أن: the figure is the subject of the plural verb after its noun phrase, not of the verb before أن.
        RuleCase("d19-anna-subject", "وأصيب اثنان من المقاتلين، وأضاف البيان أن أربعة من عناصر التنظيم قُتلوا في الاشتباك.",
                 ["wounded 2 all total", "killed 4 is total"], absent: ["wounded 4"]),
        // A negator counts only in its trigger's clause ("محاولة اغتيال، قُتل فيها …").
        RuleCase("neg-own-clause", "وسُجلت خلال الشهر 19 عملية ومحاولة اغتيال، قُتل فيها 14 شخصاً.", ["operations 19 all total", "killed 14 all total"]),
        RuleCase("neg-attempt-still-negates", "ونجا قائد المجموعة من محاولة اغتيال بعبوة ناسفة قرب بلدة الصور.", [], absent: ["killed"]),
        // X5: digits glued to an outlet's name.
        RuleCase("x5-outlet-digits", "أربيل (روداو24)- قُتل ثلاثة عناصر من قسد بهجوم قرب الشحيل.", ["killed 3 sdf total"], absent: ["killed 24"]),
    ]

    @Test("X11 party words, D7/D9 idioms, D19 two outcomes, L3 regional headers", arguments: cases)
    func rules(_ c: RuleCase) { expectRule(c) }
}
