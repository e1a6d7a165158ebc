from probe import *

R(35, "ar", "sohr-daily-paragraphs-died-killed-martyred", """
حصيلة الأربعاء | 29 قضوا وقتلوا واستشهدوا في أنحاء سوريا

وثّق المرصد السوري لحقوق الإنسان مقتل 29 شخصاً يوم أمس الأربعاء، في مناطق متفرقة من الأراضي السورية، وهم:

في دير الزور، عُثر على جثة رجل مقتولاً بطلقات نارية في بادية بلدة الجرذي، بينما قُتل عنصران من "قسد" بهجوم لخلايا التنظيم على حاجز في بلدة الكسرة.

وفي درعا، لقي شاب مصرعه برصاص مجهولين في مدينة طفس، كما قُتل عنصر سابق في الفصائل انضم لشعبة المخابرات العسكرية، إثر استهدافه في بلدة المزيريب.

وفي ريف حلب، سقط 6 عناصر من الفصائل الموالية لتركيا قتلى حين باغتتهم مجموعة من "قسد" على جبهة تل جيجان.

وفي البادية، قضى 17 عنصراً من قوات النظام والميليشيات الموالية لها، جراء هجوم مباغت لخلايا التنظيم في محيط منطقة الشولا جنوب دير الزور.

وفي إدلب، استشهد طفل بقصف مدفعي لقوات النظام على قرية الفطيرة.
""", [
    K(29, "all", "tally_total", attr="monitor", period="Wednesday", ev="مقتل 29 شخصاً يوم أمس"),
    K(1, "civilians", "tally_part", attr="monitor", ev="عُثر على جثة رجل مقتولاً"),
    K(2, "sdf", "tally_part", attr="monitor", ev="قُتل عنصران من قسد"),
    K(1, "civilians", "tally_part", attr="monitor", ev="لقي شاب مصرعه"),
    K(1, "regime", "tally_part", attr="monitor", ev="قُتل عنصر سابق في الفصائل انضم لشعبة المخابرات"),
    K(6, "opposition", "tally_part", attr="monitor", ev="سقط 6 عناصر من الفصائل الموالية لتركيا قتلى"),
    K(17, "regime", "tally_part", attr="monitor", ev="قضى 17 عنصراً من قوات النظام"),
    K(1, "children", "tally_part", attr="monitor", ev="استشهد طفل"),
], pub="2024-01-18", publisher="المرصد السوري لحقوق الإنسان",
   notes="Headline uses three death verbs (قضوا وقتلوا واستشهدوا). 1+2+1+1+6+17+1 = 29. 'عنصران' dual; 'لقي ... مصرعه' idiom.")

R(36, "en", "kurdistan24-tally-parts-do-not-sum", """
 date 2022-10-02
ERBIL (Kurdistan 24) – Gunmen believed to belong to ISIS shot dead an SDF fighter at his post outside Abu Khashab, in the western Deir ez-Zor countryside, on Sunday, according to the Syrian Observatory for Human Rights (SOHR).

A day earlier, two guards were hurt when a hand grenade was thrown at an SDF office in al-Mansoura, west of Raqqa.

The monitor's tally for 2022 so far: 133 ISIS attacks in SDF territory, with 95 people killed – 38 civilians, two women and a child among them, and 64 fighters of the SDF and its security forces.

The group lost its last territory in Syria on March 23, 2019, yet its cells still mount almost daily attacks.
""", [
    K(1, "sdf", attr="monitor", ev="shot dead an SDF fighter"),
    W(2, "sdf", "back_reference", ev="two guards were hurt"),
    M("operations", 133, role="tally_total", attr="monitor", period="since early 2022", ev="133 ISIS attacks"),
    K(95, "all", "tally_total", attr="monitor", period="since early 2022", ev="with 95 people killed"),
    K(38, "civilians", "tally_part", attr="monitor", period="since early 2022", ev="38 civilians"),
    K(2, "women", "tally_part", attr="monitor", period="since early 2022", ev="two women ... among them"),
    K(1, "children", "tally_part", attr="monitor", period="since early 2022", ev="and a child"),
    K(64, "sdf", "tally_part", attr="monitor", period="since early 2022", ev="64 fighters of the SDF and its security forces"),
], decoys=[(2022, "year"), (23, "date"), (2019, "year")], pub="2022-10-02", publisher="Kurdistan24",
   disc=[("parts_do_not_sum", "38 + 64 = 102 but the stated total is 95", 95, 102)],
   notes="Saturday's grenade is a separate earlier incident (back-reference). The breakdown exceeds its total, as it does in real copies of this tally.")

