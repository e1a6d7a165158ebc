from probe import *

R(26, "en", "north-press-daraa-weekly-roundup", """
Seven killed in Syria's Daraa in a week

DARAA, Syria (North Press) – Seven people, a woman and two government soldiers among them, lost their lives in shootings by unknown gunmen across southern Syria's Daraa governorate during the past seven days.

On Feb. 9, a local source told North Press that unknown gunmen shot a nurse, Samah al-Zoubi, to death as she left the hospital in the town of Busra al-Harir.

On Feb. 8, two soldiers of the government forces were shot dead at a checkpoint near the town of Ibta'. A third soldier survived with wounds to his leg.

On the same day, Khaled al-Hariri, a former opposition commander, was killed by gunmen riding a motorcycle in the city of Da'el.

On Feb. 6, residents found the bodies of two young men in farmland west of the town of Tafas, bearing gunshot wounds.

On Feb. 4, Yasser Abu Nabout died of wounds he had sustained when gunmen opened fire on his shop on Jan. 30.

Reporting by Ihsan al-Khatib
""", [
    K(7, "all", "tally_total", period="past week", ev="Seven people ... lost their lives"),
    K(1, "women", "tally_part", ev="a woman ... among them"),
    K(2, "regime", "tally_part", ev="two government soldiers"),
    W(1, "regime", ev="A third soldier survived with wounds"),
    K(1, "opposition", "tally_part", ev="Khaled al-Hariri ... was killed"),
    K(2, "civilians", "tally_part", ev="found the bodies of two young men"),
    K(1, "civilians", "tally_part", ev="Yasser Abu Nabout died of wounds"),
], decoys=[(9, "date"), (8, "date"), (6, "date"), (4, "date"), (30, "date")], pub="2024-02-11", publisher="North Press",
   notes="Weekly roundup. 1 (nurse) + 2 + 1 + 2 + 1 = 7. The nurse is the woman in the lead (not a separate part). 'two government soldiers' in the lead and 'two soldiers' in the body are one claim. 'A third soldier' = one wounded.")

R(27, "ar", "shafaq-interior-ministry-fifth-wounded", """
 date 2025-12-14
شفق نيوز- دمشق

قالت وزارة الداخلية السورية، الأحد، إن ثلاثة من عناصر إدارة أمن الطرق قُتلوا وأُصيب عنصر رابع، حين تعرّضت دوريتهم لإطلاق نار على الطريق الدولي M5 عند مدخل خان شيخون جنوبي إدلب.

وأضافت الوزارة في بيانها، الذي حصلت شفق نيوز على نسخة منه، أن قواتها نصبت حواجز على الطرق المؤدية إلى المنطقة بحثاً عن المهاجمين.

ويأتي الهجوم بعد يوم من إعلان القيادة الأميركية الوسطى مقتل جنديين أميركيين ومترجم مدني، وجرح ثلاثة عسكريين آخرين، بإطلاق نار قرب تدمر.
""", [
    K(3, "regime", attr="Interior Ministry", ev="ثلاثة من عناصر إدارة أمن الطرق قُتلوا"),
    W(1, "regime", attr="Interior Ministry", ev="وأُصيب عنصر رابع"),
    K(2, "coalition", "back_reference", attr="US Central Command", ev="مقتل جنديين"),
    K(1, "civilians", "back_reference", attr="US Central Command", ev="ومترجم مدني"),
    W(3, "coalition", "back_reference", attr="US Central Command", ev="وجرح ثلاثة عسكريين آخرين"),
], decoys=[(5, "unit name"), (2025, "year"), (14, "date")], pub="2025-12-14", publisher="شفق نيوز",
   notes="'عنصر رابع' = one wounded (ordinal). Road name M5 is a decoy. Government security forces after 2024 are filed under 'regime' (state forces) for want of a better category. The US losses are a back-reference.")

