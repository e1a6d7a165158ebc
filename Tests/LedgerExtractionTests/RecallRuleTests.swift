import LedgerCore
import Testing
@testable import LedgerExtraction

/// Constructions of real reports that lost figures (recall classes of `docs/real-report-failures.md`), each with
/// the guide's invented sentences and more of the same construction.
@Suite("Recall rules: constructions real reports use")
struct RecallRuleTests {
    /// C1: bullets under a regional header `-Area: N operations left M fatalities:` break down the M dead.
    static let regionalBullets: [RuleCase] = [
        RuleCase("c1-palmyra", """
            Per the monitor, the number of desert fatalities since early 2021 has risen to 61, as follows:
            • 9 IS fighters died in clashes with government troops.
            • 44 soldiers and allied gunmen died in 23 IS operations.
            • 8 civilians died in IS attacks.
            Distribution by area:
            -Palmyra desert: 11 operations left 26 fatalities:
            • 19 combatants, including four Iranian-backed militiamen.
            • Five IS members.
            • Two shepherds.
            """, ["killed 19 military part<26", "killed 4 iran_backed subset<19", "killed 5 is part<26", "killed 2 civilians part<26"],
                 absent: ["operations 19", "operations 4", "operations 5", "operations 2"]),
        RuleCase("c1-hasakah", """
            The monitor has documented 73 attacks by IS cells since the start of 2021. These attacks left 47 people dead:
            • 30 SDF fighters.
            • 17 civilians, including two children.
            Distribution by area:
            -Hasakah: 25 attacks which left 18 fatalities:
            • 11 combatants.
            • Seven civilians, including a child.
            """, ["killed 11 military part<18", "killed 7 civilians part<18", "killed 1 children subset<7"],
                 absent: ["operations 11", "operations 7", "operations 1"]),
        RuleCase("c1-raqqa-own", """
            The monitor said IS cells have killed 90 people in the countryside since January, as follows:
            • 50 soldiers died in 31 ambushes.
            • 40 civilians died in landmine blasts.
            Distribution by area:
            -Raqqa countryside: 14 attacks left 33 fatalities:
            • 21 soldiers, including three officers.
            • 12 civilians.
            -Deir Ezzor desert: 9 operations left 15 fatalities:
            • Eight combatants.
            • Seven shepherds.
            """, ["killed 21 regime part<33", "killed 3 all subset<21", "killed 12 civilians part<33",
                  "killed 8 military part<15", "killed 7 civilians part<15"],
                 absent: ["operations 21", "operations 3", "operations 12", "operations 8", "operations 7"]),
    ]

    static let regionalBulletsMore: [RuleCase] = [
        RuleCase("c1-arabic-own", """
            وثق المرصد السوري مقتل 75 شخصاً في البادية منذ مطلع العام، وهم:
            • 40 من قوات النظام قتلوا في 18 هجوماً للتنظيم.
            • 35 مدنياً قتلوا بانفجار ألغام.
            وتوزعت الحصيلة على المناطق كالتالي:
            -بادية حمص: 9 هجمات خلفت 22 قتيلاً:
            • 15 عنصراً من قوات النظام.
            • 7 رعاة.
            """, ["killed 15 regime part<22", "killed 7 civilians part<22"], absent: ["operations 15", "operations 7", "killed 15 regime part<75"]),
        RuleCase("c1-second-area-own", """
            The death toll in the Badia since January has reached 50, as follows:
            • 30 soldiers died in 12 ambushes.
            • 20 civilians died in landmine blasts.
            Distribution by area:
            -Deir Ezzor desert: 7 attacks which left 19 fatalities:
            • 12 soldiers, including an officer.
            • 7 civilians.
            -Homs desert: 5 attacks which left 31 fatalities:
            • 18 soldiers.
            • 13 shepherds.
            """, ["killed 12 regime part<19", "killed 7 civilians part<19", "killed 18 regime part<31", "killed 13 civilians part<31"],
                 absent: ["killed 31 all part<19", "operations 18", "operations 13"]),
    ]

    @Test("C1 regional bullets, more constructions", arguments: regionalBulletsMore)
    func regionalBulletMore(_ c: RuleCase) { expectRule(c) }

    @Test("C1 regional bullets take the header's death figure", arguments: regionalBullets)
    func regionalBullet(_ c: RuleCase) { expectRule(c) }

    /// C2: a number whose victim noun is elided, followed by a death verb or a cause.
    static let elided: [RuleCase] = [
        RuleCase("c2-bare-verb", "23 قضوا أمس بينهم 3 عناصر من قوات النظام، و20 شخصاً قتلوا في مناطق متفرقة.",
                 ["killed 23 all total", "killed 3 regime part<23", "killed 20 all part<23"]),
        RuleCase("c2-bare-verb-own", "وقال المرصد إن 17 قتلوا في القصف بينهم 4 أطفال.",
                 ["killed 17 all total", "killed 4 children subset<17"]),
        RuleCase("c2-in-operations", "وثق المرصد مقتل 30 عنصراً من التنظيم منذ مطلع العام، هم: 12 عنصراً في البادية، و9 بعمليات للتحالف الدولي، و9 عناصر في درعا.",
                 ["killed 30 is total", "killed 12 all part<30", "killed 9 all part<30", "killed 9 all part<30"], absent: ["operations", "killed 9 coalition"]),
        RuleCase("c2-in-operations-own", "ووثق المرصد مقتل 25 مقاتلاً من الفصائل، هم: 15 مقاتلاً في إدلب، و10 بعمليات لقوات النظام.",
                 ["killed 25 opposition total", "killed 15 all part<25", "killed 10 all part<25"], absent: ["operations", "killed 10 regime"]),
        RuleCase("c2-executed-by", "ووثق المرصد مقتل 14 مدنياً، هم: 8 قتلوا بغارات جوية، و6 أعدمهم التنظيم.",
                 ["killed 14 civilians total", "killed 8 all part<14"], absent: ["killed 6 is"]),
    ]

