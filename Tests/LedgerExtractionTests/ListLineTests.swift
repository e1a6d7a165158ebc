import LedgerCore
import Testing
@testable import LedgerExtraction

/// Breakdowns whose lines carry no bullet, headlines with dual nouns, loaded names for the army.
@Suite("List lines without bullets, dual headlines")
struct ListLineTests {
    /// "Parent value<-child value" for every part and subset, in order.
    static func tree(_ cs: [Claim]) -> [String] {
        let byID = Dictionary(uniqueKeysWithValues: cs.map { ($0.id, $0) })
        return cs.compactMap { c in c.parent.flatMap { byID[$0] }.map { "\($0.value)<-\(c.value) \(c.role.rawValue) \(c.category.rawValue)" } }
    }

    @Test(arguments: [
        "Five civilians, including a child.\nFour members of regime forces.\nThree members of SDF.",
        "- Five civilians, including a child.\n- Four members of regime forces.\n- Three members of SDF.",
        "5 civilians, including a child.\n4 members of regime forces.\n3 members of SDF.",
    ])
    func dailyTollLines(_ lines: String) {
        let text = "The Observatory has documented the deaths of 12 people across Syria on Monday, as follows:\n" + lines
        let cs = claims(text, published: "2024-03-12")
        #expect(figures(cs) == ["killed:12", "killed:5", "killed:1", "killed:4", "killed:3"])
        #expect(Self.tree(cs) == ["12<-5 part civilians", "5<-1 subset children", "12<-4 part regime", "12<-3 part sdf"])
        #expect(cs.allSatisfy { $0.kind == .tally })
    }

    @Test func aLineWithItsOwnVerbClosesTheList() {
        let text = "The Observatory has documented the deaths of 12 people across Syria on Monday, as follows:\n"
            + "Five civilians, including a child.\n7 people were killed in a separate attack in Daraa on Sunday."
        let cs = claims(text, published: "2024-03-12")
        #expect(figures(cs) == ["killed:12", "killed:5", "killed:1", "killed:7"])
        #expect(cs.last?.parent == nil)
    }

    @Test func dualInAHeadlineIsItsOwnFigure() {
        let text = "ارتقاء شهيدين وإصابة 4 مدنيين بعدوان على ريف دمشق\nدمشق-سانا\nارتقى شهيدان مدنيان وأصيب أربعة آخرون بجروح جراء عدوان استهدف مبنى سكنياً فجر اليوم."
        let cs = claims(text, published: "2024-03-12")
        #expect(!cs.contains { $0.measure == .killedOrWounded })
        #expect(Set(figures(cs)) == ["killed:2", "wounded:4"])
    }

    @Test func loadedNameForTheArmy() {
        let cs = claims("هلاك 5 من عناصر الجيش النصيري بتفجير عبوة ناسفة على رتل لهم قرب تدمر", published: "2024-03-12")
        #expect(figures(cs) == ["killed:5"])
        #expect(cs.first?.category == .regime)
    }
}

/// Figures that look like figures and are not, and the words around figures.
@Suite("Ages, lost limbs, qualifiers and dashes")
struct AroundFigureTests {
    @Test func familyListedBetweenDashesIsTheBreakdownOfItsTotal() {
        let cs = claims("Four members of one family — a father, his two sons and a nephew — were killed on Tuesday when a shell went off near Maarat al-Numan.")
        #expect(figures(cs) == ["killed:4", "killed:1", "killed:2", "killed:1"])
        #expect(cs.dropFirst().allSatisfy { $0.role == .part && $0.parent == cs[0].id })
    }

    @Test func anAgeWrittenAsAnOrdinalAndALostLimbAreNotFigures() {
        let cs = claims("لقي 4 أشخاص حتفهم بانفجار قذيفة قرب معرة النعمان، فيما فقد طفل في الرابعة عشرة من عمره ساقيه.")
        #expect(figures(cs) == ["killed:4"])
    }

    @Test func theLongestQualifierAndOnlyItsOwnClause() throws {
        let c = try #require(claims("ومنذ مطلع العام، قُتل ما لا يقل عن 36 شخصاً، نصفهم تقريباً من الأطفال، بمخلفات الحرب.").first)
        #expect(c.value == 36 && c.qualifier == .atLeast)
        #expect(c.span.text.hasPrefix("ما لا يقل عن 36"))
    }
}

@Suite("Earlier events and state media")
struct EarlierEventTests {
    @Test func anAttackThatCameDaysAfterAnotherPointsBack() throws {
        let text = "Militants ambushed a bus carrying troops near Mayadin on Friday, killing 23 soldiers, state media said.\n"
            + "The attack came two days after an Israeli strike on a building in Damascus killed 7 people, Iranian state TV reported."
        let cs = claims(text, published: "2023-08-11")
        #expect(figures(cs) == ["killed:23", "killed:7"])
        #expect(cs.map(\.context) == [.main, .backReference])
        #expect(cs.map(\.attributedTo) == ["state media", "state media"])
    }
}

@Suite("Bodies brought in, kin in the dual, ages")
struct KinAndBodiesTests {
    @Test func bodiesBroughtToHospitalAreDeathsNotWounded() {
        let cs = claims("أكد مصدر طبي وصول جثامين 6 عسكريين و3 مدنيين إلى المشفى، إضافة إلى 11 مصاباً، جراء الهجوم على الحافلة.")
        #expect(figures(cs) == ["killed:6", "killed:3", "wounded:11"])
    }

    @Test func herTwoChildrenInTheNominativeDual() {
        let cs = claims("قتل 5 مدنيين على الأقل، بينهم امرأة وطفلاها، وجرح 12 آخرون في قصف على أريحا.")
        #expect(figures(cs) == ["killed:5", "killed:1", "killed:2", "wounded:12"])
        #expect(cs.first { $0.value == 2 }?.category == .children)
    }

    @Test func aChildsAgeMakesKinAChild() {
        let cs = claims("Gunmen shot dead a man and his 9-year-old daughter near Dhiban.")
        #expect(figures(cs) == ["killed:1", "killed:1"])
        #expect(cs.last?.category == .children)
    }
}
