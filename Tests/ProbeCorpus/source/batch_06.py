from probe import *

R(45, "ar", "deirezzor24-arabic-oil-workers", """
دير الزور 24 – خاص

قُتل ثلاثة عمال في حقل العمر النفطي وأصيب رابع، صباح اليوم، إثر انفجار عبوة ناسفة بسيارة نقل كانت تقلّهم على الطريق الواصل بين الحقل وبلدة ذيبان بريف دير الزور الشرقي.

وأفاد مراسل دير الزور 24 بأن العمال يعملون لدى شركة متعاقدة مع "الإدارة الذاتية"، وأن السيارة كانت تسير عند الساعة السادسة والنصف صباحاً ضمن قافلة من 4 سيارات.

ويأتي الانفجار بعد أسبوع من مقتل حارس في الحقل ذاته برصاص مجهولين، فيما تشهد المنطقة استهدافات متكررة لعاملين في القطاع النفطي.
""", [
    K(3, "civilians", attr="correspondent", ev="قُتل ثلاثة عمال في حقل العمر"),
    W(1, "civilians", attr="correspondent", ev="وأصيب رابع"),
    K(1, "civilians", "back_reference", ev="مقتل حارس في الحقل ذاته"),
], decoys=[(4, "count of something else")], pub="2023-03-07", publisher="دير الزور 24",
   notes="'رابع' = one wounded. Clock time in words. Convoy of 4 cars is a decoy; the ordinal 'رابع' must not become 4.")

R(46, "en", "sana-english-martyred-injured", """
Two civilians martyred, five injured in terrorist attack with explosive device in Daraa countryside

Daraa, SANA – Two civilians were martyred and five others were injured, among them a child, when an explosive device planted by terrorists went off in the town of al-Musayfra in the eastern countryside of Daraa province on Tuesday.

A police source told SANA's reporter that the device had been placed on the side of the road near the town's bakery and went off at around 7:40 a.m. as people were queuing for bread.

The injured were taken to Daraa National Hospital, the source added.

Hazem Sabbagh / Mazen Eyon
""", [
    K(2, "civilians", attr="police source", ev="Two civilians were martyred"),
    W(5, "civilians", attr="police source", ev="five others were injured"),
    W(1, "children", "tally_part", attr="police source", ev="among them a child"),
], decoys=[(7, "clock time"), (40, "clock time")], pub="2022-09-27", publisher="SANA",
   notes="English state-media 'martyred'. Headline restates 2 and 5.")

R(47, "en", "sohr-monthly-causes-citizen-women", """
LONDON, March 1, 2023 (SOHR): The Syrian Observatory for Human Rights has documented the deaths of 1,418 people across Syria in February 2023, as follows:

Civilian casualties: 512, among them 97 children (under the age of eighteen) and 61 women (over eighteen), by cause:
- 204 including 41 children and 26 citizen women in the earthquake aftershock and building collapses.
- 88 including 19 children and 11 citizen women by landmines and remnants of war.
- 71 including 12 children and 9 citizen women by shooting by unidentified gunmen.
- 64 including 15 children and 6 citizen women in regime and Russian shelling and airstrikes.
- 17 citizens died under torture in the prisons of the parties to the conflict.
- 68 including 10 children and 9 citizen women in other circumstances.

Regime forces and loyal gunmen: 391
Rebels and Islamic factions: 247
SDF fighters: 58
ISIS members: 139
Unidentified: 71
""", [
    K(1418, "all", "tally_total", attr="monitor", period="February 2023", ev="deaths of 1,418 people"),
    K(512, "civilians", "tally_part", attr="monitor", period="February 2023", ev="Civilian casualties: 512"),
    K(97, "children", "tally_part", attr="monitor", period="February 2023", ev="97 children (under the age of eighteen)"),
    K(61, "women", "tally_part", attr="monitor", period="February 2023", ev="61 women (over eighteen)"),
    K(204, "civilians", "tally_part", attr="monitor", period="February 2023", ev="204 ... earthquake"),
    K(41, "children", "tally_part", attr="monitor", period="February 2023", ev="earthquake: 41 children"),
    K(26, "women", "tally_part", attr="monitor", period="February 2023", ev="earthquake: 26 citizen women"),
    K(88, "civilians", "tally_part", attr="monitor", period="February 2023", ev="88 ... landmines"),
    K(19, "children", "tally_part", attr="monitor", period="February 2023", ev="landmines: 19 children"),
    K(11, "women", "tally_part", attr="monitor", period="February 2023", ev="landmines: 11 citizen women"),
    K(71, "civilians", "tally_part", attr="monitor", period="February 2023", ev="71 ... by shooting"),
    K(12, "children", "tally_part", attr="monitor", period="February 2023", ev="shooting: 12 children"),
    K(9, "women", "tally_part", attr="monitor", period="February 2023", ev="shooting: 9 citizen women"),
    K(64, "civilians", "tally_part", attr="monitor", period="February 2023", ev="64 ... shelling"),
    K(15, "children", "tally_part", attr="monitor", period="February 2023", ev="shelling: 15 children"),
    K(6, "women", "tally_part", attr="monitor", period="February 2023", ev="shelling: 6 citizen women"),
    K(17, "civilians", "tally_part", attr="monitor", period="February 2023", ev="17 citizens died under torture"),
    K(68, "civilians", "tally_part", attr="monitor", period="February 2023", ev="68 ... other circumstances"),
    K(10, "children", "tally_part", attr="monitor", period="February 2023", ev="other: 10 children"),
    K(9, "women", "tally_part", attr="monitor", period="February 2023", ev="other: 9 citizen women"),
    K(391, "regime", "tally_part", attr="monitor", period="February 2023", ev="Regime forces and loyal gunmen: 391"),
    K(247, "opposition", "tally_part", attr="monitor", period="February 2023", ev="Rebels and Islamic factions: 247"),
    K(58, "sdf", "tally_part", attr="monitor", period="February 2023", ev="SDF fighters: 58"),
    K(139, "is", "tally_part", attr="monitor", period="February 2023", ev="ISIS members: 139"),
    K(71, "unidentified", "tally_part", attr="monitor", period="February 2023", ev="Unidentified: 71"),
], decoys=[(1, "date"), (2023, "year"), (18, "age")], pub="2023-03-01", publisher="Syrian Observatory for Human Rights",
   notes="Label 'Civilian casualties: N' means deaths here (the header says deaths). Ages 'under the age of eighteen' are decoys. Civilians: 204+88+71+64+17+68 = 512; children 41+19+12+15+0+10 = 97; women 26+11+9+6+0+9 = 61; top 512+391+247+58+139+71 = 1418.")

