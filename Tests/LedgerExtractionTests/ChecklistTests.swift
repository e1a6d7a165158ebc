import LedgerCore
import Testing
@testable import LedgerExtraction

/// One row of the report-patterns §10 checklist: synthetic text, figures that must appear, figures that must not.
struct FigureCase: Sendable, CustomTestStringConvertible {
    var item: Int
    var text: String
    var expect: [String]
    var forbid: [String] = []
    var published: String? = "2024-03-19"
    var testDescription: String { "§10.\(item): \(text.prefix(40))" }
}

@Suite("Report-patterns §10 checklist")
struct ChecklistTests {
    static let cases: [FigureCase] = [
        FigureCase(item: 1, text: "قُتل 3 عناصر من «قسد» أمس في ريف دير الزور.", expect: ["killed:3"]),
        FigureCase(item: 2, text: "أفادت مصادر بمقتل عنصرين من قوات النظام في البادية.", expect: ["killed:2"]),
        FigureCase(item: 2, text: "لقي مسلحان مصرعهما في اشتباك قرب الميادين.", expect: ["killed:2"]),
        FigureCase(item: 3, text: "قُتل مدني وأصيب آخر برصاص مجهولين.", expect: ["killed:1", "wounded:1"]),
        FigureCase(item: 4, text: "قُتل عنصران وأصيب ثالث بانفجار عبوة.", expect: ["killed:2", "wounded:1"], forbid: ["wounded:3"]),
        FigureCase(item: 5, text: "مقتل وإصابة 9 أشخاص بانفجار في السوق.", expect: ["killed_or_wounded:9"], forbid: ["killed:9", "wounded:9"]),
        FigureCase(item: 5, text: "سقوط 14 بين قتيل وجريح في القصف.", expect: ["killed_or_wounded:14"], forbid: ["killed:14"]),
        FigureCase(item: 6, text: "There were 12 casualties in the blast near the market.", expect: ["killed_or_wounded:12"], forbid: ["killed:12"]),
        FigureCase(item: 7, text: "قُتل 5 مدنيين وأصيب 8 آخرون في القصف.", expect: ["killed:5", "wounded:8"]),
        FigureCase(item: 8, text: "وثق المصدر مقتل ما لا يقل عن 14 قتيلاً في الهجوم.", expect: ["killed:14"]),
        FigureCase(item: 9, text: "More than ten soldiers were killed in the ambush.", expect: ["killed:10"], forbid: ["killed:11"]),
        FigureCase(item: 10, text: "قُتل نحو ٣٠ شخصاً في الاشتباكات.", expect: ["killed:30"]),
        FigureCase(item: 11, text: "سقط عشرات القتلى في المعارك.", expect: []),
        FigureCase(item: 11, text: "Dozens were killed in the fighting.", expect: []),
        FigureCase(item: 12, text: "قُتلت ثماني سيدات في القصف.", expect: ["killed:8"]),
        FigureCase(item: 12, text: "قُتل ثمانية عناصر من قسد.", expect: ["killed:8"]),
        FigureCase(item: 12, text: "قُتل أربع عناصر من قوات النظام.", expect: ["killed:4"]),
        FigureCase(item: 13, text: "قُتل خمسة وعشرين مدنياً في المجزرة.", expect: ["killed:25"]),
        FigureCase(item: 13, text: "Twenty-five civilians were killed in the attack.", expect: ["killed:25"]),
        FigureCase(item: 14, text: "بلغ عدد القتلى ١٢٬٤٨٠ شخصاً.", expect: ["killed:12480"]),
        FigureCase(item: 14, text: "The monitor says 12,480 people were killed.", expect: ["killed:12480"]),
        FigureCase(item: 14, text: "قُتل 12 ألفاً من المدنيين.", expect: ["killed:12000"]),
        FigureCase(item: 14, text: "Half a million people were killed.", expect: ["killed:500000"]),
        FigureCase(item: 15, text: "بلغت حصيلة القتلى 74 قتيلاً، هم: 39 مدنياً و35 من «قسد».", expect: ["killed:74", "killed:39", "killed:35"]),
        FigureCase(item: 16, text: "بلغت الحصيلة 31 قتيلاً بينهم 20 من «قسد» و6 مدنيين و5 من التنظيم.", expect: ["killed:31", "killed:20", "killed:6", "killed:5"]),
        FigureCase(item: 17, text: "بلغت الحصيلة 31 قتيلاً بينهم 6 مدنيين.", expect: ["killed:31", "killed:6"]),
        FigureCase(item: 18, text: "قُتل 59 مدنياً بينهم 9 أطفال و4 مواطنات.", expect: ["killed:59", "killed:9", "killed:4"]),
        FigureCase(item: 19, text: "بلغت الحصيلة 94 قتيلاً، هم: 37 مدنياً بينهم 3 أطفال وسيدة، و52 من «قسد»، و5 من التنظيم.", expect: ["killed:94", "killed:37", "killed:3", "killed:1", "killed:52", "killed:5"]),
        FigureCase(item: 20, text: "بلغت الحصيلة 40 قتيلاً، هم: 21 من «قسد» و19 مدنياً بينهم طفل و3 حراس منشآت مدنية.", expect: ["killed:19", "killed:1", "killed:3"]),
        FigureCase(item: 22, text: "ارتفعت حصيلة قتلى الهجوم إلى 17، وكان المرصد قد أفاد في وقت سابق بمقتل 14.", expect: ["killed:17", "killed:14"]),
        FigureCase(item: 28, text: "مقتل مدني في الرقة\n214\nقُتل مدني برصاص مجهولين.\nاقرأ أيضاً: مقتل 12 في حادث سير بالأردن", expect: ["killed:1"], forbid: ["killed:214", "killed:12"]),
        FigureCase(item: 29, text: "قُتل عنصر من الفرقة 25 على طريق M4 قرب مطار T4 على بعد 40 كم شرقي الميادين at 10:45 PM.", expect: ["killed:1"], forbid: ["killed:25", "killed:4", "killed:40", "killed:10", "killed:45"]),
        FigureCase(item: 30, text: "قُتل شاب (٢٤ عاماً) برصاص مجهولين.", expect: ["killed:1"], forbid: ["killed:24"]),
        FigureCase(item: 31, text: "IS*IS gu*nmen kil*led two civilians near the town.", expect: ["killed:2"]),
        FigureCase(item: 33, text: "أعلنت القوات فقدان الاتصال بـ12 عنصراً.", expect: ["missing:12"], forbid: ["killed:12"]),
        FigureCase(item: 33, text: "فقد عنصر من «قسد» حياته بانفجار لغم.", expect: ["killed:1"]),
        FigureCase(item: 34, text: "نجا قيادي من محاولة اغتيال دون إصابته.", expect: [], forbid: ["killed:1", "wounded:1"]),
        FigureCase(item: 36, text: "A civilian was killed on Monday. The war has killed more than 520,000 people since 2011.", expect: ["killed:1", "killed:520000"]),
        FigureCase(item: 37, text: "-14 تشرين الثاني الجاري، أصيب عنصر بجروح بليغة.", expect: ["wounded:1"], forbid: ["wounded:14", "killed:14"], published: "2024-11-20"),
    ]

