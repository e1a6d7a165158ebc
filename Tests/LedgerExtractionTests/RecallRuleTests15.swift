import LedgerCore
import Testing
@testable import LedgerExtraction

/// Rules found by the fifth helper's scenarios of issue 16 (weekday possessives, "last Thursday", "Oct. 9",
/// "in May", sources in apposition and in contrast, a perpetrator's claim, "the deadliest since"). Sentences are our own.
private func own(_ e: Extraction, _ m: Measure = .killed) -> [Claim] {
    e.claims.filter { $0.kind == .incident && $0.role == .total && $0.context == .main && $0.measure == m && $0.supersededBy == nil }
}

@Suite("Real pages 15: dates, sources and recalls of the fifth reading")
struct RecallRuleTests15 {
    /// "Monday's bombing" dates the event; the statement's "said on Wednesday" gives way to it.
    @Test func aPossessiveWeekdayIsTheEventsDay() {
        let e = extract("The death toll from Monday's market bombing in Azaz has climbed to 41, the Observatory said on Wednesday.", published: "2024-06-12")
        #expect(own(e).map(\.value) == [41])
        #expect(own(e).first?.eventDate?.day?.description == "2024-06-10")
        let t = extract("Seven SDF members were killed in Tuesday’s attack on the checkpoint, Amaq claimed.", published: "2024-03-07")
        #expect(t.claims.first?.eventDate?.day?.description == "2024-03-05")
    }

    /// "still … on Monday after shelling killed four there last Thursday": the past weekday is the event's.
    @Test func lastWeekdayBeatsThePresentOne() {
        let e = extract("Residents were still clearing rubble on Monday after shelling killed four civilians in Saraqib last Thursday.", published: "2025-10-14")
        #expect(own(e).map(\.value) == [4])
        #expect(own(e).first?.eventDate?.day?.description == "2025-10-09")
        // "last Thursday" said on a Thursday is a week before.
        let w = extract("Shelling killed four civilians in Saraqib last Thursday.", published: "2025-10-16")
        #expect(own(w).first?.eventDate?.day?.description == "2025-10-09")
        // A plain weekday alone keeps its meaning.
        let p = extract("Shelling killed four civilians in Saraqib on Monday.", published: "2025-10-14")
        #expect(own(p).first?.eventDate?.day?.description == "2025-10-13")
    }

    /// "on Oct. 9": a short month's full stop ends no sentence, and the day is read.
    @Test func aShortMonthWithItsStop() {
        let e = extract("Shelling killed four civilians in the town of Saraqib on Oct. 9, local sources said.", published: "2025-10-10")
        #expect(e.claims.map(\.value) == [4])
        #expect(own(e).first?.eventDate?.day?.description == "2025-10-09")
        let s = extract("A landmine killed two shepherds near al-Sukhnah on Sept. 12, a military source said.", published: "2025-09-14")
        #expect(own(s).first?.eventDate?.day?.description == "2025-09-12")
    }

    /// "killed … in May" after the month: a count of the month, with its period.
    @Test func inMayIsTheMonth() {
        let e = extract("Eleven people were killed inside al-Hol camp in May, the Observatory said in its monthly tally.", published: "2024-06-01")
        let c = e.claims.first { $0.value == 11 }
        #expect(c?.kind == .tally)
        #expect(c?.period?.start?.description == "2024-05-01" && c?.period?.end?.description == "2024-05-31")
        // The modal verb stays a verb.
        let m = extract("Three people were killed in the shelling and the toll may rise, local sources said.", published: "2024-06-01")
        #expect(own(m).map(\.value) == [3])
    }

    /// A source named in apposition after a reporting word's first name; the SDF's own sources.
    @Test func sourcesInAppositionAndTheSDF() {
        let sana = extract("Four soldiers were killed early on Monday when missiles hit positions around Damascus, a military source told the state news agency SANA.", published: "2023-08-07")
        #expect(own(sana).first?.attributedTo == "SANA")
        let sdf = extract("Gunmen attacked a checkpoint in Abu Hamam late on Tuesday, killing two SDF fighters, an SDF military source said.", published: "2024-03-06")
        #expect(own(sdf).first?.attributedTo == "SDF")
        let contrast = extract("Amaq claimed that seven SDF members were killed in the attack, while the SDF put its own losses at two dead.", published: "2024-03-06")
        #expect(contrast.claims.map { "\($0.value) \($0.attributedTo ?? "-")" }.sorted() == ["2 SDF", "7 Amaq (IS outlet)"])
        let ar = extract("تبنى تنظيم الدولة الإسلامية عبر وكالة أعماق الهجوم على حاجز في بلدة أبو حمام، زاعماً أنه أسفر عن مقتل سبعة عناصر.", published: "2024-03-06")
        #expect(own(ar).first?.attributedTo == "Amaq (IS outlet)")
    }

