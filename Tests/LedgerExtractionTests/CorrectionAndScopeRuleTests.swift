import LedgerCore
import Testing
@testable import LedgerExtraction

/// Rules found by the lead's scenario of a month in eastern Deir ez-Zor told by three outlets (stop 34): a correction
/// names the figure it replaces, and an area narrowed to one province is that province's tally. Sentences are our own.
@Suite("A correction's old figure; an area narrowed to one province")
struct CorrectionAndScopeRuleTests {
    /// "An earlier version of this report said two were killed. One was killed": the two is the report's earlier figure,
    /// superseded by the one (it was a second incident, and the place's total doubled).
    @Test("a correction's old figure is superseded", arguments: [
        "An earlier version of this report said two civilians were killed in Dhiban on Tuesday. One civilian was killed and a child was wounded.",
        "One civilian was killed and a child was wounded in Dhiban on Tuesday. A previous version of this story incorrectly said two civilians were killed.",
        "An earlier report said two civilians were killed in Dhiban on Tuesday. One civilian was killed and a child was wounded, medics said.",
    ])
    func correctionSupersedes(text: String) throws {
        let killed = extract(text, published: "2024-05-15").claims.filter { $0.measure == .killed }
        let old = try #require(killed.first { $0.value == 2 }), new = try #require(killed.first { $0.value == 1 })
        #expect(old.supersededBy == new.id && new.supersededBy == nil, "\(text)")
    }

    /// A tally "in areas of the Autonomous Administration in the Deir ez-Zor countryside" counts Deir ez-Zor's incidents;
    /// the area alone, or an area with two provinces, stays the area.
    @Test("an area narrowed to one province is that province", arguments: [
        ("وثق المرصد منذ مطلع شهر أيار مقتل 9 أشخاص في مناطق سيطرة الإدارة الذاتية بريف دير الزور.", "deir ez-zor"),
        ("The monitor has documented 40 deaths in areas controlled by the Autonomous Administration in the eastern countryside of Deir ez-Zor since the start of 2024.", "deir ez-zor"),
        ("وثق المرصد مقتل 40 شخصاً في البادية السورية بريف حمص منذ مطلع العام.", "homs"),
        ("The monitor has documented 40 deaths in areas controlled by the Autonomous Administration since the start of 2024.", "aanes"),
        ("The monitor has documented 40 deaths in the Syrian desert of Homs and Deir ez-Zor since the start of 2024.", "badia"),
        ("وثق المرصد مقتل 40 شخصاً في البادية السورية بريف حمص ودير الزور منذ مطلع العام.", "badia"),
    ])
    func narrowedArea(text: String, scope: String) throws {
        let tally = try #require(extract(text, published: "2024-05-20").claims.first { $0.kind == .tally && $0.role == .total })
        #expect(tally.place?.name == scope, "\(text)")
    }

    /// "Turkish drone kills three near Qamishli" over "near Amuda, killing two Asayish members and a civilian driver": a
    /// headline names the nearest town the reader knows; the body's figures in a town of its district that add up to it
    /// are its parts (they were two more incidents: six dead for three). Towns of another district stay apart.
    @Test("a headline's sum over a nearby town of its district")
    func headlineOverNearbyTown() throws {
        let near = extract("Turkish drone kills three near Qamishli\n\nA Turkish drone hit a car near Amuda on Wednesday, killing two Asayish members and a civilian driver.", published: "2024-06-12").claims
        let total = try #require(near.first)
        #expect(total.value == 3 && total.role == .total)
        #expect(near.dropFirst().map { "\($0.role.rawValue) \($0.value)" } == ["part 2", "part 1"] && near.dropFirst().allSatisfy { $0.parent == total.id })
        let apart = extract("Shelling kills three near Azaz\n\nShelling killed two civilians in Saraqib and a child in Binnish on Thursday.", published: "2024-06-12").claims
        #expect(!apart.contains { $0.role == .part })
    }
}
