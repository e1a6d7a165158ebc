import LedgerCore
import Testing
@testable import LedgerExtraction

/// More recall classes of `docs/real-report-failures.md`: single named victims, partitions that go on past a full
/// stop, hard-wrapped text, `الضحايا` tolls, implicit 'one'.
@Suite("Recall rules: victims, partitions, wrapped text")
struct RecallRuleTests2 {
    /// C3: a single victim as a definite noun, a name, or a subject before the verb; a definite plural + cardinal.
    static let singleVictims: [RuleCase] = [
        RuleCase("c3-pharmacist", "The elderly pharmacist, “Salem al-Khatib”, was killed outside his home in Tal Tamr.", ["killed 1 civilians total"]),
        RuleCase("c3-director", "IS announced the assassination of the director of the water board in al-Salihiyah on Sunday.", ["killed 1 civilians total"]),
        RuleCase("c3-official-ar", "وأفادت مصادر محلية بأن المسؤول الأمني في التنظيم \"أبو مصعب التدمري\" لقي مصرعه فجر اليوم بغارة جوية قرب بلدة معدان.",
                 ["killed 1 is total"]),
        RuleCase("c3-nurses-five", "وقال مدير المرصد إن الممرضين الخمسة قتلوا بالرصاص داخل المستوصف.", ["killed 5 civilians total"]),
        RuleCase("c3-engineer-not-imam", "قُتل المهندس سالم الخطيب برصاص مجهولين أمام منزله في بلدة عامودا.", ["killed 1 civilians total"]),
        RuleCase("c3-teacher-own", "The young teacher, Omar Hallak, was shot dead near his school in Binnish.", ["killed 1 civilians total"]),
        RuleCase("c3-driver-own", "Gunmen killed the driver of a fuel tanker on the road to Shaddadi.", ["killed 1 civilians total"]),
        RuleCase("c3-doctor-ar-own", "وقالت مصادر إن الطبيب \"خالد العمر\" قتل بانفجار عبوة ناسفة في مدينة الباب.", ["killed 1 civilians total"]),
        RuleCase("c3-guards-three-own", "وأكد المرصد أن الحراس الثلاثة قتلوا خلال الهجوم على الحاجز.", ["killed 3 guards total"]),
        RuleCase("c3-in-front-own", "وانفجرت عبوة ناسفة أمام مبنى البلدية في الطبقة.", [], absent: ["killed"]),
    ]

    @Test("C3 single named or definite victims", arguments: singleVictims)
    func singleVictim(_ c: RuleCase) { expectRule(c) }

    /// C4: a partition that goes on past a full stop or a line break; `N منهم`.
    static let partitions: [RuleCase] = [
        RuleCase("c4-lines", """
            بلغت حصيلة القتلى منذ مطلع العام 2021 نحو 58 قتيلاً، هم:
            31 من قوات النظام قتلوا بكمائن للتنظيم.
            20 من عناصر التنظيم قتلوا بغارات روسية.
            و7 مواطنين بينهم سيدة بهجمات متفرقة في البادية.
            """, ["killed 31 regime part<58", "killed 20 is part<58", "killed 7 all part<58", "killed 1 women subset<7"]),
        RuleCase("c4-full-stop", "وبلغت حصيلة القتلى 44 قتيلاً، هم: 30 من قوات سوريا الديمقراطية والتشكيلات العاملة معها. و 9 من تنظيم الدولة الإسلامية، و4 مدنيين، و1 متعاون مع التحالف.",
                 ["killed 44 all total", "killed 30 sdf part<44", "killed 9 is part<44", "killed 4 civilians part<44", "killed 1 other part<44"]),
        RuleCase("c4-of-them", "وقالت المصادر إن الهجمات أسفرت عن مقتل 52 شخصاً، 37 منهم عسكريون من قوات النظام.",
                 ["killed 52 all total", "killed 37 regime subset<52"]),
        RuleCase("c4-english-labels", """
            The monitor recorded 900 deaths in June, distributed as follows:
            Civilians: 300.
            Regime forces: 350. Armed factions: 150. IS members: 100.
            """, ["killed 900 all total", "killed 300 civilians part<900", "killed 350 regime part<900", "killed 150 opposition part<900", "killed 100 is part<900"]),
        RuleCase("c4-of-them-own", "ووثق المرصد مقتل 19 شخصاً بقصف على إدلب، 6 منهم أطفال.", ["killed 19 all total", "killed 6 children subset<19"]),
        RuleCase("c4-full-stop-own", "وثق المرصد مقتل 25 شخصاً، هم: 15 من عناصر التنظيم قتلوا بغارات. و6 من قوات النظام، و4 مدنيين.",
                 ["killed 25 all total", "killed 15 is part<25", "killed 6 regime part<25", "killed 4 civilians part<25"]),
    ]

