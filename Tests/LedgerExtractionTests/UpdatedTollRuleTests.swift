import LedgerCore
import Testing
@testable import LedgerExtraction

/// Rules found by the lead's scenario of one car bombing told by four outlets as its toll rose (stop 34): the number
/// killed "in Tuesday's car bomb explosion" is that attack's toll, and "Among the dead" after "rose to seven after two
/// of the wounded died" picks out of the seven. Sentences are our own.
@Suite("An updated toll and the dead picked out of it")
struct UpdatedTollRuleTests {
    /// "the number of people killed in" with one attack named by "the" or a day's possessive, its modifiers before its
    /// noun, counts that attack; plural attacks or a "since" stay a tally.
    @Test("'the number of' killed in one named attack is its toll", arguments: [
        ("The number of people killed in Tuesday's car bomb explosion in Azaz has risen to seven.", ClaimKind.incident),
        ("The number of people killed in the car bombing in Azaz has risen to seven, medics said.", .incident),
        ("The number of dead from yesterday's Israeli air strike on the camp rose to 11.", .incident),
        ("The number of people killed in the double suicide attack on the market climbed to 23.", .incident),
        ("The number of people killed in air strikes on the province has risen to 40.", .tally),
        ("The number of people killed in the strike on the town since Tuesday has risen to 40.", .tally),
    ])
    func numberKilledInOneAttack(text: String, kind: ClaimKind) {
        let killed = extract(text, published: "2024-03-06").claims.filter { $0.measure == .killed && $0.role == .total }
        #expect(killed.map(\.kind) == [kind], "\(text)")
    }

    /// A sentence that opens "Among the dead" picks out of the toll before, as "Of the dead" does: subsets, or parts
    /// where they add up to it.
    @Test("'Among the dead' picks out of the toll before")
    func amongTheDead() throws {
        let picked = extract("Seven people were killed in the car bombing in Azaz. Among the dead are three children and a woman.").claims
        let toll = try #require(picked.first { $0.role == .total })
        #expect(toll.value == 7 && picked.count == 3)
        #expect(picked.filter { $0.role == .subset && $0.parent == toll.id }.map(\.category) == [.children, .women])
        let summed = extract("Fourteen people were killed in the strike. Among the dead were four children and three women, while seven were men.").claims
        #expect(summed.filter { $0.role == .part }.map(\.value) == [4, 3, 7])
    }

    /// "rose to seven after two of the wounded died. Among the dead are three children": the children are of the seven,
    /// not of the two who died of their wounds (they were three parts of two).
    @Test("the dead picked out after an increment are of the whole toll", arguments: [
        "Seven people were killed in the car bombing in Azaz, after two of the wounded died in hospital. Among the dead are three children.",
        "The number of people killed in Tuesday's car bomb explosion in Azaz has risen to seven, after two of the wounded died in hospital. Of the dead, three were children.",
        "ارتفعت حصيلة التفجير في إعزاز إلى سبعة قتلى بعد وفاة اثنين من الجرحى. ومن بين القتلى ثلاثة أطفال.",
    ])
    func pickedOutAfterIncrement(text: String) throws {
        let claims = extract(text, published: "2024-03-06").claims
        let toll = try #require(claims.first { $0.role == .total && $0.measure == .killed })
        #expect(toll.value == 7 && toll.kind == .incident, "\(text)")
        let children = try #require(claims.first { $0.category == .children })
        #expect(children.value == 3 && children.role == .subset && children.parent == toll.id, "\(text)")
    }

    /// «ارتفعت الحصيلة إلى أربعة بعد وفاة امرأة متأثرةً بجروحها، فيما قُتل شابان بقصف مماثل على قرية مجاورة»: the two of the
    /// clause after the contrast were killed in another shelling, not inside the raised toll (they were its subset); a
    /// death of wounds after the contrast still is.
    @Test("a death of its own after a contrast is not the increment", arguments: [
        ("ارتفعت حصيلة القصف على بلدة سرمين إلى أربعة قتلى مدنيين، بعد وفاة امرأة متأثرةً بجروحها، فيما قُتل شابان بقصف مماثل على قرية مجاورة.", 2, ClaimRole.total),
        ("The toll of the strike on Ariha rose to 11 after two of the wounded died, while two men were killed in shelling on a nearby village.", 2, .total),
        ("The toll rose to 14 after two of the wounded died, while a third died of his wounds on Monday.", 1, .subset),
    ])
    func ownDeathAfterContrast(text: String, value: Int, role: ClaimRole) throws {
        let claims = extract(text, published: "2024-10-11").claims.filter { $0.measure == .killed }
        let last = try #require(claims.last)
        #expect(last.value == value && last.role == role, "\(text)")
    }

    /// "The five dead included two Iranians": the toll restated as the subject is not a part of itself (the parts summed
    /// to 7 of 5, a false error), and "included" picks some out (subsets) unless they add up to the toll.
    @Test("the victims' sentence restating the toll", arguments: [
        ("Five people were killed when missiles hit a building in Damascus. The five dead included two Iranians.", ["subset 2"]),
        ("Five people were killed when missiles hit a building in Damascus. The dead included two Iranians.", ["subset 2"]),
        ("Five people were killed when missiles hit a building in Damascus. The five victims were two children and three women.", ["part 2", "part 3"]),
        ("Five people were killed when missiles hit a building in Damascus. The dead included two children and three women.", ["part 2", "part 3"]),
        ("قُتل خمسة أشخاص بغارة على مبنى في دمشق. والقتلى الخمسة هم طفلان وثلاث نساء.", ["part 2", "part 3"]),
    ])
    func restatedTollInVictimsSentence(text: String, below: [String]) throws {
        let claims = extract(text, published: "2024-04-12").claims
        let toll = try #require(claims.first)
        #expect(toll.value == 5 && toll.role == .total, "\(text)")
        #expect(claims.dropFirst().map { "\($0.role.rawValue) \($0.value)" } == below, "\(text)")
        #expect(claims.dropFirst().allSatisfy { $0.parent == toll.id }, "\(text)")
    }

    /// «بينهم مستشاران إيرانيان»: the dual of «مستشار» (adviser) is two people picked out of the toll (it was not read).
    @Test("two advisers among the dead")
    func advisersAmongTheDead() throws {
        let claims = extract("قُتل خمسة أشخاص بينهم مستشاران إيرانيان، فجر الجمعة، في غارة على مبنى في حي المزة بدمشق.", published: "2024-04-12").claims
        #expect(claims.map { "\($0.role.rawValue) \($0.value)" } == ["total 5", "subset 2"])
    }

    /// "killed in a terrorist attack on a military post": an armed man's noun before "attack" names no one (the tenth
    /// reading's "terrorists are people" counted one more dead in the state agency's relay).
    @Test("a terrorist attack kills no terrorist")
    func terroristAttack() {
        let claims = extract("Six members of the regime forces were killed in a terrorist attack on a military post near al-Sukhna on Saturday.", published: "2024-05-05").claims
        #expect(claims.map { "\($0.measure.rawValue) \($0.value)" } == ["killed 6"])
    }
}
