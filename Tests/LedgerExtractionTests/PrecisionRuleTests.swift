import LedgerCore
import Testing
@testable import LedgerExtraction

/// Constructions of real reports that invented death figures (precision classes of `docs/real-report-failures.md`).
@Suite("Precision rules: figures that are not deaths")
struct PrecisionRuleTests {
    /// F2: an ISO date (`date 2021-04-09`) is a date, never a count or a range.
    static let isoDates: [RuleCase] = [
        RuleCase("f2-lead", " date 2021-04-09 Twelve soldiers died in an ambush near Maadan, the monitor said.", ["killed 12 regime total"],
                 absent: ["killed 4", "killed 9"]),
        RuleCase("f2-no-figure", " date 2021-11-07 IS attack on a checkpoint near Ain Issa.", [], absent: ["operations", "killed"]),
        RuleCase("f2-own", "date 2023-02-05 Three civilians were killed in shelling on Sarmin.", ["killed 3 civilians total"], absent: ["killed 2", "killed 5"]),
    ]

    @Test("F2 ISO dates are not figures", arguments: isoDates)
    func isoDate(_ c: RuleCase) { expectRule(c) }

    /// F1: the attackers are not victims.
    static let perpetrators: [RuleCase] = [
        RuleCase("f1-gunmen", "Three masked gunmen on motorbikes carried out the assassination of a pharmacist in Amuda.", ["killed 1 civilians total"],
                 absent: ["killed 3"]),
        RuleCase("f1-dual", "وأطلق مسلحان مجهولان النار على سيارة مدنية قرب تل تمر، ما أسفر عن مقتل سائقها.", ["killed 1 all total"], absent: ["killed 2"]),
        RuleCase("f1-by-member", "A shopkeeper was shot dead in Sabkha by a member of an IS cell.", ["killed 1 civilians total"], absent: ["killed 1 is"]),
        RuleCase("f1-own", "Two gunmen opened fire on a bus near Palmyra, killing four soldiers.", ["killed 4 regime total"], absent: ["killed 2"]),
        RuleCase("f1-killed-militants-stay", "Four militants were killed when their car exploded in Idlib.", ["killed 4 all total"]),
    ]

    @Test("F1 perpetrators are not victims", arguments: perpetrators)
    func perpetrator(_ c: RuleCase) { expectRule(c) }
}

/// More precision classes: death words in titles and event nouns, non-death outcomes, 'one', shared numbers, ages.
@Suite("Precision rules: modifiers, outcomes, non-counts")
struct PrecisionRuleTests2 {
    /// F3: a death word modifying an event noun, a number word in a title.
    static let modifiers: [RuleCase] = [
        RuleCase("f3-killing-incidents", "Since the start of the year, IS has carried out 21 killing incidents against residents of the Raqqa countryside.",
                 ["operations 21 all total"], absent: ["killed"]),
        RuleCase("f3-operation-title", "IS said the attack was part of its \"Operation Vengeance for the Three Martyred Emirs\".", [], absent: ["killed"]),
        RuleCase("f3-battle-title", "The so-called Battle for the Blood of the Two Martyrs began last week.", [], absent: ["killed"]),
        RuleCase("f3-assassination-cases-own", "The monitor documented 14 assassination cases in Daraa in March.", ["operations 14 all total"], absent: ["killed"]),
        RuleCase("f3-title-own", "Fighters launched the Campaign of the Five Fallen Brothers near Raqqa.", [], absent: ["killed"]),
    ]

    @Test("F3 death words as modifiers and in titles", arguments: modifiers)
    func modifier(_ c: RuleCase) { expectRule(c) }