    @Test("C4 partitions past a full stop or a line break", arguments: partitions)
    func partition(_ c: RuleCase) { expectRule(c) }

    /// C6: line breaks inside a sentence.
    static let wrapped: [RuleCase] = [
        RuleCase("c6-monthly", """
            أحصى المرصد في تقريره الشهري
            مقتل 1310 أشخاص على امتداد
            الأراضي السورية خلال شهر آب الماضي.
            وبحسب التقرير، قتل 402 من
            المدنيين، 377 من قوات النظام، و50 من عناصر
            حزب الله اللبناني.
            """, ["killed 1310 all total", "killed 402 civilians total", "killed 377 regime total", "killed 50 iran_backed total"]),
        RuleCase("c6-toll-head", """
            ارتفع عدد
            قتلى المعارك الدائرة في
            ريف حماة الشمالي منذ مطلع الأسبوع إلى 96 شخصاً، وفق المرصد.
            """, ["killed 96 all total"]),
        RuleCase("c6-english-own", """
            The monitor said the number of
            people killed in the shelling of
            Ariha rose to 14, among them five children.
            """, ["killed 14 all total", "killed 5 children subset<14"]),
    ]

    @Test("C6 hard-wrapped text", arguments: wrapped)
    func hardWrapped(_ c: RuleCase) { expectRule(c) }

    /// C7: `الضحايا` heads a death toll when no wounded are named.
    static let victimsTolls: [RuleCase] = [
        RuleCase("c7-rose", "وقال المرصد إن عدد الضحايا من المدنيين ارتفع إلى 9120 شخصاً، بينهم 1300 طفل و870 سيدة.",
                 ["killed 9120 civilians total", "killed 1300 children subset<9120", "killed 870 women subset<9120"]),
        RuleCase("c7-among", "وأشار التقرير إلى أن بين الضحايا 5210 مدنيين من ضمنهم 640 طفلاً.",
                 ["killed 5210 civilians total", "killed 640 children subset<5210"]),
        RuleCase("c7-own", "وارتفع عدد الضحايا إلى 37 شخصاً بينهم 9 أطفال، بحسب الدفاع المدني.",
                 ["killed 37 all total", "killed 9 children subset<37"]),
        RuleCase("c7-with-wounded-stays", "وارتفع عدد الضحايا إلى 37 قتيلاً وجريحاً.", [], absent: ["killed"]),
    ]

    @Test("C7 'الضحايا' as the head of a death toll", arguments: victimsTolls)
    func victimsToll(_ c: RuleCase) { expectRule(c) }

    /// C9: implicit 'one' beyond a bare indefinite noun.
    static let implicitOne: [RuleCase] = [
        RuleCase("c9-ahad-construct", "قتل أحد مقاتلي الفصائل بانفجار لغم قرب بلدة عين عيسى.", ["killed 1 opposition total"]),
        RuleCase("c9-ahad-police", "وأسفر الهجوم عن مقتل أحد عناصر الشرطة العسكرية وإصابة 2 آخرين.", ["killed 1 all total", "wounded 2 all total"]),
        RuleCase("c9-age", "عثر الأهالي على جثة شاب 23 عاماً مقتولاً بالرصاص قرب قرية محيميدة.", ["killed 1 civilians total"], absent: ["killed 23"]),
        RuleCase("c9-quoted", "Eight people, among them a “fighter of the Asayish”, died in the blast in Amuda.",
                 ["killed 8 all total", "killed 1 sdf subset<8"]),
        RuleCase("c9-another", "Gunmen on a motorbike opened fire in Tal Tamr, killing a taxi driver and injuring another.",
                 ["killed 1 civilians total", "wounded 1 all total"]),
        RuleCase("c9-ahad-own", "واغتيل أحد عناصر قوات النظام برصاص مجهولين في ريف درعا.", ["killed 1 regime total"]),
        RuleCase("c9-age-own", "وعثر على جثة رجل 40 عاماً في أطراف بلدة الصور.", ["killed 1 all total"], absent: ["killed 40"]),
        RuleCase("c9-other-own", "A landmine blast killed one shepherd and wounded the other near Sabkha.", ["killed 1 civilians total", "wounded 1 all total"]),
    ]

    @Test("C9 implicit one", arguments: implicitOne)
    func implicitOneFigure(_ c: RuleCase) { expectRule(c) }
}