    /// "the deadliest attack … since a truck bomb killed 60 there in 2021": the earlier attack, recalled.
    @Test func theDeadliestSinceRecalls() {
        let e = extract("It was the deadliest attack in the town since a truck bomb killed more than 60 people there in 2021.", published: "2024-06-12")
        #expect(e.claims.allSatisfy { $0.context == .backReference }, "\(e.claims)")
        #expect(own(e).isEmpty && e.claims.count == 1)
    }

    /// Villages the gazetteer lacked, under the spellings reports use.
    @Test func villagesOfTheReports() {
        #expect(own(extract("قُتل ثلاثة مدنيين بقصف مدفعي استهدف بلدة كنصفرة جنوبي إدلب.")).first?.place?.name == "kansafra")
        #expect(own(extract("A drone killed five fighters near al-Duwair in the Deir ez-Zor countryside on Sunday.")).first?.place?.name == "al-dawir")
        #expect(own(extract("قتل 5 عناصر باستهداف مسيّرة لسيارة قرب قرية الكشمة بريف دير الزور الشرقي.")).first?.place?.name == "al-kishmah")
    }
}

@Suite("Real pages 15: breakdowns and single victims of the fifth reading")
struct RecallRuleTests15b {
    /// Figures after a total that sum to it are its parts, in English and Arabic.
    @Test(arguments: [
        RuleCase("apposed-sum-en", "The strikes near Damascus on Monday killed six fighters, four Syrian soldiers and two members of allied militias.",
                 ["killed 6 all total", "killed 4 regime part<6", "killed 2 all part<6"]),
        RuleCase("apposed-sum-ar", "قُتل 13 مقاتلاً من الطرفين، 9 من الفصائل الموالية لتركيا و4 من مجلس منبج العسكري، في اشتباكات بريف منبج.",
                 ["killed 13 all total"], absent: ["killed 9 opposition total", "killed 4 military total"]),
        // Two figures that do not sum to the one before stay their own.
        RuleCase("no-sum", "Shelling killed five civilians in Ariha, and two soldiers and one fighter died in Saraqib.",
                 ["killed 5 civilians total"], absent: ["killed 2 regime part", "killed 1 all part"]),
    ])
    func itemsThatSum(_ c: RuleCase) { expectRule(c) }

    /// «اغتال مسلحون … الشاب …، ما أدى إلى مقتله»: the person attacked, once.
    @Test func theSingularPronounCountsThePersonAttacked() {
        let e = own(extract("اغتال مسلحون مجهولون، مساء أمس الثلاثاء، الشاب محمد خالد الزعبي بإطلاق النار عليه قرب بلدة اليادودة، ما أدى إلى مقتله على الفور.", published: "2024-09-25"))
        #expect(e.map(\.value) == [1])
        #expect(e.first?.place?.name == "al-yadudah")
        // Counted already by its own noun: not twice.
        let once = own(extract("قُتل شاب برصاص مسلحين أطلقوا النار على الشاب قرب بلدة اليادودة، ما أدى إلى مقتله."))
        #expect(once.map(\.value) == [1])
    }

    /// «مقتل رجل وطفلين», "killing a man and two children": one toll of three.
    @Test func aPersonAndAGroupAreOneToll() {
        #expect(own(extract("أسفر القصف المدفعي على بلدة كنصفرة عن مقتل رجل وطفلين وإصابة خمسة مدنيين.")).map(\.value) == [3])
        #expect(own(extract("Artillery shelling on Kansafra killed a man and two children on Tuesday.")).map(\.value) == [3])
    }

    /// A headline's single death over the lead's, each calling the person otherwise, is one.
    @Test func aHeadlineSingleIsTheLeads() {
        let e = extract("""
            مقتل عنصر سابق في المعارضة برصاص مجهولين غربي درعا

            قُتل شاب، أمس الثلاثاء، برصاص مسلحين مجهولين في ريف درعا الغربي، وفق ما أفادت مصادر محلية.
            """, published: "2024-09-25")
        #expect(own(e).map(\.value) == [1])
    }
}