    /// F4: non-death outcomes take their own measure.
    static let outcomes: [RuleCase] = [
        RuleCase("f4-fled", "وتقول منظمات إغاثة إن نحو 9 آلاف شخص قتلوا في المعارك فيما فر نحو 200 ألف شخص من المنطقة.",
                 ["killed 9000 all total", "displaced 200000 all total"], absent: ["killed 200000"]),
        RuleCase("f4-exclusion", "وأشار المرصد إلى أن الحصيلة لا تضم نحو 3 آلاف معتقل، ولا نحو 700 أسير من قوات النظام لدى الفصائل.", [],
                 absent: ["killed"]),
        RuleCase("f4-contact-lost", "All contact with a patrol of the NDF, including an officer, was lost near Sabkha and the fate of its militiamen is unknown.", [],
                 absent: ["killed"]),
        RuleCase("f4-fled-own", "Eleven civilians were killed in the shelling while 3,000 residents fled the town.",
                 ["killed 11 civilians total", "displaced 3000 all total"], absent: ["killed 3000"]),
        RuleCase("f4-lost-members-stays", "Regime forces lost 14 members in the ambush near Palmyra.", ["killed 14 all total"]),
    ]

    @Test("F4 non-death outcomes", arguments: outcomes)
    func outcome(_ c: RuleCase) { expectRule(c) }

    /// F5, F6, F7: a 'one' that counts no one, a number shared by two nouns, an age threshold.
    static let nonCounts: [RuleCase] = [
        RuleCase("f5-bloodiest", "Twelve soldiers were killed in one of the bloodiest ambushes of the year near Maadan.", ["killed 12 regime total"],
                 absent: ["killed 1"]),
        RuleCase("f5-one-day", "وقال المرصد إن 12 جندياً قتلوا في يوم واحد قرب معدان.", ["killed 12 regime total"], absent: ["killed 1"]),
        RuleCase("f5-worst-own", "Nine civilians died in one of the worst attacks on Idlib this year.", ["killed 9 civilians total"], absent: ["killed 1"]),
        RuleCase("f5-one-night-own", "وقتل 7 مدنيين في ليلة واحدة بقصف على أريحا.", ["killed 7 civilians total"], absent: ["killed 1"]),
        RuleCase("f5-noun-one-own", "قتل عنصر واحد على يد مسلحين في درعا.", ["killed 1 all total"]),
        RuleCase("f6-shared", "التحالف يقتل 60 مدنياً وعسكرياً خلال أسبوعين", ["killed 60 all total"], absent: ["killed 1"]),
        RuleCase("f6-shared-own", "وقتل 15 مدنياً وعسكرياً بقصف على منبج.", ["killed 15 all total"], absent: ["killed 1"]),
        RuleCase("f7-age", "كما قتل فتى دون سن الـ 16 وكان من مسلحي الفصائل خلال اشتباكات قرب بلدة عين عيسى.", ["killed 1 children total"],
                 absent: ["killed 16"]),
        RuleCase("f7-age-own", "A boy under the age of 15 was killed in the clashes near Ain Issa.", ["killed 1 children total"], absent: ["killed 15"]),
    ]

    @Test("F5-F7 non-counts", arguments: nonCounts)
    func nonCount(_ c: RuleCase) { expectRule(c) }
}

/// F8: a member named among a group already counted adds no figure.
@Suite("Precision rules: named members of counted groups")
struct NamedMemberTests {
    static let members: [RuleCase] = [
        RuleCase("f8-among-the-dead", "وقتل 6 عناصر من الدفاع الوطني بكمين قرب معدان. وأضافت المصادر أن «بين القتلى القيادي أبو مصعب التدمري قائد مجموعة صقور البادية» التابعة للدفاع الوطني.",
                 ["killed 6 regime total"], absent: ["killed 1"]),
        RuleCase("f8-including-commander", "وقتل 6 عناصر من الدفاع الوطني بكمين قرب معدان، بينهم قائد مجموعة صقور البادية أبو مصعب التدمري.",
                 ["killed 6 regime total"], absent: ["killed 1"]),
        RuleCase("f8-own", "وقتل 9 عناصر من التنظيم بغارة للتحالف، بينهم قيادي يدعى أبو عمر الشامي.", ["killed 9 is total"], absent: ["killed 1"]),
        RuleCase("f8-child-stays", "وقتل 9 مدنيين بقصف على إدلب، بينهم طفل.", ["killed 9 civilians total", "killed 1 children subset<9"]),
    ]

    @Test("F8 named members of a counted group", arguments: members)
    func namedMember(_ c: RuleCase) { expectRule(c) }
}
