from probe import *

R(1, "en", "sohr-daraa-assassination-tally-bullets", """
Lawlessness in the south | Unknown ass*ailants shoot dead former fighter near Da'el

Daraa province: SOHR activists have documented the death of a former opposition fighter who had joined a reconciliation deal, after unidentified gunmen opened fire on him at the edge of Da'el city in the central Daraa countryside on Tuesday evening.

According to SOHR sources, the man, who was 34 years old, had been released from a regime prison nine months ago.

SOHR's count of attacks in Daraa province since the start of 2023 now stands at 212. Those attacks have claimed 187 lives, broken down as follows:
• 79 civilians, including three women and six children.
• 71 members of regime forces and informants working for the security branches.
• 24 ex-rebels who signed settlement papers but stayed out of every armed group.
• Nine former ISIS members.
• Four people whose identity is unknown.
""", [
    K(1, "opposition", ev="death of a former opposition fighter ... near Da'el"),
    M("operations", 212, role="tally_total", attr="monitor", period="since early 2023", ev="count of attacks ... now stands at 212"),
    K(187, "all", "tally_total", attr="monitor", period="since early 2023", ev="claimed 187 lives"),
    K(79, "civilians", "tally_part", attr="monitor", period="since early 2023", ev="79 civilians"),
    K(3, "women", "tally_part", attr="monitor", period="since early 2023", ev="including three women"),
    K(6, "children", "tally_part", attr="monitor", period="since early 2023", ev="and six children"),
    K(71, "regime", "tally_part", attr="monitor", period="since early 2023", ev="71 members of regime forces"),
    K(24, "opposition", "tally_part", attr="monitor", period="since early 2023", ev="24 ex-rebels"),
    K(9, "is", "tally_part", attr="monitor", period="since early 2023", ev="Nine former ISIS members"),
    K(4, "unidentified", "tally_part", attr="monitor", period="since early 2023", ev="Four people whose identity is unknown"),
], decoys=[(34, "age"), (2023, "year")], pub="2023-08-15", publisher="Syrian Observatory for Human Rights",
   notes="Headline word obfuscated with an asterisk. 'nine months' is a duration (9 is also a bullet figure, so not listed as decoy). Parts 79+71+24+9+4 = 187.")

R(2, "ar", "sohr-busayrah-teacher-tally", """
محافظة دير الزور – المرصد السوري لحقوق الإنسان:: فارق مدرّس الحياة متأثراً بجراح أصيب بها قبل يومين، حين أطلق مسلحون يُعتقد أنهم من خلايا تنظيم "الدولة الإسلامية" النار عليه أمام مدرسة في مدينة البصيرة بريف دير الزور الشرقي.

وبذلك، يرتفع إلى 644 عدد الذين اغتيلوا على يد الخلايا المسلحة ضمن مناطق نفوذ "قسد" في محافظات دير الزور والرقة والحسكة ومنطقة منبج، منذ مطلع حزيران 2018، وهم: 251 مدنياً بينهم 16 طفلاً و11 مواطنة، و389 من مقاتلي "قسد" بينهم قادة محليون، إضافة إلى 4 من عناصر التحالف الدولي. كما تسببت هذه العمليات بإصابة العشرات.
""", [
    K(1, "civilians", ev="فارق مدرّس الحياة متأثراً بجراح"),
    K(644, "all", "tally_total", attr="monitor", period="since June 2018", ev="يرتفع إلى 644 عدد الذين اغتيلوا"),
    K(251, "civilians", "tally_part", attr="monitor", period="since June 2018", ev="251 مدنياً"),
    K(16, "children", "tally_part", attr="monitor", period="since June 2018", ev="بينهم 16 طفلاً"),
    K(11, "women", "tally_part", attr="monitor", period="since June 2018", ev="و11 مواطنة"),
    K(389, "sdf", "tally_part", attr="monitor", period="since June 2018", ev="389 من مقاتلي قسد"),
    K(4, "coalition", "tally_part", attr="monitor", period="since June 2018", ev="4 من عناصر التحالف الدولي"),
], decoys=[(2018, "year")], pub="2023-05-09", publisher="المرصد السوري لحقوق الإنسان",
   notes="Inverted toll: 'يرتفع إلى N عدد الذين اغتيلوا'. 'فارق الحياة' = died, victim a bare indefinite noun (one). 'قبل يومين' is a dual of days, no figure. 'العشرات' is vague. 251+389+4 = 644.")

