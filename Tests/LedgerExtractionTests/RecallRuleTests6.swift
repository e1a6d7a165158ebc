import LedgerCore
import Testing
@testable import LedgerExtraction

/// Constructions of the probe corpus's misses (`Tests/ProbeCorpus/SCORES.md`), each in sentences written for this test.
@Suite("Recall rules: inverted Arabic tolls, compound thousands, elided causes")
struct RecallRuleTests6 {
    static let tolls: [RuleCase] = [
        // T2: the rise verb, إلى, the number, then the toll's subject.
        RuleCase("t2-inverted-adad", "وبذلك يرتفع إلى 58 عدد القتلى المدنيين في ريف حمص منذ مطلع العام.", ["killed 58 civilians total"]),
        RuleCase("t2-inverted-hasila", "وبهذا ترتفع إلى 23 حصيلة من قُتلوا بانفجار الألغام في البادية منذ الصيف.", ["killed 23 all total"]),
        RuleCase("t2-inverted-partition",
                 "وبذلك يرتفع إلى 40 عدد الذين اغتيلوا في ريف درعا الغربي منذ مطلع العام، وهم: 31 مدنياً، و9 من عناصر الأمن العام.",
                 ["killed 40 all total", "killed 31 civilians part<40", "killed 9 government part<40"]),
        RuleCase("t2-rise-not-a-toll", "ارتفع إلى 12 عدد نقاط التفتيش على الطريق بين الرقة والطبقة.", [], absent: ["killed"]),
    ]

    @Test("T2 inverted Arabic tolls", arguments: tolls)
    func inverted(_ c: RuleCase) { expectRule(c) }

    static let numbers: [RuleCase] = [
        // D14: a thousands word and a remainder in digits.
        RuleCase("d14-alf-wa", "ووثق المرصد مقتل ألف و45 شخصاً في ريف إدلب خلال العام.", ["killed 1045 all total"], absent: ["killed 1000", "killed 45"]),
        RuleCase("d14-alfan-label", "وثق المرصد مقتل 3 آلاف و210 أشخاص، وتوزعوا كالتالي: المدنيون: ألفان و57، وقوات النظام: ألف و153.",
                 ["killed 3210 all total", "killed 2057 civilians part<3210", "killed 1153 regime part<3210"],
                 absent: ["killed 2000", "killed 57", "killed 1000", "killed 153"]),
        RuleCase("d14-alf-wounded-remainder", "أسفر القصف عن مقتل ألف و200 جريح.", [], absent: ["killed 1200"]),
    ]

    @Test("D14 compound thousands in words", arguments: numbers)
    func compound(_ c: RuleCase) { expectRule(c) }

    static let causes: [RuleCase] = [
        // L6: list items whose noun is dropped, followed by how or by whom they died.
        RuleCase("l6-ala-yad", "ووثق المكتب مقتل 20 شخصاً في المحافظة، هم: 12 على يد مجهولين، و5 بانفجار ألغام، و3 تحت التعذيب.",
                 ["killed 20 all total", "killed 12 all part<20", "killed 5 all part<20", "killed 3 all part<20"]),
        RuleCase("l6-fi-after-verb", "قضى 15 شخصاً بعمليات اغتيال، و6 في اشتباكات عشائرية، و2 برصاص عشوائي.",
                 ["killed 15 all total", "killed 6 all total", "killed 2 all total"]),
        RuleCase("l6-percent-is-not-an-item", "وقتل 30 شخصاً، و4 بالمئة منهم أطفال.", ["killed 30 all total"], absent: ["killed 4"]),
    ]

    @Test("L6 elided nouns with a cause", arguments: causes)
    func elided(_ c: RuleCase) { expectRule(c) }
}

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
                 ["killed 5 all total", "wounded 1 all total"], absent: ["killed_or_wounded"]),
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

/// English injuries worded without a wound verb, and event nouns that need "of".
@Suite("Recall rules: English injuries")
struct RecallRuleTests8 {
    static let cases: [RuleCase] = [
        RuleCase("w-injury-of-a-third", "Gunmen fired on a patrol near Hajin, leading to the death of two fighters and the injury of a third.",
                 ["killed 2 all total", "wounded 1 all total"]),
        RuleCase("w-injury-without-of", "The injury toll is not yet known, officials in Raqqa said.", [], absent: ["wounded"]),
        RuleCase("w-treated-for-wounds", "Medics treated four other residents of the building for wounds.", ["wounded 4 all total"], absent: ["killed 4"]),
        RuleCase("w-remained-in-hospital", "Nine people died in the blast and about 20 others remained in hospital on Sunday.",
                 ["killed 9 all total", "wounded 20 all total"], absent: ["killed 20"]),
        RuleCase("w-inflicting-wounds", "Shells fell on Mhardeh, inflicting wounds on six civilians, including a girl.",
                 ["wounded 6 civilians total", "wounded 1 children subset<6"]),
        RuleCase("w-hospitalised", "Eleven workers were hospitalised after the explosion at the depot in Jableh.", ["wounded 11 civilians total"]),
        RuleCase("k-martyrdom-of", "The shelling led to the martyrdom of five civilians, among them a child.",
                 ["killed 5 civilians total", "killed 1 children subset<5"]),
        RuleCase("k-rose-as-martyrs", "Four comrades rose as martyrs and a fifth fighter was hurt, the statement said.",
                 ["killed 4 all total", "wounded 1 all total"]),
        RuleCase("k-rose-to", "The toll rose to 14 on Monday.", ["killed 14 all total"]),
        RuleCase("w-neighbour", "The attackers wounded a neighbour who tried to help.", ["wounded 1 civilians total"]),
    ]

