import LedgerCore
import Testing
@testable import LedgerExtraction

/// A wire's one sentence: the day's attack near a town, then the year's count it raises over a region
/// ("raising the number of pro-government fighters killed in IS attacks in the Syrian desert this year
/// to 212"). The count took the town, so the monitor's own Arabic count (over «البادية») and the wire's
/// relay of it had different scopes. ("the desert" alone is not taken for the Badia: in the sample
/// corpus it is as often one province's desert.) Sentences are our own; figures follow real reports.
@Suite("The scope of a count raised in a sentence")
struct RaisedCountScopeTests {
    static let wire = "At least seven Syrian soldiers were killed on Sunday when Islamic State militants attacked an army post in the desert near al-Mayadin, a war monitor said on Monday, raising the number of pro-government fighters killed in IS attacks in the Syrian desert this year to 212."

    @Test("the attack keeps its town; the year's count is over the Syrian desert")
    func wireSentence() {
        let cs = extract(Self.wire, published: "2025-08-04").claims
        let attack = cs.first { $0.value == 7 }, count = cs.first { $0.value == 212 }
        #expect(attack?.kind == .incident && attack?.place?.name == "al-mayadin", "\(cs)")
        #expect(count?.kind == .tally && count?.place?.name == "badia", "\(cs)")
        #expect(count?.period?.start?.description == "2025-01-01", "\(cs)")
    }

    @Test("the Arabic count it relays has the same scope")
    func arabicCount() {
        let cs = extract("ومنذ مطلع العام، قتل 212 عنصراً من قوات النظام والميليشيات الموالية لها في هجمات للتنظيم في البادية.", published: "2025-08-04").claims
        #expect(cs.map(\.kind) == [.tally] && cs.first?.place?.name == "badia", "\(cs)")
    }
}