R(3, "en", "afp-busayra-car-bomb-nested", """
Car bomb kills 14 at Kurdish-led force's base in east Syria: monitor

BEIRUT, May 3, 2024 (AFP) - A car bomb exploded outside a base of the Kurdish-led Syrian Democratic Forces in eastern Syria on Friday, killing at least 14 people including nine members of the US-backed force, a war monitor said.

"The vehicle blew up at the gate of the SDF position in the town of Al-Busayra in the Deir Ezzor countryside," said Rami Abdel Rahman, who heads the Britain-based Syrian Observatory for Human Rights.

Among the dead were "a field commander with eight of his men, and five civilians, two of whom were children," he said, adding that more than 20 people were wounded.

There was no immediate claim of responsibility, but Islamic State group cells remain active in the area five years after the jihadists lost their last patch of territory.

More than half a million people have died in Syria's conflict since 2011, and millions have fled their homes.
""", [
    K(14, "all", q="at_least", attr="monitor", ev="killing at least 14 people"),
    K(9, "sdf", "tally_part", attr="monitor", ev="including nine members of the US-backed force"),
    K(5, "civilians", "tally_part", attr="monitor", ev="as well as five civilians"),
    K(2, "children", "tally_part", attr="monitor", ev="two of them children"),
    W(20, q="more_than", attr="monitor", ev="more than 20 people were wounded"),
    K(500000, "all", "background", q="more_than", ev="More than half a million people have died"),
], decoys=[(3, "date"), (2024, "year"), (2011, "year")], pub="2024-05-03", publisher="AFP",
   notes="Headline 14 and lead 14 are one claim. 'a field commander and eight other fighters' restates the nine SDF (1+8); not separate claims. 'five years' is a duration.")

R(4, "ar", "sana-palmyra-bus-martyrs", """
استشهاد 9 عسكريين ومدني وإصابة 13 آخرين باعتداء إرهابي على حافلة مبيت في بادية تدمر

حمص-سانا
استشهد تسعة عسكريين ومدني واحد وأصيب ثلاثة عشر آخرون بينهم مدنيان، جراء اعتداء إرهابي بعبوة ناسفة استهدف حافلة مبيت عسكرية في البادية جنوب مدينة تدمر ظهر اليوم.

وذكر مصدر عسكري في بيان أن الحافلة تعرضت للاعتداء عند الساعة 12:15 على الطريق الواصل إلى المحطة الثالثة، على بعد 40 كم من المدينة.

وكان سبعة عسكريين قد استشهدوا الشهر الماضي في اعتداء مماثل على طريق دير الزور – تدمر.
""", [
    K(9, "regime", attr="military source", ev="استشهد تسعة عسكريين"),
    K(1, "civilians", attr="military source", ev="ومدني واحد"),
    W(13, "all", attr="military source", ev="وأصيب ثلاثة عشر آخرون"),
    W(2, "civilians", "tally_part", attr="military source", ev="بينهم مدنيان"),
    K(7, "regime", "back_reference", ev="سبعة عسكريين قد استشهدوا الشهر الماضي"),
], decoys=[(12, "clock time"), (15, "clock time"), (40, "distance")], pub="2024-06-11", publisher="سانا",
   notes="State media martyr verbs (استشهد). Headline and lead are one claim each. 'مدنيان' is a dual subset of the wounded. 'المحطة الثالثة' is a place name with an ordinal.")

R(5, "en", "north-press-hirak-two-brothers", """
Unidentified gunmen kill two brothers in Syria's Daraa

DARAA, Syria (North Press) – Two brothers were shot dead on Wednesday night by unidentified gunmen in the eastern countryside of Daraa, southern Syria, while a third man was injured.

A local source told North Press that the gunmen, who were riding a white car, opened fire on the brothers near their house in the town of al-Hirak. The injured man, a neighbour aged 19, was taken to the National Hospital in Daraa city.

"The two brothers worked in a car-repair shop and had no links to any armed group," the source said.

On Monday, a government soldier was killed when an explosive device went off near his checkpoint in the town of Jasim.

Daraa has witnessed near-daily assassinations since government forces regained control of the governorate in July 2018 under a Russian-brokered settlement deal.

Reporting by Hussam al-Masri
""", [
    K(2, "civilians", ev="Two brothers were shot dead"),
    W(1, "civilians", ev="a third man was injured"),
    K(1, "regime", "back_reference", ev="On Monday, a government soldier was killed"),
], decoys=[(19, "age"), (2018, "year")], pub="2024-02-08", publisher="North Press",
   notes="'a third man' = one wounded, not three. Monday's soldier is an earlier event.")

