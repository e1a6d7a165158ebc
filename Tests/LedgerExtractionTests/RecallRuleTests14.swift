import LedgerCore
import Testing
@testable import LedgerExtraction

/// Known misses of issue 16 (a separate incident the same day, pronoun-counted victims, a surname restating a full
/// name, a figure's own place in a sentence naming several) and rules read off a sixth reading of real pages.
/// Sentences are our own.
private func ownTolls(_ e: Extraction, _ m: Measure = .killed) -> [Claim] {
    e.claims.filter { $0.kind == .incident && $0.role == .total && $0.context == .main && $0.measure == m && $0.supersededBy == nil }
}

private func placed(_ e: Extraction) -> [String] {
    ownTolls(e).map { "\($0.value) \($0.place?.name ?? "-")" }
}

@Suite("Real pages 14: known misses of issue 16")
struct RecallRuleTests14 {
    /// "In a separate incident the same day" is one more of the report's own events, on the day told before.
    @Test func aSeparateIncidentTheSameDayIsOwn() {
        for text in [
            """
            Three soldiers were killed on Monday when a roadside bomb hit their patrol near the town of Maadan, a military source said.
            In a separate incident the same day, two shepherds were killed by a landmine near al-Sukhnah.
            """,
            """
            قتل ثلاثة عناصر من قوات النظام يوم الاثنين بانفجار عبوة ناسفة بدوريتهم قرب بلدة معدان.
            وفي حادثة منفصلة في اليوم نفسه، قتل راعيان بانفجار لغم قرب السخنة.
            """,
        ] {
            let e = extract(text, published: "2024-03-19")
            #expect(placed(e).sorted() == ["2 al-sukhnah", "3 maadan"])
            #expect(ownTolls(e).allSatisfy { $0.eventDate?.day?.description == "2024-03-18" })
        }
    }

    /// A separate incident told with an earlier time stays recalled.
    @Test func aSeparateIncidentLastWeekStaysRecalled() {
        let e = extract("""
            Three soldiers were killed on Monday when a roadside bomb hit their patrol near Maadan.
            In a separate incident last week, two shepherds were killed by a landmine near al-Sukhnah.
            """, published: "2024-03-19")
        #expect(ownTolls(e).map(\.value) == [3])
    }

    /// «ما أدى إلى مقتلهما» / «مقتلهم» after persons named as the object of the attack: 2, or as many as are named.
    @Test func pronounSuffixCountsTheNamed() {
        let two = extract("أطلق مسلحون مجهولون النار على الشابين خالد العمر وسامر الحسن قرب بلدة الشحيل، ما أدى إلى مقتلهما على الفور.")
        #expect(ownTolls(two).map(\.value) == [2])
        #expect(ownTolls(two).first?.place?.name == "al-shuhayl")
        let three = extract("أطلق مسلحون النار على خالد العمر وسامر الحسن ومحمد العلي قرب بلدة ذيبان، ما أدى إلى مقتلهم.")
        #expect(ownTolls(three).map(\.value) == [3])
        let hurt = extract("أطلق مسلحون النار على خالد العمر وسامر الحسن في بلدة ذيبان، ما أدى إلى إصابتهما بجروح.")
        #expect(ownTolls(hurt, .wounded).map(\.value) == [2])
        #expect(ownTolls(hurt).isEmpty)
        // A dual subject already counted is not counted again.
        let once = extract("لقي طفلان حتفهما بانفجار لغم قرب بلدة ذيبان.")
        #expect(ownTolls(once).map(\.value) == [2])
        let en = extract("Gunmen opened fire on Khaled al-Omar and Samer al-Hassan near al-Shuhayl on Monday. The two were killed instantly.")
        #expect(ownTolls(en).map(\.value) == [2])
    }