    @Test(arguments: cases)
    func figuresAreRead(_ c: FigureCase) {
        let e = extract(c.text, published: c.published)
        checkInvariants(e, text: c.text)
        var got = figures(e.claims)
        for f in c.expect {
            #expect(got.contains(f), "missing \(f) in \(got)")
            if let k = got.firstIndex(of: f) { got.remove(at: k) }
        }
        let all = figures(e.claims)
        for f in c.forbid { #expect(!all.contains(f), "unexpected \(f) in \(all)") }
        if c.expect.isEmpty { #expect(!all.contains { $0.hasPrefix("killed:") || $0.hasPrefix("wounded:") }) }
    }

    @Test("§10.1 incident dated yesterday, sdf")
    func yesterday() throws {
        let c = try #require(claims("قُتل 3 عناصر من «قسد» أمس.", published: "2024-03-19").first)
        #expect(c.kind == .incident && c.category == .sdf && c.qualifier == .exact)
        #expect(c.eventDate?.day == Day(iso: "2024-03-18"))
    }

    @Test("§10.8–10 qualifiers")
    func qualifiers() {
        #expect(claims("ما لا يقل عن 14 قتيلاً").first?.qualifier == .atLeast)
        #expect(claims("More than ten soldiers were killed.").first?.qualifier == .moreThan)
        #expect(claims("More than ten soldiers were killed.").first?.category == .regime)
        #expect(claims("قُتل نحو ٣٠ شخصاً.").first?.qualifier == .about)
    }

    @Test("§10.15–19 roles and parents")
    func roles() throws {
        let cs = claims("بلغت الحصيلة 94 قتيلاً، هم: 37 مدنياً بينهم 3 أطفال وسيدة، و52 من «قسد».")
        let total = try #require(cs.first { $0.value == 94 })
        let civ = try #require(cs.first { $0.value == 37 })
        let kids = try #require(cs.first { $0.value == 3 })
        let woman = try #require(cs.first { $0.value == 1 })
        let sdf = try #require(cs.first { $0.value == 52 })
        #expect(civ.role == .part && civ.parent == total.id && civ.category == .civilians)
        #expect(kids.role == .subset && kids.parent == civ.id && kids.category == .children)
        #expect(woman.role == .subset && woman.parent == civ.id && woman.category == .women)
        #expect(sdf.role == .part && sdf.parent == total.id && sdf.category == .sdf)
        let sixteen = claims("قُتل 31 شخصاً بينهم 20 من «قسد» و6 مدنيين و5 من التنظيم.")
        #expect(sixteen.filter { $0.role == .part }.count == 3)
        let seventeen = claims("قُتل 31 شخصاً بينهم 6 مدنيين.")
        #expect(seventeen.first { $0.value == 6 }?.role == .subset)
    }

    @Test("§10.21 regional lines")
    func regional() throws {
        let text = """
        وبذلك، يكون المرصد قد أحصى 137 عملية منذ مطلع العام 2023، وبلغت حصيلة القتلى 94 قتيلاً، هم: 37 مدنياً، و57 من «قسد».
        وتوزعت العمليات على النحو الآتي:
        – 27 عملية في الرقة أسفرت عن مقتل 14 من العسكريين و9 مدنيين
        """
        let cs = claims(text, published: "2023-06-10")
        let ops = try #require(cs.first { $0.measure == .operations && $0.value == 137 })
        let killed = try #require(cs.first { $0.measure == .killed && $0.value == 94 })
        let r27 = try #require(cs.first { $0.measure == .operations && $0.value == 27 })
        let r14 = try #require(cs.first { $0.measure == .killed && $0.value == 14 })
        let r9 = try #require(cs.first { $0.measure == .killed && $0.value == 9 })
        #expect(r27.parent == ops.id && r27.place?.name == "raqqa")
        #expect(r14.parent == killed.id && r9.parent == killed.id && r9.place?.name == "raqqa")
        #expect(ops.period?.start == Day(iso: "2023-01-01") && ops.period?.end == Day(iso: "2023-06-10"))
    }

    @Test("§10.22 supersession")
    func superseded() throws {
        let cs = claims("ارتفعت حصيلة قتلى الهجوم إلى 17، وكان المرصد قد أفاد في وقت سابق بمقتل 14.")
        let new = try #require(cs.first { $0.value == 17 })
        let old = try #require(cs.first { $0.value == 14 })
        #expect(old.supersededBy == new.id)
    }

    @Test("§10.23 exclusion")
    func exclusion() throws {
        let cs = claims("وبلغت حصيلة القتلى منذ مطلع العام 94 قتيلاً.\nولا تشمل هذه الحصيلة قتلى الاشتباكات العشائرية.")
        let t = try #require(cs.first { $0.value == 94 })
        #expect(t.exclusions.first?.contains("الاشتباكات العشائرية") == true)
        #expect(cs.count == 1)
    }

    @Test("§10.24–25 periods")
    func periods() throws {
        let a = try #require(claims("وثق المرصد مقتل 40 شخصاً منذ مطلع العام 2023.", published: "2023-06-10").first)
        #expect(a.period?.start == Day(iso: "2023-01-01") && a.period?.end == Day(iso: "2023-06-10"))
        let b = try #require(claims("وثق المرصد مقتل 40 شخصاً خلال شهر آذار الماضي.", published: "2024-04-02").first)
        #expect(b.period?.start == Day(iso: "2024-03-01") && b.period?.end == Day(iso: "2024-03-31"))
    }

    @Test("§10.26–27 date conflicts")
    func dateConflicts() throws {
        let a = try #require(claims("قُتل مدني أمس الأحد برصاص مجهولين.", published: "2024-03-19").first)
        #expect(Set(a.eventDate?.candidates ?? []) == [Day(iso: "2024-03-18")!, Day(iso: "2024-03-17")!])
        let b = try #require(claims("قُتل مدني في 5 آب/ سبتمبر برصاص مجهولين.", published: "2024-10-19").first)
        #expect((b.eventDate?.candidates.count ?? 0) == 2)
        let c = claims("قُتل أب وأبناؤه في القصف.")
        #expect(c.allSatisfy { ($0.eventDate?.candidates.count ?? 0) <= 1 })
    }

    @Test("§10.32 obfuscated IS words normalise")
    func obfuscation() {
        let n = TextNormalizer.normalize("خـ ـلايـ ـا تـ ـنـ ـظـ ـيـ ـم ال-دولة داعـش")
        let s = String(String.UnicodeScalarView(n.scalars))
        #expect(s == "خلايا تنظيم الدولة داعش")
    }

    @Test("§10.35 a repeated paragraph gives one set of claims")
    func duplicateParagraph() {
        let p = "قُتل 3 عناصر من «قسد» أمس في هجوم لخلايا التنظيم قرب بلدة ذيبان بريف دير الزور الشرقي."
        #expect(claims(p + "\n" + p).count == claims(p).count)
    }

    @Test("§10.36 background tally is not the incident's toll")
    func background() throws {
        let cs = claims("A civilian was killed on Monday. The war has killed more than 520,000 people since 2011.")
        let bg = try #require(cs.first { $0.value == 520_000 })
        #expect(bg.context == .background && bg.qualifier == .moreThan && bg.category == .all)
        #expect(cs.first { $0.value == 1 }?.context == .main)
    }

    @Test("§10.37 a day before a month is a date")
    func dayOfMonth() throws {
        let c = try #require(claims("-14 تشرين الثاني الجاري، أصيب عنصر بجروح بليغة.", published: "2024-11-20").first)
        #expect(c.eventDate?.day == Day(iso: "2024-11-14"))
    }
}