R(48, "ar", "combined-bayn-qatil-wa-jarih", """
سقوط 6 بين قتيل وجريح بشجار عشائري في ريف الحسكة

الحسكة – خاص
سقط ستة أشخاص بين قتيل وجريح، مساء أمس، إثر شجار مسلح بين عائلتين من عشيرة واحدة في قرية تل براك شمال شرقي الحسكة، على خلفية خلاف قديم على أرض زراعية.

وقال مصدر محلي إن اثنين من المصابين في حالة حرجة، وإن قوى الأمن الداخلي طوّقت القرية واعتقلت 9 أشخاص من الطرفين.
""", [
    KW(6, "civilians", attr="local source", ev="سقط ستة أشخاص بين قتيل وجريح"),
    M("arrested", 9, attr="local source", ev="اعتقلت 9 أشخاص"),
], decoys=[(2, "other")], pub="2024-07-08", publisher="موقع محلي",
   notes="Only a combined figure is given ('بين قتيل وجريح'): killed_or_wounded 6, also a decoy for deaths. 'اثنين من المصابين في حالة حرجة' is a condition subset, not deaths.")

R(49, "en", "sohr-kills-and-injures-combined", """
Regime rocket fire on Al-Mayadeen kills and injures about 25 persons

Deir Ezzor province, the Syrian Observatory for Human Rights: rockets fired by regime forces at the Al-Mayadeen market, in an area held by the "Islamic State" organization, killed at least 14 persons and wounded at least 9 others on Tuesday afternoon, SOHR sources said. More deaths are feared, as several of the wounded are in a grave condition.
""", [
    KW(25, "civilians", q="about", attr="monitor", ev="kills and injures about 25 persons"),
    K(14, "civilians", q="at_least", attr="monitor", ev="killed at least 14 persons"),
    W(9, "civilians", q="at_least", attr="monitor", ev="wounded at least 9 others"),
], pub="2016-11-12", publisher="Syrian Observatory for Human Rights",
   notes="Headline 'kills and injures about N' is a combined figure (C: combined). Body splits 14 + 9 (the headline's 25 is rounded).")