R(28, "en", "sohr-murders-regional-distribution", """
Domestic violence | Man kills his brother over inheritance dispute in Homs countryside

Homs province: A man was killed by his brother during a quarrel over inheritance in Talbiseh town in northern Homs countryside, SOHR sources said.

Since January 2024, SOHR has recorded 97 murders in areas under regime control, with 104 victims in all: five children, 17 women and 82 men. By province:
• Daraa: 31 murder crimes left 29 men, two children and three women dead.
• Rif Dimashq: 22 murder crimes left 19 men and five women dead.
• Homs: 18 murder crimes left 15 men, a woman and a little girl dead.
• Hama: Nine murder crimes left nine men dead.
• Damascus: Eight murder crimes left five men and three women dead.
• Latakia: Nine murder crimes left five men, two children and five women dead.
""", [
    K(1, "civilians", ev="A man was killed by his brother"),
    M("operations", 97, role="tally_total", attr="monitor", period="since early 2024", ev="97 murders"),
    K(104, "all", "tally_total", attr="monitor", period="since early 2024", ev="104 victims in all"),
    K(5, "children", "tally_part", attr="monitor", period="since early 2024", ev="five children"),
    K(17, "women", "tally_part", attr="monitor", period="since early 2024", ev="17 women"),
    K(82, "civilians", "tally_part", attr="monitor", period="since early 2024", ev="82 men"),
    K(29, "civilians", "tally_part", attr="monitor", ev="Daraa: 29 men"),
    K(2, "children", "tally_part", attr="monitor", ev="Daraa: two children"),
    K(3, "women", "tally_part", attr="monitor", ev="Daraa: three women"),
    K(19, "civilians", "tally_part", attr="monitor", ev="Rif Dimashq: 19 men"),
    K(5, "women", "tally_part", attr="monitor", ev="Rif Dimashq: five women"),
    K(15, "civilians", "tally_part", attr="monitor", ev="Homs: 15 men"),
    K(1, "women", "tally_part", attr="monitor", ev="Homs: a woman"),
    K(1, "children", "tally_part", attr="monitor", ev="Homs: a little girl"),
    K(9, "civilians", "tally_part", attr="monitor", ev="Hama: nine men"),
    K(5, "civilians", "tally_part", attr="monitor", ev="Damascus: five men"),
    K(3, "women", "tally_part", attr="monitor", ev="Damascus: three women"),
    K(5, "civilians", "tally_part", attr="monitor", ev="Latakia: five men"),
    K(2, "children", "tally_part", attr="monitor", ev="Latakia: two children"),
    K(5, "women", "tally_part", attr="monitor", ev="Latakia: five women"),
    M("operations", 31, role="tally_part", attr="monitor", ev="31 murder crimes"),
    M("operations", 22, role="tally_part", attr="monitor", ev="22 murder crimes"),
    M("operations", 18, role="tally_part", attr="monitor", ev="18 murder crimes"),
    M("operations", 9, role="tally_part", attr="monitor", ev="Nine murder crimes (Hama)"),
    M("operations", 8, role="tally_part", attr="monitor", ev="Eight murder crimes"),
    M("operations", 9, role="tally_part", attr="monitor", ev="Nine murder crimes (Latakia)"),
], decoys=[(2024, "year")], pub="2024-09-02", publisher="Syrian Observatory for Human Rights",
   notes="Regional lines 'N murder crimes left A men, B children and C women dead' (C1). Sums: men 29+19+15+9+5+5 = 82; women 3+5+1+0+3+5 = 17; children 2+0+1+0+0+2 = 5; total 104; crimes 31+22+18+9+8+9 = 97.")

R(29, "ar", "combined-headline-split-body", """
مقتل وإصابة 7 عناصر من "الدفاع الوطني" بهجوم في بادية الرقة

قُتل ثلاثة عناصر من ميليشيا "الدفاع الوطني" الموالية للحكومة، وأصيب أربعة آخرون بجروح، حين هاجم مسلحون يُظن أنهم من تنظيم داعش نقطة حراسة قرب حقل الثورة النفطي جنوب غربي الرقة.

وأفاد المرصد السوري لحقوق الإنسان بأن الاشتباك دام قرابة ساعة، وانتهى بانسحاب المهاجمين قبيل وصول رتل من "الفرقة 17".

وبهذا الهجوم، ترتفع إلى 71 حصيلة من قُتلوا بهجمات التنظيم في البادية منذ كانون الثاني، بحسب المرصد.
""", [
    KW(7, "regime", attr="monitor", ev="مقتل وإصابة 7 عناصر"),
    K(3, "regime", attr="monitor", ev="قُتل ثلاثة عناصر"),
    W(4, "regime", attr="monitor", ev="وأصيب أربعة آخرون"),
    K(71, "all", "tally_total", attr="monitor", period="since start of the year", ev="ترتفع إلى 71 حصيلة من قُتلوا"),
], decoys=[(17, "unit name")], pub="2024-02-02", publisher="روز برس",
   notes="Headline gives a combined killed-and-wounded 7; the body splits it 3 + 4. The 7 must not be read as deaths. 'الفرقة 17' is a unit name.")

