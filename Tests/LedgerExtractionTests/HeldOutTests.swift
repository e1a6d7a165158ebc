import LedgerCore
import Testing
@testable import LedgerExtraction

/// A short synthetic report in the style of an outlet that is not in the corpus, with the exact figures a careful
/// reader takes from it. None of these sentences comes from the corpus; they test the language rules, not one text.
struct HeldOutCase: Sendable, CustomTestStringConvertible {
    var id: String
    var text: String
    /// Every `killed` figure, every `wounded` figure and every `killed_or_wounded` figure (as multisets).
    var killed: [Int]
    var wounded: [Int]
    var combined: [Int]
    /// Numbers in the text that are not deaths (dates, times, ages, money, distances, counts of things, phone numbers).
    var decoys: [Int]
    var testDescription: String { id }
}

@Suite("Held-out synthetic reports (outlets not in the corpus)")
struct HeldOutTests {
    static let cases: [HeldOutCase] = [
        HeldOutCase(id: "ap-lead", text: "BEIRUT (AP) — An explosion at a market in northern Syria killed at least eight people and wounded 23 others on Saturday, 13/3/2024, opposition activists said.",
                    killed: [8], wounded: [23], combined: [], decoys: [13, 3, 2024]),
        HeldOutCase(id: "afp-lead", text: "Beirut (AFP) – Air strikes on a rebel-held village in northwest Syria left 11 dead on Monday, including four children, a war monitor said. The strikes, carried out at 06:30 local time, also wounded at least 15 people.",
                    killed: [11, 4], wounded: [15], combined: [], decoys: [6, 30]),
        HeldOutCase(id: "reuters-update", text: "AMMAN, March 5 (Reuters) - The death toll from a car bomb in the Syrian town of Azaz climbed to 19, a hospital official said, after two of the wounded succumbed to their wounds.",
                    killed: [19, 2], wounded: [], combined: [], decoys: [5]),
        HeldOutCase(id: "enab-family", text: "Enab Baladi – A woman and her two children were killed when a shell hit their home in the town of Ariha on Tuesday, local sources told Enab Baladi.",
                    killed: [1, 2], wounded: [], combined: [], decoys: []),
        HeldOutCase(id: "enab-father-son", text: "A father and his son were killed and three other people were injured by a landmine explosion in the countryside of Deir Ezzor on Friday, 40 km east of the city.",
                    killed: [1, 1], wounded: [3], combined: [], decoys: [40]),
        HeldOutCase(id: "k24-family", text: "ERBIL (Kurdistan 24) – Three members of one family lost their lives after a Turkish drone struck their car near Qamishli, the Asayish said in a statement. The drone strike was the third this week; 2 vehicles were destroyed.",
                    killed: [3], wounded: [], combined: [], decoys: [2]),
        HeldOutCase(id: "rudaw-lost-lives", text: "Five people lost their lives and 12 others were injured in a traffic accident on the Hasakah-Qamishli road, Rudaw's correspondent reported, citing 1,250 views.",
                    killed: [5], wounded: [12], combined: [], decoys: [1250]),
        HeldOutCase(id: "asharq-ar-passive", text: "قُتل ثلاثة عناصر من قوات النظام وأصيب خمسة آخرون بجروح متفاوتة، في هجوم لخلايا تنظيم «داعش» على نقطة عسكرية في بادية السخنة، وفق ما أفادت به مصادر محلية لـ«الشرق الأوسط».",
                    killed: [3], wounded: [5], combined: [], decoys: []),
        HeldOutCase(id: "asharq-ar-active", text: "قتل مسلحون مجهولون شاباً يبلغ من العمر 27 عاماً في بلدة الشحيل بريف دير الزور الشرقي، فجر اليوم الأحد.",
                    killed: [1], wounded: [], combined: [], decoys: [27]),
        HeldOutCase(id: "monitor-en-death-toll", text: "The death toll from Sunday's car bomb in Manbij has risen to 21, including 14 civilians, the Syrian Observatory said. Dozens were wounded.",
                    killed: [21, 14], wounded: [], combined: [], decoys: []),
        HeldOutCase(id: "sana-istishhad", text: "دمشق-سانا: استشهد مدنيان وأصيب ثلاثة آخرون جراء اعتداء إرهابي بقذائف صاروخية على حي سكني في مدينة حلب، بحسب ما أفاد مصدر في قيادة الشرطة. وسقطت 4 قذائف على المنطقة.",
                    killed: [2], wounded: [3], combined: [], decoys: [4]),
        HeldOutCase(id: "sana-laqi-hatfah", text: "لقي عنصر من الجيش العربي السوري حتفه وأصيب اثنان آخران بانفجار لغم أرضي من مخلفات الإرهابيين في ريف حمص الشرقي.",
                    killed: [1], wounded: [2], combined: [], decoys: []),
        HeldOutCase(id: "anha-ordi", text: "أُردي مواطن قتيلاً برصاص مرتزقة الاحتلال التركي في قرية تل طويل بريف ناحية زركان، حسب ما أفاد مراسل وكالة هاوار. وتبعد القرية 13 كم عن المدينة.",
                    killed: [1], wounded: [], combined: [], decoys: [13]),
        HeldOutCase(id: "dez24-body", text: "عين الفرات 24: عُثر على جثة شاب مقتول بطلقات نارية قرب بلدة ذيبان بريف دير الزور الشرقي، بعد يومين من اختطافه على يد مسلحين مجهولين. للتواصل: 00963 944 123 456",
                    killed: [1], wounded: [], combined: [], decoys: [24, 963, 944, 123, 456]),
        HeldOutCase(id: "dez24-hundreds-words", text: "وثقت الشبكة مقتل مئتين وخمسة عشر مدنياً خلال الشهر الماضي، بينهم ثلاثون طفلاً.",
                    killed: [215, 30], wounded: [], combined: [], decoys: []),
        HeldOutCase(id: "syriatv-qaraba", text: "قتل قرابة 40 شخصاً وأصيب العشرات في قصف جوي استهدف سوقاً شعبياً في مدينة إدلب، بحسب الدفاع المدني السوري.",
                    killed: [40], wounded: [], combined: [], decoys: []),
        HeldOutCase(id: "syriatv-nayyif", text: "بلغ عدد ضحايا القصف على ريف إدلب الجنوبي منذ مطلع الشهر الجاري 60 قتيلاً ونيف، بحسب ما رصد موقع تلفزيون سوريا.",
                    killed: [60], wounded: [], combined: [], decoys: []),
        HeldOutCase(id: "range-ar", text: "قتل بين 10 و15 عنصراً من الميليشيات الموالية لإيران في غارات على البوكمال.",
                    killed: [10, 15], wounded: [], combined: [], decoys: []),
        HeldOutCase(id: "range-en", text: "Between 10 and 15 Iran-backed fighters were killed in the raids near Albu Kamal, the monitor said.",
                    killed: [10, 15], wounded: [], combined: [], decoys: []),
        HeldOutCase(id: "combined-ar", text: "مقتل وإصابة 12 عنصراً من قوات النظام بهجوم للتنظيم في بادية دير الزور للمرة الثالثة هذا الشهر.",
                    killed: [], wounded: [], combined: [12], decoys: [12, 3]),
        HeldOutCase(id: "combined-en", text: "Twelve soldiers were killed or wounded in an ambush near Palmyra, state media said.",
                    killed: [], wounded: [], combined: [12], decoys: [12]),
        HeldOutCase(id: "division-decoy", text: "قتل عنصر من الفرقة 25 وأصيب اثنان آخران في هجوم على حاجز قرب مطار T4، الساعة 10:30 مساءً.",
                    killed: [1], wounded: [2], combined: [], decoys: [25, 4, 10, 30]),
        HeldOutCase(id: "money-percent", text: "The attack killed two shepherds and 150 sheep; losses were estimated at $20,000, or 40% of the village's income.",
                    killed: [2], wounded: [], combined: [], decoys: [150, 20000, 40]),
        HeldOutCase(id: "headline-only", text: "Gunmen kill three civilians in Daraa countryside\n\nThe incident took place near the town of Jasim, local sources said, without giving further details.",
                    killed: [3], wounded: [], combined: [], decoys: []),
        HeldOutCase(id: "monitor-en-colon-list", text: "The Observatory documented 26 deaths on Sunday across Syria, as follows:\n• Civilians: nine, including two children.\n• Regime soldiers: eleven.\n• IS members: six.",
                    killed: [26, 9, 2, 11, 6], wounded: [], combined: [], decoys: []),
        HeldOutCase(id: "al-monitor-succumbed", text: "A member of the Kurdish-led Asayish succumbed to his wounds on Wednesday, a day after gunmen opened fire on his patrol in Raqqa, Al-Monitor has learned. Another member was wounded in the attack.",
                    killed: [1], wounded: [1], combined: [], decoys: []),
        HeldOutCase(id: "wire-left-dead", text: "A suicide car bomb left at least six people dead and 14 wounded in the town of Tal Abyad, the Turkish defence ministry said.",
                    killed: [6], wounded: [14], combined: [], decoys: []),
        HeldOutCase(id: "age-en", text: "Gunmen shot dead a 15-year-old boy and his father, aged 52, near al-Mayadin.",
                    killed: [1, 1], wounded: [], combined: [], decoys: [15, 52]),
        HeldOutCase(id: "jutha-plural", text: "عثر الأهالي على جثث ثلاثة رعاة أغنام في بادية الرصافة، بعد اختفائهم منذ أيام.",
                    killed: [3], wounded: [], combined: [], decoys: []),
        HeldOutCase(id: "views-counter", text: "مقتل شاب برصاص مجهولين في درعا\nقراءة 340\nقُتل شاب برصاص مسلحين مجهولين في مدينة طفس بريف درعا الغربي.",
                    killed: [1], wounded: [], combined: [], decoys: [340]),
        HeldOutCase(id: "enab-ar-three-family", text: "عنب بلدي – قُتل ثلاثة أفراد من عائلة واحدة، بينهم طفلة، جراء قصف مدفعي على قرية في ريف إدلب الجنوبي، صباح اليوم، وفق ما أفاد به مراسل عنب بلدي. وقال الدفاع المدني إن فرقه انتشلت الجثث.",
                    killed: [3, 1], wounded: [], combined: [], decoys: []),
        HeldOutCase(id: "k24-ar-sdf-statement", text: "أعلنت قوات سوريا الديمقراطية، في بيان، مقتل اثنين من مقاتليها وإصابة أربعة آخرين خلال التصدي لهجوم شنته فصائل موالية لتركيا على قرية في ريف منبج، يوم 12 آب الجاري.",
                    killed: [2], wounded: [4], combined: [], decoys: [12]),
        HeldOutCase(id: "anha-ar-martyrs", text: "استشهد ثلاثة مدنيين، بينهم امرأة، وجُرح سبعة آخرون، جراء قصف مسيّرة تركية لسيارة مدنية قرب مدينة القامشلي، فيما احترقت 3 سيارات.",
                    killed: [3, 1], wounded: [7], combined: [], decoys: [3]),
        HeldOutCase(id: "wire-en-tens", text: "A car bomb in the northern Syrian city of Afrin killed forty-six people, including eleven children, and wounded more than 50 others, Turkey's defence ministry said on Tuesday.",
                    killed: [46, 11], wounded: [50], combined: [], decoys: []),
        HeldOutCase(id: "wire-en-hundreds", text: "The Syrian Network for Human Rights said three hundred and twelve civilians were killed in March, among them 61 children and 40 women.",
                    killed: [312, 61, 40], wounded: [], combined: [], decoys: []),
        HeldOutCase(id: "ar-ten-and-some", text: "لقي 25 شخصاً على الأقل حتفهم، وأصيب العشرات بجروح، إثر انفجار صهريج وقود في سوق شعبي بمدينة الباب.",
                    killed: [25], wounded: [], combined: [], decoys: []),
        HeldOutCase(id: "ar-drones-decoy", text: "أسقطت الدفاعات الجوية 7 مسيرات قرب مطار حماة، دون وقوع إصابات، بحسب وزارة الدفاع.",
                    killed: [], wounded: [], combined: [], decoys: [7]),
        HeldOutCase(id: "en-phone-decoy", text: "Gunmen killed a nurse in Deir Ezzor on Monday. For tips, call +963 11 2233 445 or visit our site, 24 hours a day.",
                    killed: [1], wounded: [], combined: [], decoys: [963, 11, 2233, 445, 24]),
    ]

    @Test(arguments: cases)
    func exactFigures(_ c: HeldOutCase) {
        let e = extract(c.text, published: "2024-03-19")
        checkInvariants(e, text: c.text)
        let got = { (m: Measure) in e.claims.filter { $0.measure == m }.map(\.value).sorted() }
        #expect(got(.killed) == c.killed.sorted(), "killed")
        #expect(got(.wounded) == c.wounded.sorted(), "wounded")
        #expect(got(.killedOrWounded) == c.combined.sorted(), "killed_or_wounded")
        for d in c.decoys where !c.killed.contains(d) {
            #expect(!got(.killed).contains(d), "decoy \(d) read as a death")
        }
    }
}
