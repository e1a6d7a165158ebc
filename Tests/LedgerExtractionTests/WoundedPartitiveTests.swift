import LedgerCore
import Testing
@testable import LedgerExtraction

/// Some of the wounded picked out in a later sentence ("three of the wounded were in critical
/// condition") are a subset of the wounded counted before, not a second toll of wounded; those who
/// later died are inside the new death toll. Found running a bombing told by a wire, an Arabic outlet
/// and a relay of the monitor: the relay's "two remain in serious condition" was a wounded toll of 2
/// beside the others' 17. Sentences are our own.
@Suite("Some of the wounded, picked out")
struct WoundedPartitiveTests {
    static func claims(_ text: String) -> [Claim] { extract(text, published: "2025-05-11").claims }

    static func summary(_ cs: [Claim]) -> [String] {
        cs.map { c in
            let parent = c.parent.flatMap { p in cs.first { $0.id == p } }.map { " of \($0.value)" } ?? ""
            return "\(c.measure.rawValue) \(c.value) \(c.role.rawValue)\(parent)"
        }
    }

    @Test("English: 'N of the wounded', 'Of the injured, N …', 'N of them … critical'")
    func english() {
        let a = Self.summary(Self.claims("A car bomb went off in Azaz on Saturday, killing 12 people and wounding 20. Three of the wounded were in critical condition."))
        #expect(a == ["killed 12 total", "wounded 20 total", "wounded 3 subset of 20"], "\(a)")
        let b = Self.summary(Self.claims("A bomb hit a bus in Jarablus on Friday, killing four people and injuring 17. Of the injured, five were in serious condition."))
        #expect(b == ["killed 4 total", "wounded 17 total", "wounded 5 subset of 17"], "\(b)")
        let c = Self.summary(Self.claims("Shelling on Ariha on Friday wounded nine children. Two of the injured children were taken to hospitals in Turkey."))
        #expect(c == ["wounded 9 total", "wounded 2 subset of 9"], "\(c)")
    }

    @Test("Arabic: «N من الجرحى / المصابين»")
    func arabic() {
        let a = Self.summary(Self.claims("قتل 12 شخصاً وأصيب 20 آخرون بانفجار سيارة مفخخة في مدينة اعزاز يوم السبت. وكان ثلاثة من الجرحى في حالة حرجة بحسب مصادر طبية."))
        #expect(a.contains("wounded 3 subset of 20") && !a.contains("wounded 3 total"), "\(a)")
        let b = Self.summary(Self.claims("أصيب ١٧ شخصاً بانفجار عبوة في جرابلس يوم الجمعة، ونُقل خمسة من المصابين إلى مشافي تركيا."))
        #expect(b == ["wounded 17 total", "wounded 5 subset of 17"], "\(b)")
    }

    @Test("some of the wounded who later died are inside the new toll")
    func laterDied() {
        let a = Self.summary(Self.claims("A bomb hit a bus in Jarablus on Friday, killing four people and injuring 17. Three of the wounded later died in hospital, bringing the toll to seven."))
        #expect(a == ["killed 4 total", "wounded 17 total", "killed 3 subset of 7", "killed 7 total"], "\(a)")
    }

    @Test("picked out of a count the report does not give: not a claim, never a toll")
    func noCount() {
        let cs = Self.claims("The toll from Saturday's car bombing in Jarablus has risen to six, the Syrian Observatory said. Of the injured, two remain in serious condition.")
        #expect(Self.summary(cs) == ["killed 6 total"], "\(Self.summary(cs))")
    }

    @Test("a wounded toll of its own stays a toll")
    func ownTolls() {
        #expect(Self.summary(Self.claims("Three people were wounded in Azaz on Saturday. Two more were injured in Afrin.")).filter { $0.hasSuffix("total") }.count == 2)
        let a = Self.summary(Self.claims("A bomb in Azaz killed two people on Saturday. Five of the dead were not identified, while 11 people were wounded."))
        #expect(a.contains("wounded 11 total"), "\(a)")
    }

    @Test("a claim made 'through' an agency, 'saying' a figure, is the agency's")
    func throughAgency() {
        let cs = Self.claims("The Islamic State group claimed the attack on the checkpoint near Hajin on Friday through its Amaq news agency, saying 11 SDF fighters were killed.")
        #expect(cs.first { $0.value == 11 }?.attributedTo == "Amaq (IS outlet)", "\(cs.map { ($0.value, $0.attributedTo) })")
    }
}
