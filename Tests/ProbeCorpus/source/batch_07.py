from probe import *

R(54, "en", "sohr-badia-tally-region-headers", """
Desert operations | ISIS ambush kills six regime soldiers near Al-Sukhnah

Homs province: Six regime soldiers were killed and three others were injured when ISIS cells ambushed a military vehicle on the Al-Sukhnah–Palmyra road in eastern Homs desert.

Since the beginning of 2024, SOHR has documented 226 deaths in military operations across the Syrian desert:
- 171 regime soldiers and allied gunmen, killed in 83 ISIS operations.
- 33 ISIS members.
- 22 civilians, including five shepherds and two truffle hunters.

Here is the regional distribution:
-Homs desert: 47 operations left 118 fatalities: 104 regime soldiers, nine ISIS members and five civilians.
-Deir Ezzor desert: 24 operations left 61 fatalities: 44 regime soldiers, 12 ISIS members and five civilians.
-Al-Raqqah desert: 12 operations left 47 fatalities: 23 regime soldiers, 12 ISIS members and 12 civilians.
""", [
    K(6, "regime", attr="monitor", ev="Six regime soldiers were killed"),
    W(3, "regime", attr="monitor", ev="three others were injured"),
    K(226, "all", "tally_total", attr="monitor", period="since start of 2024", ev="226 deaths"),
    K(171, "regime", "tally_part", attr="monitor", period="since start of 2024", ev="171 regime soldiers"),
    M("operations", 83, role="tally_part", attr="monitor", period="since start of 2024", ev="83 ISIS operations"),
    K(33, "is", "tally_part", attr="monitor", period="since start of 2024", ev="33 ISIS members"),
    K(22, "civilians", "tally_part", attr="monitor", period="since start of 2024", ev="22 civilians"),
    K(5, "civilians", "tally_part", attr="monitor", period="since start of 2024", ev="five shepherds"),
    K(2, "civilians", "tally_part", attr="monitor", period="since start of 2024", ev="two truffle hunters"),
    M("operations", 47, role="tally_part", attr="monitor", ev="Homs: 47 operations"),
    K(118, "all", "tally_part", attr="monitor", ev="Homs: 118 fatalities"),
    K(104, "regime", "tally_part", attr="monitor", ev="Homs: 104 regime soldiers"),
    K(9, "is", "tally_part", attr="monitor", ev="Homs: nine ISIS members"),
    K(5, "civilians", "tally_part", attr="monitor", ev="Homs: five civilians"),
    M("operations", 24, role="tally_part", attr="monitor", ev="Deir Ezzor: 24 operations"),
    K(61, "all", "tally_part", attr="monitor", ev="Deir Ezzor: 61 fatalities"),
    K(44, "regime", "tally_part", attr="monitor", ev="Deir Ezzor: 44 regime soldiers"),
    K(12, "is", "tally_part", attr="monitor", ev="Deir Ezzor: 12 ISIS members"),
    K(5, "civilians", "tally_part", attr="monitor", ev="Deir Ezzor: five civilians"),
    M("operations", 12, role="tally_part", attr="monitor", ev="Raqqah: 12 operations"),
    K(47, "all", "tally_part", attr="monitor", ev="Raqqah: 47 fatalities"),
    K(23, "regime", "tally_part", attr="monitor", ev="Raqqah: 23 regime soldiers"),
    K(12, "is", "tally_part", attr="monitor", ev="Raqqah: 12 ISIS members"),
    K(12, "civilians", "tally_part", attr="monitor", ev="Raqqah: 12 civilians"),
], decoys=[(2024, "year")], pub="2024-04-09", publisher="Syrian Observatory for Human Rights",
   notes="C1: regional lines 'N operations left M fatalities: ...'. 171+33+22 = 226; regions 118+61+47 = 226; regime 104+44+23 = 171; IS 9+12+12 = 33; civilians 5+5+12 = 22. Regional operations 47+24+12 = 83.")

R(55, "ar", "sohr-postposed-partitive-minhum", """
محافظة درعا – المرصد السوري لحقوق الإنسان:: قُتل 8 أشخاص، 3 منهم أطفال، وأصيب 11 آخرون، جراء انفجار مستودع للذخيرة داخل منزل في بلدة الجيزة بريف درعا الشرقي، مساء اليوم.

ووفقاً لمصادر المرصد السوري، فإن المنزل يعود لقيادي سابق في الفصائل يعمل حالياً مع "الأمن العسكري"، وكان يخزّن فيه أسلحة وذخائر.

وأشارت المصادر إلى أن 4 من الجرحى في حالة خطرة، وقد نُقلوا إلى مشفى بصرى الشام.
""", [
    K(8, "all", attr="monitor", ev="قُتل 8 أشخاص"),
    K(3, "children", "tally_part", attr="monitor", ev="3 منهم أطفال"),
    W(11, "all", attr="monitor", ev="وأصيب 11 آخرون"),
], decoys=[(4, "other")], pub="2023-09-03", publisher="المرصد السوري لحقوق الإنسان",
   notes="Postposed partitive 'N منهم أطفال' (C4) as a subset of the dead. '4 من الجرحى في حالة خطرة' is a condition subset of the wounded, not a death figure.")