    /// A surname restating a full name given earlier is that person, once; told only by the surname, it is the death.
    @Test func aSurnameRestatesTheFullName() {
        let e = extract("Ahmad Saleh al-Hussein was shot dead in Hajin on Sunday. Al-Hussein died on the way to hospital.")
        #expect(ownTolls(e).map(\.value) == [1])
        let appos = extract("Gunmen killed Ahmad al-Hussein, a teacher, in Hajin on Sunday. Al-Hussein was killed as he left the mosque.")
        #expect(ownTolls(appos).map(\.value) == [1])
        let object = extract("Unknown gunmen opened fire on Yasser Hamdan Khalil in Hajin on Sunday. Khalil died instantly.")
        #expect(placed(object) == ["1 hajin"])
        // Two different names stay two people; a capitalised word that ends no earlier name is no victim.
        let two = extract("Karim Nasser was shot dead in Hajin. Khalil Saleh was killed in Dhiban.")
        #expect(ownTolls(two).count == 2)
        let none = extract("A man was shot dead in Hajin on Sunday. Nasser died instantly.")
        #expect(ownTolls(none).map(\.value) == [1])
    }

    /// In a sentence naming several places, each figure keeps the place named after it, not the sentence's finest.
    @Test func eachFigureKeepsItsOwnPlace() {
        let ar = extract("قتل 6 مدنيين في مدينة إدلب بينهم 3 أطفال، ومدنيان اثنان في بلدة بنش، و5 في تفتناز، بغارات روسية اليوم.")
        #expect(placed(ar) == ["6 idlib", "2 binnish", "5 taftanaz"])
        #expect(ar.claims.first { $0.value == 3 }?.place?.name == "idlib")
        let ar2 = extract("قتل مدنيان في قرية الرصيف بريف حماة اليوم، وقتل طفل في بلدة سلحب، بقصف صاروخي.")
        #expect(placed(ar2) == ["2 al-rasif", "1 salhab"])
        let en = extract("Shelling killed two civilians in Salhab and a woman in Jurin on Monday.")
        #expect(placed(en) == ["2 salhab", "1 jurin"])
        // One figure: the finest place of its sentence.
        let one = extract("Two civilians were killed in Idlib province on Monday when a shell hit a house in Binnish.")
        #expect(placed(one) == ["2 binnish"])
    }
}

@Suite("Real pages 14: a sixth reading")
struct PageRuleTests14 {
    /// Baladi News, Syria TV (Ahrar Horan's Daraa killings): «على اغتيال الشاب … وشقيقه … ما أدى لمقتلهما», «المدعو».
    @Test func daraaKillingsByName() {
        let brothers = extract("أقدم مسلحون مجهولون على اغتيال الشاب سامر العيسى وشقيقه في بلدة تل شهاب بريف درعا الغربي، ما أدى لمقتلهما على الفور.")
        #expect(placed(brothers) == ["2 tal shihab"])
        let other = extract("أطلق مجهولون النار على الشاب سامي العلي ورجل آخر يدعى \"أبو خالد\" في بلدة اليادودة غربي درعا، ما أدى إلى مقتلهما.")
        #expect(ownTolls(other).map(\.value) == [2])
        let called = extract("قُتل المدعو سامر الحريري وأصيب آخر بجروح إثر استهدافهما بالرصاص قرب بلدة اليادودة غربي درعا.")
        #expect(ownTolls(called).map(\.value) == [1])
        #expect(ownTolls(called, .wounded).map(\.value) == [1])
    }

    /// Yemen Press Agency relaying SANA: "11 Syrians killed, wounded" is a combined figure; "Three Syrians, among them a
    /// child, were killed" counts people by nationality.
    @Test func nationalityNounsAndACommaCombinedHeadline() {
        let e = extract("""
            11 Syrians killed, wounded in mine blast in Hama
            Three Syrians, among them a child, were killed and eight others were wounded on Sunday evening when a mine left over from the war exploded near Salamiyah.
            """)
        #expect(e.claims.first { $0.value == 11 }?.measure == .killedOrWounded)
        #expect(ownTolls(e).map(\.value) == [3])
        #expect(e.claims.first { $0.value == 1 }?.role == .subset)
        // "were killed, wounding" is no combined figure.
        let two = extract("Two soldiers were killed, wounded men were taken to hospital.")
        #expect(!two.claims.contains { $0.measure == .killedOrWounded })
    }

    /// syrianews.cc: "the previous one killed two children in the Deir ez-Zor countryside": the earlier blast, recalled;
    /// "one" there is the blast.
    @Test func thePreviousOneIsRecalled() {
        let e = extract("""
            A landmine killed four civilians, among them a girl, near Salamiyah on Sunday. It is the second such blast in just five days; the previous one killed two children in the Deir ez-Zor countryside.
            """)
        #expect(ownTolls(e).map(\.value) == [4])
        #expect(e.claims.first { $0.value == 2 }?.context == .backReference)
        #expect(!e.claims.contains { $0.value == 1 && $0.role == .total })
    }