R(37, "ar", "afp-arabic-director-quote-restates", """
مقتل 18 شخصاً بينهم 11 عنصراً من "قسد" بتفجير سيارة مفخخة شرق سوريا

بيروت (أ ف ب) - قُتل 18 شخصاً على الأقل، بينهم 11 عنصراً من قوات سوريا الديمقراطية، الجمعة جراء تفجير سيارة مفخخة أمام مقر لهذه القوات في بلدة البصيرة بريف دير الزور الشرقي، وفق ما أفاد المرصد السوري لحقوق الإنسان.

وأوضح مدير المرصد رامي عبد الرحمن لفرانس برس أن "بين القتلى قائداً ميدانياً وعشرة من رفاقه، وسبعة مدنيين منهم ثلاثة أطفال".

وتشهد المنطقة منذ أشهر هجمات متكررة تتبناها خلايا تنظيم داعش، الذي خسر آخر مناطق سيطرته في آذار/مارس 2019.

وتسبب النزاع في سوريا منذ اندلاعه عام 2011 بمقتل أكثر من نصف مليون شخص.
""", [
    K(18, "all", q="at_least", attr="monitor", ev="قُتل 18 شخصاً على الأقل"),
    K(11, "sdf", "tally_part", attr="monitor", ev="بينهم 11 عنصراً من قوات سوريا الديمقراطية"),
    K(7, "civilians", "tally_part", attr="monitor", ev="سبعة مدنيين"),
    K(3, "children", "tally_part", attr="monitor", ev="منهم ثلاثة أطفال"),
    K(500000, "all", "background", q="more_than", ev="أكثر من نصف مليون شخص"),
], decoys=[(2019, "year"), (2011, "year"), (10, "other")], pub="2019-06-28", publisher="أ ف ب",
   notes="The director's quote restates the 11 as 'قائداً ميدانياً وعشرة من رفاقه' (1 + 10): no new claim; 10 alone is not a figure a coder records. 'نصف مليون' is a word number.")

R(38, "en", "reuters-toll-rises-earlier-figure", """
Death toll from Islamic State attack on Deir al-Zor rises to 135 - monitor

BEIRUT (Reuters) - The death toll from an Islamic State attack on government-held parts of the eastern Syrian city of Deir al-Zor has risen to at least 135, including 85 civilians, the Syrian Observatory for Human Rights said on Sunday.

The other 50 dead were members of the Syrian army and allied militias, the Britain-based monitor said.

The Observatory had earlier put the number of soldiers and pro-government fighters killed at 75.

A source close to the government said the militants had sent six suicide bombers before trying to storm army positions, and that troops had repelled the assault.

(Reporting by Tom Perry; Editing by Dominic Evans)
""", [
    K(135, "all", q="at_least", attr="monitor", ev="has risen to at least 135"),
    K(85, "civilians", "tally_part", attr="monitor", ev="including 85 civilians"),
    K(50, "regime", "tally_part", attr="monitor", ev="The other 50 dead"),
    K(75, "regime", attr="monitor", ev="had earlier put the number of soldiers ... killed at 75"),
], decoys=[(6, "count of something else")], pub="2016-01-17", publisher="Reuters",
   disc=[("conflicting_figures_same_event", "earlier monitor figure 75 soldiers vs later 50", 75, 50)],
   notes="The earlier, superseded figure (75) is still a stated death figure for the same event and is recorded as an incident claim with a discrepancy. 'The other 50 dead' is a part whose noun comes later ('were members of the Syrian army'). Six suicide bombers are attackers, no death claim.")