R(56, "en", "asharq-style-analysis-background-decoys", """
Deir Ezzor's tribes caught between the SDF and Damascus

In the 18 months since tribal fighters first rose against the Syrian Democratic Forces in August 2023, the eastern bank of the Euphrates has seen 312 armed clashes, according to a count by a local monitoring network.

The fighting last month alone left 26 people dead, among them 11 SDF members, nine tribal gunmen and six civilians, the network said. In the worst single incident, four members of one family were killed when a shell hit their house in Dhiban.

The SDF, which controls about a quarter of Syrian territory, says it has around 100,000 fighters. Tribal leaders speak of at least 40 clans in Deir Ezzor province, home to roughly 1.6 million people before the war.

The Syrian conflict has killed more than 500,000 people since 2011.
""", [
    M("operations", 312, role="tally_total", attr="local monitoring network", period="since August 2023", ev="312 armed clashes"),
    K(26, "all", "tally_total", attr="local monitoring network", period="last month", ev="left 26 people dead"),
    K(11, "sdf", "tally_part", attr="local monitoring network", period="last month", ev="11 SDF members"),
    K(9, "other", "tally_part", attr="local monitoring network", period="last month", ev="nine tribal gunmen"),
    K(6, "civilians", "tally_part", attr="local monitoring network", period="last month", ev="six civilians"),
    K(4, "civilians", "tally_part", attr="local monitoring network", period="last month", ev="four members of one family were killed"),
    K(500000, "all", "background", q="more_than", ev="more than 500,000 people since 2011"),
], decoys=[(18, "other"), (2023, "year"), (100000, "count of something else"), (40, "count of something else"), (1600000, "count of something else"), (2011, "year")],
   pub="2025-02-10", publisher="Asharq Al-Awsat (English)",
   notes="Analysis piece: no incident of its own; all figures are tallies or background. 11+9+6 = 26. The family of four is a subset of last month's toll.")

R(57, "ar", "sohr-victims-head-dahaya", """
ارتفاع عدد ضحايا انفجار الدراجة المفخخة في مدينة الباب إلى 12

محافظة حلب – المرصد السوري لحقوق الإنسان:: ارتفع عدد ضحايا انفجار الدراجة النارية المفخخة قرب دوار السنتر في مدينة الباب إلى 12، بينهم 4 أطفال وسيدة، بعد وفاة 3 من الجرحى في مشافي المدينة.

كما أسفر الانفجار عن إصابة 27 آخرين بجروح متفاوتة، بعضهم في حالة حرجة.

وكان المرصد السوري قد وثّق مطلع الشهر الجاري انفجار سيارة مفخخة في مدينة أعزاز، خلّف 5 قتلى و13 جريحاً.
""", [
    K(12, "civilians", attr="monitor", ev="ارتفع عدد ضحايا انفجار الدراجة ... إلى 12"),
    K(4, "children", "tally_part", attr="monitor", ev="بينهم 4 أطفال"),
    K(1, "women", "tally_part", attr="monitor", ev="وسيدة"),
    K(3, "all", "tally_part", attr="monitor", ev="وفاة 3 من الجرحى"),
    W(27, "all", attr="monitor", ev="إصابة 27 آخرين"),
    K(5, "all", "back_reference", attr="monitor", ev="خلّف 5 قتلى"),
    W(13, "all", "back_reference", attr="monitor", ev="و13 جريحاً"),
], pub="2022-07-19", publisher="المرصد السوري لحقوق الإنسان",
   notes="'الضحايا' (victims) as the head of a death toll (C7); the context (rise after 3 wounded died) makes it deaths. Back-reference to Azaz 5 dead, 13 wounded.")

R(58, "en", "north-press-ages-ordinals-decoys", """
Explosion at Manbij market kills 12-year-old boy, wounds seven

MANBIJ, Syria (North Press) – A 12-year-old boy was killed and seven other civilians were wounded on Saturday when an explosive device went off in the vegetable market of Manbij, northern Syria, at around 10:15 a.m.

A source at the Manbij Military Council told North Press that the device had been planted near a stall on 8 March Street, about 200 meters from the council's 3rd Regiment post.

It was the second bombing in the city this month. On May 4, a car bomb near the Kurdish Red Crescent hospital wounded 14 people.

Reporting by Mustafa Mohammed
""", [
    K(1, "children", ev="A 12-year-old boy was killed"),
    W(7, "civilians", ev="seven other civilians were wounded"),
    W(14, "all", "back_reference", ev="wounded 14 people"),
], decoys=[(12, "age"), (10, "clock time"), (15, "clock time"), (8, "other"), (200, "distance"), (3, "unit name"), (4, "date")],
   pub="2023-05-20", publisher="North Press",
   notes="Dense decoys: age, clock time, street name with a date in it, distance, unit ordinal, date. 'second bombing' is an ordinal.")