    @Test("English injury wordings and 'of' nouns", arguments: cases)
    func injuries(_ c: RuleCase) { expectRule(c) }
}

/// Constructions met on real pages read for this change (North Press, Baladi News, SANA, SOHR English tolls), in sentences
/// written for the test.
@Suite("Recall rules: constructions from pages read")
struct RecallRuleTests9 {
    static let cases: [RuleCase] = [
        RuleCase("p-fatally-shot", "A municipal clerk was fatally shot on Tuesday by two men on a motorbike in Hajin.",
                 ["killed 1 civilians total"], absent: ["killed 2"]),
        RuleCase("p-by-list-stays", "In the past month 38 people were killed by regime forces, 2 by Russian forces and 5 by IS.",
                 ["killed 38 all total", "killed 5 all total"]),
        RuleCase("p-unidentified-body", "وعثر رعاة صباح اليوم على جثة مجهولة الهوية قرب سد الوحدة.", ["killed 1 unidentified total"]),
        RuleCase("p-body-of-a-young-man", "وعثر الأهالي على جثة شاب قرب قرية الجرذي.", ["killed 1 civilians total"], absent: ["killed 2"]),
        RuleCase("p-executed-feminine", "وأعدمت الخلايا ثلاثة رعاة وأحرقت مواشيهم في بادية السخنة.", ["killed 3 civilians total"]),
        RuleCase("p-regional-line-subsets",
                 "- Government-held areas: 71 fatalities, including 12 children and 5 women, and 88 injured civilians, including 20 children.",
                 ["killed 71 all total", "killed 12 children subset<71", "killed 5 women subset<71", "wounded 88 civilians total",
                  "wounded 20 children subset<88"], absent: ["wounded 5"]),
        RuleCase("p-tadad", "ووفقاً للمرصد يرتفع تعداد الذين قتلوا منذ بدء الاتفاق في ريف حمص إلى 36، بينهم 21 مدنياً من ضمنهم طفلان.",
                 ["killed 36 all total", "killed 21 civilians subset<36", "killed 2 children subset<21"]),
        RuleCase("p-dual-verb-then-wounded", "وقالت مصادر محلية إن عنصرين اثنين من قوات الحكومة قتلا وأصيب آخرون بجروح جراء هجوم على حاجز.",
                 ["killed 2 regime total"], absent: ["killed_or_wounded"]),
        RuleCase("p-citizen-martyred", "One citizen was martyred when border guards beat him near a village north of Ras al-Ain.", ["killed 1 civilians total"]),
        RuleCase("p-words-thousands", "ومن بين القتلى سبعة آلاف و61 جندياً نظامياً و940 منشقاً.", ["killed 7061 regime total", "killed 940 other total"]),
    ]

    @Test("constructions from pages read", arguments: cases)
    func pages(_ c: RuleCase) { expectRule(c) }
}

/// Tolls worded around victims, crimes and restated numerals.
@Suite("Recall rules: victims of killings, crime counts, restated numerals")
struct RecallRuleTests10 {
    static let cases: [RuleCase] = [
        RuleCase("v-murders-victims", "Since March the monitor has recorded 40 murders in Homs, with 46 victims in all: three children, 9 women and 34 men.",
                 ["operations 40 all total", "killed 46 all total", "killed 3 children part<46", "killed 9 women part<46", "killed 34 all part<46"],
                 absent: ["killed 40"]),
        RuleCase("v-crimes-left-dead", "• Hama: 7 murder crimes left six men and a girl dead.", ["operations 7 all total", "killed 6 all total", "killed 1 children total"],
                 absent: ["killed 7"]),
        RuleCase("v-victims-with-injuries-stay-vague", "The blasts left 30 victims, and the injured were taken to Qamishli.", [], absent: ["killed 30"]),
        RuleCase("v-dahaya-wounded-who-died", "ارتفع عدد ضحايا انفجار السيارة المفخخة في مدينة جرابلس إلى 9، بينهم 3 أطفال، بعد وفاة 2 من الجرحى.",
                 ["killed 9 all total", "killed 3 children subset<9"]),
        RuleCase("t4-puts-at", "The monitor puts the number of people killed in such attacks since early 2024 at no fewer than 61.", ["killed 61 all total"]),
        RuleCase("d13-definite-numeral", "وبحسب المراسل فإن بين القتلى الـ8 خمس نساء.", ["killed 5 women total"], absent: ["killed 8"]),
        RuleCase("d21-reporter", "A roadside bomb killed two soldiers and a reporter near Nawa.", ["killed 2 regime total", "killed 1 civilians total"]),
        RuleCase("l-comma-list", "The monitor said those killed were three boys, a woman and an old man.",
                 ["killed 3 children total", "killed 1 women total", "killed 1 all total"]),
        RuleCase("x4-one-of-our-positions", "The attackers struck one of our positions before dawn and five comrades fell as martyrs.",
                 ["killed 5 all total"], absent: ["killed 1"]),
        RuleCase("x2-taken-captive", "Three shepherds were killed and at least 12 others taken captive near Sukhnah.",
                 ["killed 3 civilians total", "captured 12 all total"], absent: ["killed 12"]),
        RuleCase("c2-kills-and-injures", "A car bomb in Azaz kills and injures about 40 people.", ["killed_or_wounded 40 all total"], absent: ["killed 40"]),
        RuleCase("l-comma-speaker", "Two civilians died in the shelling, a doctor said.", ["killed 2 civilians total"], absent: ["killed 1"]),
    ]

    @Test("victims of killings, crime counts, restated numerals", arguments: cases)
    func tolls(_ c: RuleCase) { expectRule(c) }
}

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