R(39, "ar", "north-press-dual-verb-laqiya", """
مقتل شابين بانفجار لغم من مخلفات الحرب في ريف الرقة

الرقة – نورث برس
لقي شابان مصرعهما، الثلاثاء، جراء انفجار لغم أرضي من مخلفات تنظيم "داعش" أثناء رعيهما الأغنام في بادية قرية الكالطة جنوبي الرقة.

وقال مصدر طبي لنورث برس إن جثتي الشابين وصلتا إلى المشفى الوطني بالرقة، وهما من أبناء عشيرة البوشعبان، ويبلغ أحدهما 17 عاماً والآخر 22 عاماً.

وتنتشر آلاف الألغام في بادية الرقة منذ طرد التنظيم من المدينة عام 2017، وقتل ما لا يقل عن 40 مدنياً بانفجارها منذ مطلع العام الجاري، بحسب إحصائية لمنظمة محلية.
""", [
    K(2, "civilians", ev="لقي شابان مصرعهما"),
    K(40, "civilians", "tally_total", q="at_least", attr="local organisation", period="since start of the year", ev="ما لا يقل عن 40 مدنياً"),
], decoys=[(17, "age"), (22, "age"), (2017, "year")], pub="2024-04-30", publisher="نورث برس",
   notes="Dual subject and dual pronoun ('شابان مصرعهما'). 'جثتي الشابين' restates. 'آلاف' vague.")

R(40, "en", "north-press-killed-along-with", """
Turkish drone kills commander along with two companions in Syria's Qamishli countryside

QAMISHLI, Syria (North Press) – A commander in the Syrian Democratic Forces (SDF) was killed on Thursday along with two of his companions when a Turkish drone struck their car on the road between the towns of Tal Hamis and Qamishli, a security source said.

A fourth person, the driver of a passing truck, was wounded by shrapnel, the source told North Press.

Since the start of the year, Turkish drones have carried out 47 strikes in the region, killing 38 people, according to a statistic by North Press.

Reporting by Hoshang Hasan
""", [
    K(1, "sdf", attr="security source", ev="A commander in the SDF was killed"),
    K(2, "sdf", attr="security source", ev="along with two of his companions"),
    W(1, "civilians", attr="security source", ev="A fourth person ... was wounded"),
    M("operations", 47, role="tally_total", attr="North Press", period="since start of the year", ev="47 strikes"),
    K(38, "all", "tally_total", attr="North Press", period="since start of the year", ev="killing 38 people"),
], pub="2024-06-13", publisher="North Press",
   notes="'X was killed along with N others' (C19): one named victim plus two. 'A fourth person' = one wounded.")

R(41, "ar", "step-news-number-words", """
ستيب نيوز – دير الزور

قُتل أحد عشر عنصراً من ميليشيا "لواء فاطميون" الموالية لإيران وجُرح اثنا عشر آخرون، بغارات جوية يُرجّح أنها أمريكية استهدفت مقرات لهم في مدينة البوكمال قرب الحدود العراقية، فجر اليوم الجمعة.

وأفادت مصادر محلية لستيب نيوز بأن ثلاث غارات على الأقل استهدفت مستودعاً للأسلحة ومقراً قرب حي الكتف، ما أدى إلى انفجارات متتالية استمرت قرابة ساعة.

وكانت غارات مماثلة قد أسفرت الشهر الماضي عن مقتل ثمانية عناصر من الحرس الثوري الإيراني في منطقة الميادين.
""", [
    K(11, "iran_backed", attr="local sources", ev="قُتل أحد عشر عنصراً"),
    W(12, "iran_backed", attr="local sources", ev="وجُرح اثنا عشر آخرون"),
    K(8, "guards", "back_reference", ev="مقتل ثمانية عناصر من الحرس الثوري"),
], decoys=[(3, "count of something else")], pub="2024-02-02", publisher="ستيب نيوز",
   notes="Compound number words أحد عشر (11) and اثنا عشر (12). Three air strikes is a count of something else.")