R(59, "ar", "sana-two-soldiers-dual-shahidayn", """
استشهاد عسكريين اثنين وإصابة ثالث بانفجار لغم أرضي في ريف حماة الشرقي

حماة-سانا
استشهد عسكريان وأصيب ثالث بجروح، اليوم، جراء انفجار لغم أرضي من مخلفات الإرهابيين أثناء قيام وحدة هندسية بتمشيط أراضٍ زراعية قرب قرية أبو دالي في ريف حماة الشرقي.

وأوضح مصدر عسكري لمراسل سانا أن الوحدات الهندسية تمكنت منذ بداية العام من تفكيك أكثر من 1200 لغم وعبوة ناسفة في المنطقة، وتأمين نحو 3500 دونم من الأراضي الزراعية.
""", [
    K(2, "regime", attr="military source", ev="استشهد عسكريان"),
    W(1, "regime", attr="military source", ev="وأصيب ثالث"),
], decoys=[(1200, "count of something else"), (3500, "count of something else")], pub="2024-05-06", publisher="سانا",
   notes="Dual in headline ('عسكريين اثنين') and body ('عسكريان'). 'ثالث' = one. Mines cleared and dunams are decoys.")

R(60, "en", "sohr-obfuscated-en-execution", """
ISIS resurgence | Cells ex*ecute young man accused of "dealing with SDF" in Deir Ezzor

Deir Ezzor province: SOHR sources have reported that members of ISIS cells k*illed a young man by shooting him in the head, after kidnapping him from his house in Al-Shuhayl town in the eastern countryside of Deir Ezzor.

The victim, who was in his twenties, had been working as a driver for an oil company contracted with the Autonomous Administration.

On September 3, a shopkeeper in the same town was shot dead outside his store by three gunmen who arrived on a motorcycle, SOHR reported at the time.
""", [
    K(1, "civilians", attr="monitor", ev="k*illed a young man"),
    K(1, "civilians", "back_reference", attr="monitor", ev="a shopkeeper ... was shot dead"),
], decoys=[(3, "count of something else")], pub="2023-09-19", publisher="Syrian Observatory for Human Rights",
   notes="Obfuscated death words ('ex*ecute', 'k*illed'). Three gunmen are perpetrators and also share a value with the date: a decoy for deaths. 'in his twenties' is an age.")

R(61, "ar", "north-press-along-with-brother", """
الحسكة – نورث برس

قُتل قيادي في قوى الأمن الداخلي "الأسايش" إلى جانب شقيقه، مساء الأحد، إثر استهداف سيارتهما بطائرة مسيّرة تركية على طريق القامشلي – عامودا.

وقال مصدر أمني لنورث برس، إن الطائرة استهدفت السيارة بصاروخين، ما أدى إلى احتراقها بالكامل ومقتل من فيها.

وهذا هو الاستهداف الثالث لطائرة مسيّرة تركية في ريف القامشلي منذ مطلع الشهر الجاري، إذ قُتل في الاستهدافين السابقين أربعة أشخاص بينهم طفل.
""", [
    K(1, "sdf", attr="security source", ev="قُتل قيادي في قوى الأمن الداخلي"),
    K(1, "civilians", attr="security source", ev="إلى جانب شقيقه"),
    K(4, "all", "back_reference", ev="قُتل في الاستهدافين السابقين أربعة أشخاص"),
    K(1, "children", "back_reference", ev="بينهم طفل"),
], pub="2024-01-14", publisher="نورث برس",
   notes="'X إلى جانب شقيقه' (along with his brother): two deaths given as 1 + 1. 'بصاروخين' is a dual of missiles (not casualties). 'الاستهداف الثالث' ordinal.")

R(62, "en", "sohr-perpetrators-not-victims", """
Security chaos | Five gunmen storm house and kill two brothers in Daraa

Daraa province: Five gunmen riding two cars stormed a house in Tafas city in western Daraa countryside and shot dead two brothers, before fleeing to an unknown destination.

According to SOHR sources, the two victims are former members of opposition factions who had not joined any military formation after the 2018 settlement.

The attackers also wounded the brothers' mother and a neighbour who tried to intervene.
""", [
    K(2, "opposition", attr="monitor", ev="shot dead two brothers"),
    W(1, "women", attr="monitor", ev="wounded the brothers' mother"),
    W(1, "civilians", attr="monitor", ev="and a neighbour"),
], decoys=[(5, "count of something else"), (2018, "year")], pub="2024-03-02", publisher="Syrian Observatory for Human Rights",
   notes="F1: the five gunmen are perpetrators, not victims. 'two cars' is a count of something else (same value as the deaths, so not listed as decoy).")