R(6, "ar", "north-press-shuhail-sdf-member", """
دير الزور – نورث برس

فقد عنصر في قوات سوريا الديمقراطية "قسد"، مساء الاثنين، حياته برصاص مسلحين مجهولين كانوا على متن دراجة نارية قرب جسر بلدة الصبحة في ريف دير الزور الشرقي.

وقال مصدر عسكري لنورث برس، إن المسلحين أطلقوا النار على العنصر أثناء عودته من نوبته على الطريق العام، ما أدى لوفاته على الفور، ثم فروا باتجاه البادية.

وبعد ساعتين، نشرت حسابات تروّج للتنظيم بياناً يعلن مسؤوليته عن الهجوم.

وفي وقت سابق من الشهر الجاري، قُتل عنصران من "قسد" وأصيب ثالث بهجوم على حاجز في بلدة ذيبان.

إعداد: عمر الخلف – تحرير: سامر ياسين
""", [
    K(1, "sdf", ev="فقد عنصر في قوات سوريا الديمقراطية ... حياته"),
    K(2, "sdf", "back_reference", ev="قُتل عنصران من قسد"),
    W(1, "sdf", "back_reference", ev="وأصيب ثالث"),
], decoys=[], pub="2024-03-19", publisher="نورث برس",
   notes="'فقد ... حياته' split by a long subject and a time adverb (C10). 'ساعتين' is a dual duration, not a figure. Byline at the end.")

R(7, "en", "kurdistan24-sdf-statement-five-martyred", """
 date 2025-09-25
ERBIL (Kurdistan24) – The Syrian Democratic Forces (SDF) said on Thursday that five of its fighters were killed while repelling an Islamic State (ISIS) attack on one of its positions in the eastern Deir ez-Zor countryside.

Its media centre said the militants struck "one of our positions in al-Bahra al-Wusta before sunrise", and that "five comrades rose as martyrs and a sixth fighter was hurt" while the attack was being pushed back.

Search operations were still under way in the surrounding farmland on Thursday afternoon, the SDF added.

According to the Syrian Observatory for Human Rights (SOHR), ISIS cells have carried out 186 attacks in SDF-held areas since the beginning of 2025, killing 88 people.
""", [
    K(5, "sdf", attr="SDF", ev="five of its fighters were killed"),
    W(1, "sdf", attr="SDF", ev="another fighter was wounded"),
    M("operations", 186, role="tally_total", attr="monitor", period="since start of 2025", ev="186 attacks"),
    K(88, "all", "tally_total", attr="monitor", period="since start of 2025", ev="killing 88 people"),
], decoys=[(2025, "year"), (25, "date")], pub="2025-09-25", publisher="Kurdistan24",
   notes="Metadata line ' date YYYY-MM-DD' at top. Statement quote restates the five ('five comrades rose as martyrs'): one claim. 'a sixth fighter' = one wounded.")