R(42, "en", "enab-english-mother-and-children", """
Regime shelling kills woman and her two children in Idlib countryside

Enab Baladi – Idlib

A woman and her two children were killed on Friday, 6 October, when regime artillery shells hit their house in the town of Sarmin, east of Idlib, the Syria Civil Defence said.

The Civil Defence added that its teams retrieved the bodies from under the rubble and treated three other members of the family for wounds.

The shelling came a day after a drone attack on the Homs Military Academy that, according to the Syrian Ministry of Health, killed 89 people, after which regime and Russian forces intensified their bombardment of northwestern Syria.
""", [
    K(1, "women", ev="A woman ... were killed"),
    K(2, "children", ev="and her two children"),
    W(3, "civilians", attr="Civil Defence", ev="treated three other members of the family for wounds"),
    K(89, "all", "back_reference", attr="Ministry of Health", ev="killed 89 people"),
], decoys=[(6, "date")], pub="2023-10-07", publisher="Enab Baladi",
   notes="Victims given as 'a woman and her two children' (1 + 2); no total of 3 is stated, so none is derived.")

R(43, "ar", "sohr-qada-wounded-with-child", """
محافظة حلب – المرصد السوري لحقوق الإنسان:: قضى مواطن وأصيب 3 آخرون بينهم طفل، جراء سقوط قذائف صاروخية أطلقتها القوات التركية والفصائل الموالية لها على قرية أم الحوش بريف حلب الشمالي، ظهر اليوم.

كما لقي طفلان حتفهما وأصيبت والدتهما، جراء انفجار جسم من مخلفات الحرب أثناء لعبهما قرب منزلهما في مدينة تل رفعت.

وتشهد المنطقة تصعيداً عسكرياً منذ أيام، وسط تحليق مكثف للطائرات المسيّرة التركية.
""", [
    K(1, "civilians", attr="monitor", ev="قضى مواطن"),
    W(3, "civilians", attr="monitor", ev="وأصيب 3 آخرون"),
    W(1, "children", "tally_part", attr="monitor", ev="بينهم طفل"),
    K(2, "children", attr="monitor", ev="لقي طفلان حتفهما"),
    W(1, "women", attr="monitor", ev="وأصيبت والدتهما"),
], pub="2022-11-21", publisher="المرصد السوري لحقوق الإنسان",
   notes="'قضى مواطن' single victim, bare indefinite noun. 'لقي طفلان حتفهما' dual idiom. 'والدتهما' one woman wounded (implicit one).")

R(44, "en", "afp-climbs-after-injured-die", """
Toll from Syria market blast climbs to 12: monitor

BEIRUT, Dec 17, 2022 (AFP) - The death toll from a car bomb that struck a busy market in the northern Syrian town of Azaz climbed to 12 on Saturday after two of the injured died in hospital, a war monitor said.

The Syrian Observatory for Human Rights said those killed included four children and a woman, while about 30 people remained in hospital, several of them in critical condition.

On Friday the Observatory had reported 10 dead.

Azaz is held by Turkish-backed rebel factions. There was no immediate claim for the attack.
""", [
    K(12, "all", attr="monitor", ev="climbed to 12"),
    K(2, "all", "tally_part", attr="monitor", ev="two of the injured died in hospital"),
    K(4, "children", "tally_part", attr="monitor", ev="included four children"),
    K(1, "women", "tally_part", attr="monitor", ev="and a woman"),
    W(30, "all", q="about", attr="monitor", ev="about 30 people remained in hospital"),
    K(10, "all", attr="monitor", ev="had reported 10 dead"),
], decoys=[(17, "date"), (2022, "year")], pub="2022-12-17", publisher="AFP",
   notes="A rising toll: earlier figure 10 and the new 12 are both stated; the two who died of wounds are part of the 12. 'about 30 people remained in hospital' is read as wounded (about).")
