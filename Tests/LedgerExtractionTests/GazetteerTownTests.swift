import LedgerCore
import Testing
@testable import LedgerExtraction

/// Towns the gazetteer gained from the sub-district list and GeoNames are found in our own sentences in
/// both languages, under their governorate; names that are ordinary words or places abroad are not.
@Suite("Gazetteer towns in sentences")
struct GazetteerTownTests {
    static func killed(_ text: String) -> [String] {
        claims(text).filter { $0.measure == .killed && $0.role == .total }
            .map { "\($0.value) \($0.place?.name ?? "-") \($0.place?.admin1 ?? "-")" }
    }

    @Test("a newly added town, in Arabic and in English, with its governorate", arguments: [
        ("قُتل ثلاثة مدنيين، يوم الأحد، بقصف مدفعي استهدف أطراف بلدة مضايا.", "3 madaya rif dimashq"),
        ("Three civilians were killed on Sunday when shells fell on the edge of Madaya.", "3 madaya rif dimashq"),
        ("قُتل طفلان بانفجار لغم أرضي قرب مدينة سلقين يوم الخميس.", "2 salqin idlib"),
        ("Two children were killed by a landmine outside Salqin on Thursday.", "2 salqin idlib"),
        ("قُتل أربعة عمال في انفجار داخل معمل في مدينة مصياف.", "4 masyaf hama"),
        ("Four workers were killed in a blast at a workshop in Masyaf.", "4 masyaf hama"),
        ("قُتل خمسة أشخاص بانهيار مبنى في بلدة جنديرس.", "5 jindayris aleppo"),
        ("A building collapse in Jindayris killed five people.", "5 jindayris aleppo"),
        ("Gunmen killed two farmers near Kafr Laha on Monday.", "2 kafr laha homs"),
    ])
    func town(_ c: (String, String)) {
        #expect(Self.killed(c.0) == [c.1])
    }

    @Test("a district or a sub-district named as such is that unit; a bare town name stays the town", arguments: [
        ("Two civilians were killed by shelling in the Jebel Saman district on Monday.", "2 jebel saman district aleppo"),
        ("Four people were killed in Mayadeen district on Friday, local sources said.", "4 al-mayadin district deir ez-zor"),
        ("قُتل ثلاثة مدنيين بقصف على ناحية هجين يوم الأحد.", "3 hajin subdistrict deir ez-zor"),
        ("Three civilians were killed in the Hajin sub-district on Sunday.", "3 hajin subdistrict deir ez-zor"),
        ("قُتل ثلاثة مدنيين بقصف على بلدة هجين يوم الأحد.", "3 hajin deir ez-zor"),
        ("قُتل رجلان في منطقة الميادين يوم الجمعة.", "2 al-mayadin deir ez-zor"),
    ])
    func adminUnit(_ c: (String, String)) {
        #expect(Self.killed(c.0) == [c.1])
    }

    @Test("ordinary words and places abroad that are also Syrian places do not place a toll", arguments: [
        "Twelve people were killed in Sinjar on Monday, officials said.",
        "قُتل خمسة أشخاص بغارة على جنوب لبنان يوم الاثنين.",
        "A sarin attack killed 12 people, the report said.",
        "قُتل ثلاثة أشخاص في الحراك الشعبي يوم الجمعة.",
    ])
    func notAPlace(_ text: String) {
        let got = Self.killed(text)
        #expect(got.allSatisfy { !["sinjar", "banan", "sarrin", "al-harak"].contains(String($0.split(separator: " ")[1])) }, "\(got)")
    }

    @Test("a name the data file marks unmatched is left out of the phrases; its longer form stays")
    func matchable() throws {
        let rai = try #require(SyriaGazetteer.place("al-rai"))
        let names = Gazetteer.matchable(rai)
        #expect(!names.contains("الراعي") && !names.contains("Al-Rai"))
        #expect(names.contains("بلدة الراعي") && names.contains("Tchoban Bey"))
    }
}

/// Towns the reports name that GeoNames lacks (tools/data/towns-reports.tsv): a toll there resolves to the town and its
/// governorate instead of borrowing the report's other place.
@Suite("Gazetteer towns from the reports")
struct ReportTownTests {
    @Test("a toll in each added town", arguments: [
        ("قُتل طفلان بقذيفة سقطت على بلدة سلحب في ريف حماة الغربي.", "2 salhab hama"),
        ("Two children were killed when a shell hit Salhab.", "2 salhab hama"),
        ("قُتل مدني بقذائف صاروخية على قرية الرصيف.", "1 al-rasif hama"),
        ("قُتل ثلاثة مدنيين بقصف على قرية التوينة.", "3 al-tuwaynah hama"),
        ("قُتل مدنيان بقصف على بلدة جورين.", "2 jurin hama"),
        ("قُتلت امرأة بقصف على بلدة الزلاقيات.", "1 al-zalaqiyat hama"),
        ("قُتل أربعة مدنيين بصواريخ على قرية ميدان غزال.", "4 maydan ghazal hama"),
        ("قُتلت فتاة بقصف على بلدة معارة النعسان.", "1 maarat al-nasan idlib"),
        ("Two civilians were killed in an air strike on Marayan.", "2 marayan idlib"),
        ("قُتل ثلاثة مدنيين بقصف على بلدة كفرنوران.", "3 kafr nuran aleppo"),
        ("قُتل خمسة مدنيين بغارة على بلدة أورم الكبرى.", "5 urum al-kubra aleppo"),
        ("قُتل شاب برصاص مجهولين في بلدة بصرى الحرير.", "1 busra al-harir daraa"),
        ("قُتل عنصران بهجوم على حاجز في بلدة الكرك الشرقي.", "2 al-karak al-sharqi daraa"),
        ("قُتل مدني بقذيفة على بلدة حضر.", "1 hadar quneitra"),
        ("قُتل طفلان بانفجار لغم قرب قرية محيميدة.", "2 muhimidah deir ez-zor"),
        ("قُتل شاب برصاص مجهولين في بلدة الحجنة.", "1 al-hajna deir ez-zor"),
        ("قُتل مدنيان بقصف على مدينة سلمية.", "2 salamiyah hama"),
        ("قُتل مدنيان بقصف على بلدة تفتناز.", "2 taftanaz idlib"),
    ])
    func town(_ c: (String, String)) {
        #expect(GazetteerTownTests.killed(c.0) == [c.1])
    }

    @Test("an added name that is an ordinary word places nothing alone", arguments: [
        "قُتل رجل دهساً على الرصيف في حي المزة.",
    ])
    func ordinaryWord(_ text: String) {
        #expect(GazetteerTownTests.killed(text).allSatisfy { !$0.contains("al-rasif") })
    }

    @Test func eachAddedTownHasItsGovernorate() throws {
        for key in ["salhab", "al-rasif", "jurin", "maarat al-nasan", "kafr nuran", "busra al-harir", "hadar", "al-hajna"] {
            let p = try #require(SyriaGazetteer.place(key), "\(key)")
            #expect(p.level == .town && p.admin1 != nil)
            #expect(SyriaGazetteer.resolve(p.names.ar) == key || p.unmatched?.contains(p.names.ar) == true)
        }
    }
}