R(8, "ar", "kurdistan24-sohr-tally-regional", """
 date 2025-11-03
أربيل (كوردستان24)- استهدف مسلحون من خلايا تنظيم "الدولة الإسلامية" ليل أمس حاجزاً لقوات سوريا الديمقراطية في بلدة أبو حمام شرقي دير الزور بقذيفة "آر بي جي"، أعقبها تبادل لإطلاق النار، دون ورود أنباء عن خسائر بشرية.

ومنذ بداية العام 2025، رصد المرصد السوري لحقوق الإنسان 214 هجوماً وتفجيراً للتنظيم في مناطق "الإدارة الذاتية"، خلّفت 102 قتيلاً، هم: 71 من "قسد" والتشكيلات العسكرية العاملة معها، و14 من عناصر التنظيم، و16 مدنياً، و1 متعاون مع "قسد". وتوزعت العمليات على النحو الآتي:
–181 عملية في دير الزور أسفرت عن مقتل 53 من العسكريين و5 من عناصر التنظيم، و14 مدنياً
–22 عملية في الرقة أسفرت عن مقتل 11 من العسكريين ومدنيين اثنين
–11 عملية في الحسكة أسفرت عن مقتل 7 من العسكريين
بالإضافة إلى إصابة 70 آخرين بجروح متفاوتة.
""", [
    M("operations", 214, role="tally_total", attr="monitor", period="since start of 2025", ev="214 هجوماً وتفجيراً"),
    K(102, "all", "tally_total", attr="monitor", period="since start of 2025", ev="102 قتيلاً"),
    K(71, "sdf", "tally_part", attr="monitor", period="since start of 2025", ev="71 من قسد"),
    K(14, "is", "tally_part", attr="monitor", period="since start of 2025", ev="14 من عناصر التنظيم"),
    K(16, "civilians", "tally_part", attr="monitor", period="since start of 2025", ev="16 مدنياً"),
    K(1, "other", "tally_part", attr="monitor", period="since start of 2025", ev="1 متعاون مع قسد"),
    M("operations", 181, role="tally_part", attr="monitor", period="since start of 2025", ev="181 عملية في دير الزور"),
    K(53, "sdf", "tally_part", attr="monitor", period="since start of 2025", ev="دير الزور: 53 من العسكريين"),
    K(5, "is", "tally_part", attr="monitor", period="since start of 2025", ev="دير الزور: 5 من عناصر التنظيم"),
    K(14, "civilians", "tally_part", attr="monitor", period="since start of 2025", ev="دير الزور: 14 مدنياً"),
    M("operations", 22, role="tally_part", attr="monitor", period="since start of 2025", ev="22 عملية في الرقة"),
    K(11, "sdf", "tally_part", attr="monitor", period="since start of 2025", ev="الرقة: 11 من العسكريين"),
    K(2, "civilians", "tally_part", attr="monitor", period="since start of 2025", ev="الرقة: ومدنيين اثنين"),
    M("operations", 11, role="tally_part", attr="monitor", period="since start of 2025", ev="11 عملية في الحسكة"),
    K(7, "sdf", "tally_part", attr="monitor", period="since start of 2025", ev="الحسكة: 7 من العسكريين"),
    W(70, "all", "tally_total", attr="monitor", period="since start of 2025", ev="إصابة 70 آخرين"),
], decoys=[(2025, "year"), (3, "date")], pub="2025-11-03", publisher="كوردستان24",
   notes="No incident deaths. Regional lines are a second partition: operations 181+22+11 = 214; military 53+11+7 = 71; civilians 14+2 = 16. The regional IS figure (5) does not match the 14 in the first partition because Raqqa and Hasakah list none; the regional lines do not claim to be complete for IS, so no discrepancy is recorded. 'ومدنيين اثنين' is a noun + number word.",
   disc=[])

R(9, "en", "hawar-raqqa-mercenaries-martyred", """
Raqqa: 19 mercenaries killed, 2 fighters martyred in clashes east of city

RAQQA – Fighting that flared at 18:30 on Saturday in the al-Mashlab and al-Sinaa districts left 19 mercenaries dead; two SDF fighters fell as martyrs while holding their positions.

The operation to free the city entered its 41st day. In al-Sinaa, 11 mercenaries were killed, and fighters destroyed a 14.5 mm heavy machine gun. In al-Mashlab, 8 mercenaries were killed and many others were wounded.

SDF fighters also freed 37 civilians who had been held as human shields.
""", [
    K(19, "is", attr="SDF", ev="left 19 mercenaries dead"),
    K(2, "sdf", attr="SDF", ev="two SDF fighters fell as martyrs"),
    K(11, "is", "tally_part", attr="SDF", ev="In al-Sinaa, 11 mercenaries were killed"),
    K(8, "is", "tally_part", attr="SDF", ev="In al-Mashlab, 8 mercenaries were killed"),
], decoys=[(18, "clock time"), (30, "clock time"), (41, "other"), (14, "other"), (37, "count of something else")],
   pub="2017-07-16", publisher="Hawar News Agency (ANHA)",
   notes="Hawar/ANHA vocabulary: 'mercenaries' / 'gangs' = IS members, 'martyred' for SDF. 11 + 8 = 19. '41st day' ordinal. 14.5 mm calibre. 37 freed civilians are not casualties. 'many others were wounded' is vague.")