R(50, "ar", "hawar-turkish-shelling-civilians-martyred", """
استشهاد مدنيَين وإصابة 4 آخرين بينهم طفلة بقصف الاحتلال التركي على ريف تل تمر

تل تمر – هاوار
استشهد مواطنان وأصيب أربعة آخرون بينهم طفلة، جراء قصف مدفعي شنّه جيش الاحتلال التركي ومرتزقته على قرية أم الكيف بريف ناحية تل تمر، اليوم.

وأفاد مراسل وكالتنا بأن القصف استهدف منازل المدنيين بأكثر من 20 قذيفة، ما أدى إلى أضرار مادية كبيرة.

وبحسب إحصائية لمركز توثيق الانتهاكات في شمال وشرق سوريا، استشهد 23 مدنياً بينهم 7 أطفال جراء هجمات الاحتلال التركي منذ مطلع العام.
""", [
    K(2, "civilians", ev="استشهد مواطنان"),
    W(4, "civilians", ev="وأصيب أربعة آخرون"),
    W(1, "children", "tally_part", ev="بينهم طفلة"),
    K(23, "civilians", "tally_total", attr="documentation centre", period="since start of the year", ev="استشهد 23 مدنياً"),
    K(7, "children", "tally_part", attr="documentation centre", period="since start of the year", ev="بينهم 7 أطفال"),
], decoys=[(20, "count of something else")], pub="2023-11-25", publisher="وكالة هاوار (ANHA)",
   notes="Kurdish-outlet vocabulary: civilians 'martyred', Turkish army 'occupation', factions 'mercenaries'. 'مدنيَين' / 'مواطنان' duals. Shell count is a decoy.")

R(51, "en", "hardwrapped-date-line-raqqa", """
 date 2024-08-21
Landmine kills three children
in Raqqa countryside

RAQQA - Three children were killed and
a fourth was badly hurt on Tuesday
afternoon when a landmine left over from
the battles against the Islamic State
group exploded near the village of
Hazima, north of Raqqa, a medical source
said.

The children, aged between 8 and 13,
were herding sheep about 2 km from their
homes, the source said. The injured boy
was taken to Raqqa National Hospital.
""", [
    K(3, "children", attr="medical source", ev="Three children were killed"),
    W(1, "children", attr="medical source", ev="a fourth was badly hurt"),
], decoys=[(2024, "year"), (21, "date"), (8, "age"), (13, "age"), (2, "distance")], pub="2024-08-21", publisher="aggregator",
   notes="Hard-wrapped with a metadata date line. 'a fourth' = one wounded; 'badly hurt' = wounded.")

R(52, "ar", "sohr-toll-rises-after-wounded-die", """
محافظة إدلب – المرصد السوري لحقوق الإنسان:: ارتفع إلى 9 عدد القتلى جراء الغارات الجوية الروسية على سوق شعبي في مدينة جسر الشغور، بعد وفاة اثنين من المصابين متأثرين بجراحهما، والقتلى هم: 5 رجال وطفلان وسيدتان.

ولا يزال عدد القتلى مرشحاً للارتفاع لوجود أكثر من 20 جريحاً بعضهم في حالات خطرة.

وكان المرصد السوري قد وثّق صباح اليوم مقتل 7 أشخاص في الغارات ذاتها.
""", [
    K(9, "civilians", attr="monitor", ev="ارتفع إلى 9 عدد القتلى"),
    K(2, "all", "tally_part", attr="monitor", ev="وفاة اثنين من المصابين"),
    K(5, "civilians", "tally_part", attr="monitor", ev="5 رجال"),
    K(2, "children", "tally_part", attr="monitor", ev="وطفلان"),
    K(2, "women", "tally_part", attr="monitor", ev="وسيدتان"),
    W(20, "civilians", q="more_than", attr="monitor", ev="أكثر من 20 جريحاً"),
    K(7, "civilians", attr="monitor", ev="مقتل 7 أشخاص في الغارات ذاتها"),
], pub="2023-06-25", publisher="المرصد السوري لحقوق الإنسان",
   notes="Inverted toll 'ارتفع إلى N عدد القتلى' (C12). Parts 5+2+2 = 9; 'طفلان' and 'سيدتان' are duals. The earlier figure 7 of the same event is a stated figure.")

R(53, "en", "deirezzor24-shepherds-vague-plus-count", """
Civilians caught in SDF sweep of Al-Kasra desert

Written by Editorial Board

Several civilians lost their lives today as an SDF force swept the desert south of Al-Kasra in the western Deir Ezzor countryside in pursuit of Daesh cells, our correspondent reported.

Two of them were shepherds, hit by SDF gunfire as they drove their flocks near the road, he said. The force also killed more than three Daesh elements during the sweep.

Dozens of young men were detained in nearby villages; 6 of them are guards in the SDF's own oil-protection units.
""", [
    K(2, "civilians", attr="correspondent", ev="Two of them were shepherds"),
    K(3, "is", q="more_than", attr="correspondent", ev="killed more than three Daesh elements"),
    M("arrested", 6, "sdf", attr="correspondent", ev="6 of them are guards"),
], pub="2021-02-18", publisher="DeirEzzor24",
   notes="'Several civilians' is vague (no claim); the two shepherds ('Two of them') are a stated subset and are recorded. 'Dozens of young men' vague; '6 of them' is a postposed partitive of the detainees.")