    /// Radio al-Kul: «وقالت القناة 13 الإسرائيلية إن أربعة أشخاص قتلوا» — the channel's number is no figure, the four are restated.
    @Test func aChannelNumberIsNoFigure() {
        let e = extract("""
            قتل أربعة أشخاص اليوم الجمعة بغارة لطائرة مسيرة إسرائيلية على سيارة قرب مدينة البعث في القنيطرة.
            وقالت القناة 13 الإسرائيلية إن أربعة أشخاص قتلوا في الغارة دون أن تكشف هوياتهم.
            """)
        #expect(ownTolls(e).map(\.value) == [4])
        #expect(!e.claims.contains { $0.value == 13 })
    }

    /// Nedaa Post: several attacks "over the past five days" that killed one and wounded two: a tally over those days.
    @Test func attacksOverThePastDaysAreATally() {
        let e = extract("نفذ الجيش الإسرائيلي أربع هجمات على قرى ريف القنيطرة خلال الأيام الخمسة الماضية، أسفرت عن مقتل شاب وإصابة طفلين.")
        #expect(ownTolls(e).isEmpty && ownTolls(e, .wounded).isEmpty)
        #expect(e.claims.filter { $0.measure == .killed || $0.measure == .wounded }.allSatisfy { $0.kind == .tally })
    }

    /// Rudaw Arabic, North Press and ANF on Afrin and Kobani: «مقتل أحدهما وإصابة الآخر», «أحد الفصائل» (a body),
    /// "lost his life", "the martyrdom of one of the fighters, and two others were wounded"; a village of Quneitra.
    @Test func oneOfTheTwoAndLostHisLife() {
        let afrin = extract("أطلق مسلحون من أحد الفصائل النار على مدنيين اثنين في مدينة عفرين، ما أسفر عن مقتل أحدهما وإصابة الآخر.")
        #expect(ownTolls(afrin).map(\.span.text) == ["أحدهما"])
        #expect(ownTolls(afrin, .wounded).map(\.value) == [1])
        let life = extract("A fighter of the SDF lost his life on Sunday after being targeted by a Turkish drone west of Kobani.")
        #expect(placed(life) == ["1 kobani"])
        let martyrdom = extract("A Turkish drone hit a car carrying SDF fighters south of Kobani on Wednesday. The attack resulted in the martyrdom of one of the fighters, and two others were wounded.")
        #expect(ownTolls(martyrdom).map(\.value) == [1])
        #expect(ownTolls(martyrdom, .wounded).map(\.value) == [2])
        let village = extract("أفاد مصدر محلي بمقتل الشاب سالم العيد، من قرية طرنجة شمالي القنيطرة، برصاص القوات الإسرائيلية قرب منزله فجر اليوم.")
        #expect(placed(village) == ["1 turunjah"])
    }

    /// Qasioun and Syria TV on the coast: «ارتفع عدد القتلى … إلى 13 بعد مقتل ستة في كمين» — the six are inside the 13;
    /// «وكان طفل قُتل وأُصيب آخران» is two outcomes of two subjects; a town of the Latakia countryside.
    @Test func coastAmbushes() {
        let rose = extract("ارتفع عدد قتلى عناصر الأمن العام في اللاذقية اليوم إلى 13 عنصراً بعد مقتل ستة عناصر في كمين لفلول النظام في مدينة جبلة.")
        #expect(ownTolls(rose).map(\.value) == [13])
        #expect(rose.claims.first { $0.value == 6 }?.role == .subset)
        let ambush = extract("تعرضت دورية للأمن العام صباح اليوم السبت لكمين مسلح قرب بلدة المختارية في ريف اللاذقية الشرقي، ما أسفر عن مقتل عنصرين وإصابة ثالث بجروح خطيرة.")
        #expect(placed(ambush) == ["2 al-mukhtariyah"])
        let two = extract("وكان طفل قُتل وأُصيب آخران في الخامس من تشرين الثاني الماضي بانفجار قنبلة عنقودية قرب أبو الظهور.")
        #expect(!two.claims.contains { $0.measure == .killedOrWounded })
        #expect(two.claims.contains { $0.measure == .wounded && $0.value == 2 })
    }