    @Test("C2 figures with an elided victim noun", arguments: elided)
    func elidedNoun(_ c: RuleCase) { expectRule(c) }

    /// C5: English "the death of" + a figure or a noun phrase.
    static let deathOf: [RuleCase] = [
        RuleCase("c5-fifth-corps", "Activists recorded the death of 23 members of the Fifth Corps, four civilians and 11 IS fighters since the clashes began.",
                 ["killed 23 regime total", "killed 4 civilians total", "killed 11 is total"]),
        RuleCase("c5-after-operations", "Monitors counted nine ambushes around Hama and the death of 17 soldiers and three IS members.",
                 ["operations 9 all total", "killed 17 regime total", "killed 3 is total"], absent: ["operations 17", "operations 3"]),
        RuleCase("c5-shepherd", "The monitor confirmed the death of a shepherd near Sabkha.", ["killed 1 civilians total"]),
        RuleCase("c5-own-list", "The observatory documented the death of 12 SDF fighters and two civilians in the attack on Busayrah.",
                 ["killed 12 sdf total", "killed 2 civilians total"]),
        RuleCase("c5-own-single", "Local sources reported the death of a teacher in the shelling of Ariha.", ["killed 1 civilians total"]),
        RuleCase("c5-death-toll-unchanged", "The death toll rose to 9, the monitor said.", ["killed 9 all total"]),
        RuleCase("c5-death-sentence-not-figure", "A court sentenced 3 men to death in Damascus.", [], absent: ["killed"]),
    ]

    @Test("C5 'the death of' is a death trigger", arguments: deathOf)
    func deathOfTrigger(_ c: RuleCase) { expectRule(c) }

    /// C8: person and actor words the lexicon lacked.
    static let lexicon: [RuleCase] = [
        RuleCase("c8-defectors", "ووثق المرصد مقتل 310 من قوات النظام، وستة منشقين عن الجيش، و45 من مقاتلي حزب الله.",
                 ["killed 310 regime total", "killed 6 other total", "killed 45 iran_backed total"]),
        RuleCase("c8-defectors-own", "وقتل 4 منشقين عن قوات النظام برصاص مجهولين في درعا.", ["killed 4 other total"]),
        RuleCase("c8-element", "“Hamid Rashed”, an element of the Asayish, was shot dead by gunmen in al-Qahtaniyah.", ["killed 1 sdf total"]),
        RuleCase("c8-sheikh", "Gunmen killed a sheikh in the town of Shuhayl on Friday.", ["killed 1 civilians total"]),
        RuleCase("c8-kurdish-police", "The monitor said 60 people were killed on the IS side, 22 for the Kurdish police units, and five civilians.",
                 ["killed 60 is total", "killed 22 sdf total", "killed 5 civilians total"]),
        RuleCase("c8-side-own", "Activists said 14 fighters were killed on the SDF side and 9 on the side of the regime.", ["killed 14 sdf total"]),
    ]

    @Test("C8 person and actor words", arguments: lexicon)
    func personWords(_ c: RuleCase) { expectRule(c) }

    /// C11: Arabic death idioms and verbal nouns.
    static let idioms: [RuleCase] = [
        RuleCase("c11-suicide", "وانتحر عنصر من التنظيم داخل سجن في الحسكة.", ["killed 1 is total"]),
        RuleCase("c11-martyrdom", "وأعلنت فرق الإنقاذ ارتقاء 4 متطوعين بقصف استهدف مركزها في بلدة معدان.", ["killed 4 civilians total"]),
        RuleCase("c11-parting", "ووثق المرصد مفارقة 6 أطفال رضع للحياة في مخيم الركبان جراء البرد.", ["killed 6 children total"]),
        RuleCase("c11-parting-own", "وأفاد ناشطون بمفارقة 3 مدنيين للحياة بعد استهداف سيارتهم قرب الباب.", ["killed 3 civilians total"]),
        RuleCase("c11-fall", "وأحصى المرصد سقوط 48210 أشخاص منذ بداية الحرب، ويضاف إليهم نحو 5 آلاف من المسلحين الموالين.",
                 ["killed 48210 all total"]),
        RuleCase("c11-fall-own", "وأسفر القصف عن سقوط 12 مدنياً في بلدة كفرنبل.", ["killed 12 civilians total"]),
        RuleCase("c11-fall-of-shells-own", "وتحدثت مصادر عن سقوط قذائف على أطراف المدينة.", [], absent: ["killed"]),
        RuleCase("c11-martyrdom-own", "وأكدت مصادر طبية ارتقاء 7 مدنيين في القصف على أريحا.", ["killed 7 civilians total"]),
    ]

    @Test("C11 Arabic death idioms", arguments: idioms)
    func deathIdioms(_ c: RuleCase) { expectRule(c) }
}