R(30, "en", "anf-sdf-campaign-day-count", """
Deir ez-Zor operation: 23 ISIS members killed on the ninth day

News Center – The Syrian Democratic Forces (SDF) continued their operation against ISIS cells in the Deir ez-Zor countryside on the ninth day, the SDF Media Center said.

According to the statement, 23 ISIS members were killed and 14 others were captured in clashes and raids since Tuesday. Two SDF fighters fell as martyrs and five were wounded during the clashes.

The statement added that SDF fighters seized 3 vehicles, 12 Kalashnikov rifles and a PKC machine gun, and destroyed a tunnel used by the cells near the village of al-Jurdi.

Since the start of the operation on August 27, the SDF has carried out 61 raids across the region.
""", [
    K(23, "is", attr="SDF", ev="23 ISIS members were killed"),
    M("captured", 14, "is", attr="SDF", ev="14 others were captured"),
    K(2, "sdf", attr="SDF", ev="Two SDF fighters fell as martyrs"),
    W(5, "sdf", attr="SDF", ev="five were wounded"),
    M("operations", 61, role="tally_total", attr="SDF", ev="61 raids"),
], decoys=[(3, "count of something else"), (12, "count of something else"), (27, "date")], pub="2024-09-04", publisher="ANF English",
   notes="'fell as martyrs' idiom. Seized weapons and vehicles are decoys. 'ninth day' is an ordinal.")

R(31, "ar", "baladi-monthly-ahrar-horan-nested", """
بلدي نيوز
أعلنت عائلة الشاب "يامن الخطيب" من بلدة صيدا شرقي درعا وفاته فجر الثلاثاء 13 آب، متأثراً بإصابته برصاص مسلحين دخلوا منزله قبل ثلاثة أيام.

ونقلت مصادر محلية أن الخطيب بقي في العناية المشددة بمشفى بصرى الشام حتى فارق الحياة، وأن المسلحين سرقوا سيارته قبل فرارهم.

وفي مدينة نوى، انفجرت قنبلة ألقاها مجهولون على باب محل تجاري دون أن تُسجَّل إصابات.

وفي تقريره عن شهر تموز، أحصى مكتب التوثيق في تجمع أحرار حوران 38 اغتيالاً أو محاولة اغتيال، راح ضحيتها 29 قتيلاً بينهم طفلان وامرأة، إلى جانب 15 جريحاً، فيما نجا ستة من المستهدفين.
""", [
    K(1, "civilians", ev="وفاته ... متأثراً بإصابته"),
    M("operations", 38, role="tally_total", attr="Ahrar Horan", period="July", ev="38 اغتيالاً أو محاولة اغتيال"),
    K(29, "all", "tally_total", attr="Ahrar Horan", period="July", ev="راح ضحيتها 29 قتيلاً"),
    K(2, "children", "tally_part", attr="Ahrar Horan", period="July", ev="بينهم طفلان"),
    K(1, "women", "tally_part", attr="Ahrar Horan", period="July", ev="وامرأة"),
    W(15, "all", "tally_total", attr="Ahrar Horan", period="July", ev="15 جريحاً"),
], decoys=[(13, "date"), (6, "count of something else")], pub="2024-08-13", publisher="بلدي نيوز",
   notes="A named victim whose death is reported as a noun ('وفاته … متأثراً بإصابته') after the verb أعلنت; implicit one. 'طفلان' is a dual subset. Six who survived attempts are not casualties. 'قبل ثلاثة أيام' is a duration.")