    /// Shafaq (SOHR): "at least nine … were killed over the past three days in a series of shootings" is a tally over the days.
    @Test func shootingsOverThePastDaysAreATally() {
        let e = extract("""
            At least nine people, including two women, were killed over the past three days in a series of shootings by unknown gunmen in Homs province, the monitor said on Monday.
            In the latest attack, two masked men stormed a barbershop in a village of the Talkalakh countryside and opened fire, killing two men.
            """)
        #expect(e.claims.first { $0.value == 9 }?.kind == .tally)
        #expect(ownTolls(e).map(\.value) == [2])
    }

    /// AFP via Oman Observer: "killed 15 civilians, 12 of them in a market" over 12 at Maarat al-Numan, two more at Maarat
    /// Hurmah and "a third" at Jisr al-Shughur: the lead is the day's tally (the village is in the gazetteer now).
    @Test func aLeadOverThreeTowns() {
        let e = extract("""
            Government air strikes killed 15 civilians, 12 of them in a market, as fighting raged in the northwest, a monitor said on Wednesday.
            At least 12 people were killed and another 18 wounded when warplanes hit the town of Maarat al-Numan around midnight on Tuesday, the monitor said.
            Two more civilians were killed on Wednesday in air strikes on nearby Maaret Hermeh. A third was killed in strikes on the town of Jisr al-Shughur.
            """, published: "2024-03-20")
        #expect(e.claims.first { $0.value == 15 }?.kind == .tally)
        #expect(placed(e).sorted() == ["1 jisr al-shughur", "12 maarat al-numan", "2 maarat hurmah"])
    }

    /// Xinhua: "some 200 others injured over the past two days" stays injured ("over the" is no "more than"); "put the
    /// death toll at more than 30 and the injuries at about 100" keeps each figure with its noun.
    @Test func injuredOverThePastAndTwoTollsAt() {
        let e = extract("At least 89 people were killed and some 200 others injured over the past two days in clashes in Sweida province, a monitor said.")
        #expect(ownTolls(e, .wounded).map(\.value) == [200])
        #expect(ownTolls(e).map(\.value) == [89])
        // The dateline's capital city is where the wire filed from; the province the sentence names is the place.
        let dateline = extract("DAMASCUS, July 14 (Xinhua) -- At least 89 people were killed and some 200 others injured over the past two days in clashes in Sweida province, a war monitor said.")
        #expect(placed(dateline) == ["89 suwayda"])
        let at = extract("The defence ministry put the death toll at more than 30 and the injuries at about 100.")
        #expect(ownTolls(at).map(\.value) == [30])
        #expect(ownTolls(at, .wounded).map(\.value) == [100])
    }

    /// Shafaq and Rudaw on al-Hol: "the body of an Iraqi refugee" is a death; "the seventh killing of an Iraqi refugee since the
    /// start of the month" ranks it in a series and counts no one more.
    @Test func aRefugeeAndTheSeventhKilling() {
        let e = extract("""
            Internal security forces found the body of an Iraqi refugee, aged 24, in al-Hol camp on Tuesday. He had been shot in the head and chest.
            It is the seventh killing of an Iraqi refugee since the start of the month, a security source said.
            """, published: "2024-03-16")
        #expect(placed(e) == ["1 al-hol"])
        #expect(e.claims.filter { $0.measure == .killed }.count == 1)
    }

    /// Kurdistan24 (SOHR): "tribal infighting … has left 48 people dead this year, 29 of them in Deir ez-Zor" is a count for
    /// the year so far, beside the night's two dead.
    @Test func thisYearIsATally() {
        let e = extract("""
            Two civilians were killed and a woman was wounded in clashes between two tribes overnight in the town of Dhiban, the monitor reported.
            According to the monitor, tribal infighting in SDF-held areas has left 48 people dead this year, 29 of them in Deir ez-Zor.
            """, published: "2024-03-16")
        #expect(placed(e) == ["2 thiban"])
        let year = e.claims.first { $0.value == 48 }
        #expect(year?.kind == .tally && year?.period?.start?.description == "2024-01-01")
    }
}