R(32, "en", "syria-times-sana-militant-killed", """
Gunmen shoot dead "SDF" militant in northern Deir Ezzor

DEIR EZZOR, (ST) - Unknown gunmen on Saturday shot dead a militant of the US-backed "SDF" militia in the village of Jdeidet Bakara in the northern Deir Ezzor countryside, SANA reported, citing civil sources.

The sources said the militant was on foot near the village mosque when two men fired at him from a passing car.

Three days earlier, three members of the militia lost their lives and four were hurt when two roadside bombs struck their vehicles near al-Shaddadi in Hasaka countryside.

Haifaa Mafalani
""", [
    K(1, "sdf", attr="civil sources", ev="shot dead a militant"),
    K(3, "sdf", "back_reference", ev="three members of the militia lost their lives"),
    W(4, "sdf", "back_reference", ev="four were hurt"),
], pub="2021-05-15", publisher="Syria Times",
   notes="State-media English: SDF members called 'militants'. Single victim as the object 'a militant'. Two men and two bombs are counts of something else.", decoys=[(2, "count of something else")])

R(33, "ar", "sohr-named-funeral-list", """
محافظة الحسكة – المرصد السوري لحقوق الإنسان:: شيّعت قوات سوريا الديمقراطية ستة من مقاتليها قضوا خلال الاشتباكات مع خلايا تنظيم "الدولة الإسلامية" في ريف الشدادي، والقتلى هم: حسن العبيد، وماهر الحمادي، وفراس العلي، وجوان خليل، وعبد الكريم الراشد، وسليمان الحاج.

وجرت مراسم التشييع في "مقبرة الشهداء" بمدينة الحسكة بحضور مئات الأهالي.

كما شيّعت "الأسايش" أحد عناصرها، الذي فارق الحياة في المشفى متأثراً بجراح أصيب بها قبل أسبوع في هجوم على حاجز جنوب الحسكة.
""", [
    K(6, "sdf", attr="monitor", ev="ستة من مقاتليها قضوا خلال الاشتباكات"),
    K(1, "sdf", attr="monitor", ev="أحد عناصرها، الذي فارق الحياة"),
], pub="2023-01-24", publisher="المرصد السوري لحقوق الإنسان",
   notes="A named list of six restates the six; no per-name claims. 'أحد عناصرها' = one. 'مئات' is vague.")

R(34, "en", "sohr-isis-assassination-tally-paragraphs", """
ISIS resurgence | Unknown gu*nmen kill SDF member in Al-Hawayij

Deir Ezzor province: SOHR sources have reported that unidentified gunmen shot dead a member of the Syrian Democratic Forces (SDF) near his house in Al-Hawayij town in the eastern countryside of Deir Ezzor.

With this killing, SOHR's running count of assassinations by cells in SDF-held parts of Deir Ezzor, Raqqa, Al-Hasakah and the Manbij area has reached 702 fighters, civilians, oil workers and civil-council staff.

SOHR's records show the killing of 261 civilians, 17 children and 13 women among them, by these cells. Alongside them, 437 SDF fighters, local commanders included, were assassinated in the same areas.

Four soldiers of the International Coalition were killed as well, and dozens more people were wounded in these attacks.
""", [
    K(1, "sdf", attr="monitor", ev="shot dead a member of the SDF"),
    K(702, "all", "tally_total", attr="monitor", ev="has reached 702 fighters, civilians, oil workers and civil-council staff"),
    K(261, "civilians", "tally_part", attr="monitor", ev="the killing of 261 civilians"),
    K(17, "children", "tally_part", attr="monitor", ev="17 children ... among them"),
    K(13, "women", "tally_part", attr="monitor", ev="and 13 women"),
    K(437, "sdf", "tally_part", attr="monitor", ev="437 SDF fighters ... were assassinated"),
    K(4, "coalition", "tally_part", attr="monitor", ev="Four soldiers of the International Coalition were killed"),
], pub="2023-06-02", publisher="Syrian Observatory for Human Rights",
   notes="Toll predicate with the figure after 'reached' and the victim nouns as a list after it; parts in the next two paragraphs ('the killing of N civilians', 'N SDF fighters ... were assassinated'). 261+437+4 = 702. 'dozens more people were wounded' is vague.")
