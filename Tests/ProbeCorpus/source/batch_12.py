# Fourth batch (099-110), written on branch extract6 (issue 16) after reading about 45 pages of the
# `pages` corpus from outlets and kinds of text the earlier readings used little: SOHR's running drone and
# ISIS-cell tallies (Arabic), SNHR monthly reports through re-publishers (Aswat, Al-Tareek, Nabd Syria, SMO),
# UN OCHA flash updates and situation reports, ECHO daily flashes, Airwars incident assessments, Kurdistan24 EN,
# ESTA, SyriacPress, This Is Beirut (AFP), Xinhua (People's Daily, Chinaview), ANI relays of SANA, Eye of
# Euphrates, Lana Time, Al-Alam, ABNA (relaying RT), Athr Press, Sputnik Arabic, Free Press Network,
# Al-Ittihad, SANA Idlib, Al-Khabour, Zaman al-Wasl via Yalla Syria, North Press (Arabic and English).
# Every sentence is our own; facts and figures are changed or carried over. Labels were committed before the
# extractor was run on these reports; the author knew the extractor's earlier rules, so SCORES.md scores
# this batch on its own.
from probe import R, K, W, KW, M

R(99, "ar", "sohr-drone-tally-dash-lines", """
مسيّرة تركية تستهدف سيارة عسكرية بين عامودا والدرباسية

محافظة الحسكة: قصفت طائرة مسيّرة تركية سيارة عسكرية على الطريق الواصل بين عامودا والدرباسية في ريف الحسكة الشمالي، ما أدى إلى مقتل عنصرين من قوى الأمن الداخلي "الأسايش" وإصابة ثالث بجروح خطرة.

وبذلك، يرتفع إلى 41 تعداد الاستهدافات الجوية التركية على مناطق نفوذ "الإدارة الذاتية" منذ مطلع العام، تسببت بمقتل 19 شخصاً، إضافة لإصابة أكثر من 14 من العسكريين و9 من المدنيين بينهم سيدتان، والقتلى هم:
– 16 من القوات العسكرية العاملة ضمن مناطق الإدارة الذاتية
– 2 من قوات الحكومة
– 1 مدني

وتوزعت الاستهدافات على النحو الآتي:
– 30 استهدافاً على الحسكة، أسفرت عن مقتل 2 من قوات الحكومة، و11 من العسكريين و1 مدني.
– 11 استهدافاً على ريف حلب، أسفرت عن مقتل 5 من العسكريين.
""", [
    K(2, "sdf", ev="مقتل عنصرين من قوى الأمن الداخلي"),
    W(1, "sdf", ev="وإصابة ثالث بجروح خطرة"),
    K(19, "all", "tally_total", attr="SOHR", period="since the start of the year", ev="تسببت بمقتل 19 شخصاً"),
    W(14, "sdf", "tally_total", q="more_than", attr="SOHR", period="since the start of the year", ev="إصابة أكثر من 14 من العسكريين"),
    W(9, "civilians", "tally_total", attr="SOHR", period="since the start of the year", ev="و9 من المدنيين"),
    W(2, "women", "tally_part", attr="SOHR", period="since the start of the year", ev="بينهم سيدتان"),
    K(16, "sdf", "tally_part", attr="SOHR", period="since the start of the year", ev="– 16 من القوات العسكرية"),
    K(2, "regime", "tally_part", attr="SOHR", period="since the start of the year", ev="– 2 من قوات الحكومة"),
    K(1, "civilians", "tally_part", attr="SOHR", period="since the start of the year", ev="– 1 مدني"),
    K(2, "regime", "tally_part", attr="SOHR", period="since the start of the year", ev="الحسكة، أسفرت عن مقتل 2 من قوات الحكومة"),
    K(11, "sdf", "tally_part", attr="SOHR", period="since the start of the year", ev="و11 من العسكريين"),
    K(1, "civilians", "tally_part", attr="SOHR", period="since the start of the year", ev="و1 مدني"),
    K(5, "sdf", "tally_part", attr="SOHR", period="since the start of the year", ev="ريف حلب، أسفرت عن مقتل 5 من العسكريين"),
], decoys=[(41, "count of strikes"), (30, "count of strikes")], pub="2024-06-18", publisher="SOHR",
   notes="Two breakdowns of the same 19: by party (16 + 2 + 1) and by governorate (2 + 11 + 1 in al-Hasakah, 5 in Aleppo). "
         "Each line of each breakdown is a tally_part. '11 استهدافاً' counts strikes; its 11 is also a real figure (the 11 military dead in al-Hasakah). "
         "Whether the two killed in the lead are already inside the 19 is not said.")

R(100, "en", "ocha-flash-update-bodies", """
OCHA | Flash Update #5
Humanitarian impact of hostilities in north-east Syria
14-15 March

*This update draws on reports from partners and local authorities as they arrive. Figures on displacement and civilian casualties may be revised as more information comes in.

Highlights
• On 14 March, local responders moved 22 injured people and 6 bodies from villages around Tal Tamr to the national hospital in Al-Hasakeh city; a further 9 injured and 3 bodies arrived on 15 March.
• Local health authorities report that at least 11 civilians, including 4 children, have been killed and 40 others injured since the escalation began on 12 March.
• Some 2,300 families (about 11,500 people) have left their homes in 17 communities along the M4 road; most are staying with relatives in Al-Hasakeh and Tal Tamr.
• Two of the three water stations serving the area are out of service.
""", [
    W(22, "all", ev="moved 22 injured people"),
    K(6, "all", ev="and 6 bodies"),
    W(9, "all", ev="a further 9 injured"),
    K(3, "all", ev="and 3 bodies arrived on 15 March"),
    K(11, "civilians", "tally_total", q="at_least", attr="local health authorities", period="since 12 March", ev="at least 11 civilians ... have been killed"),
    K(4, "children", "tally_part", attr="local health authorities", period="since 12 March", ev="including 4 children"),
    W(40, "civilians", "tally_total", attr="local health authorities", period="since 12 March", ev="40 others injured"),
], decoys=[(5, "flash update number"), (2300, "families"), (11500, "people displaced"), (17, "communities"), (4, "road name M4"), (14, "date"), (15, "date"), (12, "date")],
   pub="2020-03-16", publisher="UN OCHA",
   notes="Bodies brought to hospital are deaths (6 on one day, 3 the next), injured people brought in are wounded. The 11 and 40 are the "
         "authorities' running counts since 12 March, which may include the bodies. 'M4' is a road; '#5' is the update's number. "
         "4 is both a decoy (M4) and a real figure (children).")

R(101, "ar", "snhr-monthly-relay-perpetrators", """
الشبكة السورية: مقتل 183 مدنياً في سوريا خلال نيسان

وثّقت الشبكة السورية لحقوق الإنسان في تقريرها الشهري الصادر اليوم الخميس مقتل 183 مدنياً في مختلف المحافظات السورية خلال شهر نيسان الماضي، بينهم 37 طفلاً و19 سيدة.

وبحسب التقرير، سقط 64 مدنياً من الضحايا على يد قوات النظام، بينهم 15 طفلاً و6 سيدات، فيما لقي 22 مدنياً مصرعهم على يد القوات الروسية، وقضى 9 على يد قوات سوريا الديمقراطية، بينما قُتل 88 مدنياً على يد جهات أخرى.

وأضاف التقرير أن القصف والاشتباكات أودت بحياة 51 مقاتلاً من فصائل المعارضة، في حين وصل عدد من قضوا تحت التعذيب في مراكز الاحتجاز إلى ما لا يقل عن 14 شخصاً.

وأشار التقرير إلى أن الأطفال والنساء شكّلوا 30% من الضحايا، وإلى 4 مجازر ارتكبتها أطراف النزاع خلال الشهر.
""", [
    K(183, "civilians", "tally_total", attr="SNHR", period="April", ev="مقتل 183 مدنياً"),
    K(37, "children", "tally_part", attr="SNHR", period="April", ev="بينهم 37 طفلاً"),
    K(19, "women", "tally_part", attr="SNHR", period="April", ev="و19 سيدة"),
    K(64, "civilians", "tally_part", attr="SNHR", period="April", ev="سقط 64 مدنياً من الضحايا على يد قوات النظام"),
    K(15, "children", "tally_part", attr="SNHR", period="April", ev="بينهم 15 طفلاً"),
    K(6, "women", "tally_part", attr="SNHR", period="April", ev="و6 سيدات"),
    K(22, "civilians", "tally_part", attr="SNHR", period="April", ev="لقي 22 مدنياً مصرعهم"),
    K(9, "civilians", "tally_part", attr="SNHR", period="April", ev="وقضى 9 على يد قوات سوريا الديمقراطية"),
    K(88, "civilians", "tally_part", attr="SNHR", period="April", ev="قُتل 88 مدنياً على يد جهات أخرى"),
    K(51, "opposition", "tally_total", attr="SNHR", period="April", ev="أودت بحياة 51 مقاتلاً"),
    K(14, "all", "tally_total", q="at_least", attr="SNHR", period="April", ev="وصل عدد من قضوا تحت التعذيب ... إلى ما لا يقل عن 14 شخصاً"),
], decoys=[(30, "percentage"), (4, "count of massacres")], pub="2023-05-04", publisher="Aswat (relaying SNHR)",
   notes="64 + 22 + 9 + 88 = 183. The 51 fighters and the 14 who died under torture are separate tallies of the same month. "
         "'قضى 9' has no victim noun after the number.")

R(102, "en", "airwars-assessment-summary-block", """
Incident date
March 3, 2020

Incident Code
RS4107

LOCATION
سرمين, Sarmin, Idlib, Syria

Airwars assessment

At least nine civilians, including two paramedics, were killed and 23 others, six of them children, were injured in alleged Russian airstrikes on a vegetable market in Sarmin on March 3rd, 2020.

The Idlib Health Directorate first reported "five martyrs" after the initial strike. Rescuers recovered more bodies from under the rubble through the afternoon, and a local activist later listed the names of nine dead, among them a mother and her two daughters.

Summary

Strike status
Contested strike
Civilians reported killed
9 – 11
(3–4 children, 2 women)
Civilians reported injured
23
Suspected belligerents
Russian Military, Syrian Regime
""", [
    K(9, "civilians", q="at_least", ev="At least nine civilians ... were killed; Civilians reported killed 9 – 11"),
    K(2, "civilians", "tally_part", ev="including two paramedics"),
    W(23, "civilians", ev="23 others ... were injured; Civilians reported injured 23"),
    W(6, "children", "tally_part", ev="six of them children"),
    K(5, "civilians", attr="Idlib Health Directorate", ev="\"five martyrs\""),
    K(3, "children", "tally_part", q="at_least", ev="3–4 children"),
    K(2, "women", "tally_part", ev="2 women"),
], decoys=[(4107, "incident code"), (2020, "year"), (3, "date")], pub="2020-03-04", publisher="Airwars",
   disc=[("conflicting_figures_same_event", "first report of five dead, later nine to eleven", 5, 9)],
   notes="The summary block's 'Civilians reported killed 9 – 11' restates the lead (one claim, at least 9). 'a mother and her two daughters' "
         "are named among the nine and not counted apart. The five is the first figure for the same strike. 3 is also the day of the month.")

R(103, "ar", "sana-irtiqa-brothers-remnant", """
إدلب-سانا

قُتل طفلان وأُصيب اثنان آخران بجروح، صباح اليوم الأحد، جراء انفجار مقذوف من مخلفات النظام البائد في قرية تل مرديخ بريف إدلب الشرقي.

وبيّن مسؤول في مديرية الطوارئ وإدارة الكوارث بالمحافظة في تصريح لمراسل سانا أن أربعة أطفال من عائلة واحدة، تتراوح أعمارهم بين 6 و11 عاماً، كانوا يجمعون الحطب قرب منزلهم حين عبث أحدهم بقذيفة لم تنفجر، ما أدى إلى ارتقاء الشقيقين أحمد وسارة على الفور، وإصابة شقيقتهما الثالثة وابن عمهم بجروح متفاوتة نُقلا على إثرها إلى مشفى سراقب.

وكان شاب قد قُتل وأصيب ثلاثة أطفال في الثاني عشر من الشهر الماضي، بانفجار لغم في أحد الأحياء السكنية على أطراف مدينة سراقب.
""", [
    K(2, "children", ev="قُتل طفلان; ارتقاء الشقيقين أحمد وسارة"),
    W(2, "children", ev="وأُصيب اثنان آخران; وإصابة شقيقتهما الثالثة وابن عمهم"),
    K(1, "civilians", "back_reference", ev="وكان شاب قد قُتل"),
    W(3, "children", "back_reference", ev="وأصيب ثلاثة أطفال"),
], decoys=[(4, "children present, count of something else"), (6, "age"), (11, "age")], pub="2025-02-09", publisher="SANA",
   notes="'ارتقاء الشقيقين' (the rising of the two brothers, a martyrdom euphemism) restates the two killed; the third sister and the cousin are the two wounded. "
         "The last paragraph recalls an earlier explosion (back_reference).")

R(104, "en", "k24-drone-sdf-statement-quote", """
Turkish drone kills three SDF fighters near Derbasiyah: SDF

The SDF said the fighters were on their way home on leave when the drone struck their car.

ERBIL (Kurdistan 24) – A Turkish drone on Tuesday evening struck a vehicle of the Syrian Democratic Forces (SDF) near the village of Tal Shaeir, west of Derbasiyah in Hasakah province, killing three fighters.

"Three of our fighters were martyred and one other was wounded," the SDF said in a short statement.

Media outlets close to the Kurdish-led force said the strike resulted in the killing of three members, including a field commander, and left one other injured.

On June 2, another SDF fighter lost his life in a similar strike near Kobani.

According to the Syrian Observatory for Human Rights (SOHR), Turkey has carried out 24 drone strikes in northeast Syria since early 2024.
""", [
    K(3, "sdf", ev="killing three fighters; Three of our fighters were martyred"),
    W(1, "sdf", ev="one other was wounded"),
    K(1, "sdf", "tally_part", ev="including a field commander"),
    K(1, "sdf", "back_reference", ev="another SDF fighter lost his life"),
], decoys=[(24, "count of strikes, and the outlet name Kurdistan 24"), (2024, "year"), (2, "date")], pub="2024-06-12", publisher="Kurdistan24",
   notes="Headline, lead, SDF quote and the media outlets' sentence all give the same three killed and one wounded (one claim each). "
         "The June 2 death is an earlier strike.")

R(105, "ar", "sohr-isis-cells-hum-list", """
مسلحان من خلايا "داعش" يقتلان عنصراً من "قسد" شرقي دير الزور

محافظة دير الزور: قُتل عنصر من قوات سوريا الديمقراطية، مساء الخميس، بعد أن أطلق مسلحان يستقلان دراجة نارية النار على سيارته قرب دوار البلدية في بلدة ذيبان بريف دير الزور الشرقي، وسط استنفار لقوات "قسد" في المنطقة بحثاً عن المهاجمَين.

وأحصى المرصد السوري 143 عملية نفذتها خلايا التنظيم ضمن مناطق نفوذ "الإدارة الذاتية" منذ مطلع العام، بين هجمات مسلحة واستهدافات وتفجيرات.

ووفقاً لتوثيقات المرصد السوري، بلغت حصيلة القتلى جراء تلك العمليات 64 قتيلاً، هم 41 من قوات سوريا الديمقراطية والتشكيلات العسكرية العاملة معها، و9 من عناصر التنظيم و13 مدنياً، وشخص متعاون مع "قسد".
""", [
    K(1, "sdf", ev="قُتل عنصر من قوات سوريا الديمقراطية"),
    K(64, "all", "tally_total", attr="SOHR", period="since the start of the year", ev="بلغت حصيلة القتلى ... 64 قتيلاً"),
    K(41, "sdf", "tally_part", attr="SOHR", period="since the start of the year", ev="هم 41 من قوات سوريا الديمقراطية"),
    K(9, "is", "tally_part", attr="SOHR", period="since the start of the year", ev="و9 من عناصر التنظيم"),
    K(13, "civilians", "tally_part", attr="SOHR", period="since the start of the year", ev="و13 مدنياً"),
    K(1, "other", "tally_part", attr="SOHR", period="since the start of the year", ev="وشخص متعاون مع قسد"),
], decoys=[(143, "count of operations")], pub="2025-09-05", publisher="SOHR",
   notes="41 + 9 + 13 + 1 = 64. The two gunmen are perpetrators. The last item of the list is a single person without a numeral.")

R(106, "en", "xinhua-sana-two-items", """
5 children killed, 3 injured in explosion in southern Syria

DAMASCUS, May 11 (Xinhua) -- Five children were killed and three others, including a woman, were injured on Sunday when an explosive device went off on a farm near the town of Nawa in the western countryside of Daraa, state news agency SANA reported.

SANA said the device had been planted by "terrorists" years ago, without giving further details.

Separately, the Syrian Observatory for Human Rights said one man was killed and six others were wounded by a car bomb in the city of Tabqa, west of Raqqa, on Sunday evening.

Daraa, where the uprising began in 2011, has seen frequent bombings and shootings since government forces retook it in 2018.
""", [
    K(5, "children", attr="SANA", ev="Five children were killed"),
    W(3, "all", attr="SANA", ev="three others, including a woman, were injured"),
    W(1, "women", "tally_part", attr="SANA", ev="including a woman"),
    K(1, "civilians", attr="SOHR", ev="one man was killed"),
    W(6, "all", attr="SOHR", ev="six others were wounded"),
], decoys=[(11, "date"), (2011, "year"), (2018, "year")], pub="2024-05-12", publisher="Xinhua",
   notes="The headline's 5 and 3 are the lead's. The Tabqa car bomb is a second incident in the same item.")

R(107, "ar", "relay-competing-outlet-tolls", """
قُتل مدنيان وجُرح ثلاثة آخرون على الأقل، مساء الإثنين، جراء استهداف سيارة على طريق قرية خربة عمو شرقي مدينة القامشلي، وفق ما نقلته قناة "روسيا اليوم".

وفي حين ذكرت وكالة أنباء هاوار العاملة في المنطقة أن شخصاً واحداً على الأقل جُرح في الانفجار، من دون ذكر قتلى، قالت قناة روناهي إن قتيلين وثلاثة جرحى هي حصيلة الاستهداف.

وأفادت صفحات إخبارية محلية بأن طائرة مسيّرة تركية نفذت الضربة، وهي الثالثة من نوعها في ريف القامشلي خلال أسبوع.
""", [
    K(2, "civilians", ev="قُتل مدنيان; قتيلين ... هي حصيلة الاستهداف"),
    W(3, "civilians", q="at_least", ev="وجُرح ثلاثة آخرون على الأقل; وثلاثة جرحى"),
    W(1, "all", q="at_least", attr="Hawar", ev="شخصاً واحداً على الأقل جُرح"),
], decoys=[], pub="2022-07-19", publisher="ABNA (relaying RT)",
   disc=[("conflicting_figures_same_event", "Hawar: at least one wounded and no deaths; Ronahi: two dead and three wounded", 1, 3)],
   notes="Ronahi's 'قتيلين وثلاثة جرحى هي حصيلة' is the lead's figure (one claim each). Hawar's one wounded is a different figure for the same event.")

R(108, "en", "sohr-daraa-bullets-word-items", """
Daraa security chaos | Young man shot dead near Jasim

Daraa province: SOHR activists have reported that unidentified gunmen shot dead a young man near the town of Jasim in the northern countryside of Daraa. He had been a member of a local group working with the Military Security.

Separately, two civilians were injured when gunmen opened fire on their car on the road between Inkhil and al-Sanamayn.

Since early 2023, the number of attacks in Daraa province has risen to 212, which left 174 people dead; they are as follows:

• 98 civilians including three women and seven children.
• 52 regime military personnel and "collaborators" with security services.
• Eleven individuals with settled status.
• A former ISIS member.
• Eight unidentified people.
• Four members of local armed groups.
""", [
    K(1, "regime", ev="shot dead a young man"),
    W(2, "civilians", ev="two civilians were injured"),
    K(174, "all", "tally_total", attr="SOHR", period="since early 2023", ev="which left 174 people dead"),
    K(98, "civilians", "tally_part", attr="SOHR", period="since early 2023", ev="• 98 civilians"),
    K(3, "women", "tally_part", attr="SOHR", period="since early 2023", ev="three women"),
    K(7, "children", "tally_part", attr="SOHR", period="since early 2023", ev="seven children"),
    K(52, "regime", "tally_part", attr="SOHR", period="since early 2023", ev="• 52 regime military personnel"),
    K(11, "other", "tally_part", attr="SOHR", period="since early 2023", ev="• Eleven individuals with settled status"),
    K(1, "is", "tally_part", attr="SOHR", period="since early 2023", ev="• A former ISIS member"),
    K(8, "unidentified", "tally_part", attr="SOHR", period="since early 2023", ev="• Eight unidentified people"),
    K(4, "other", "tally_part", attr="SOHR", period="since early 2023", ev="• Four members of local armed groups"),
], decoys=[(212, "count of attacks"), (2023, "year")], pub="2023-08-21", publisher="SOHR",
   notes="98 + 52 + 11 + 1 + 8 + 4 = 174. The bullet items after 'they are as follows' are parts of the 174; three of them begin with a number word or an article.")

R(109, "en", "north-press-weekly-daraa-days", """
Five killed in Syria's Daraa in a week

DARAA, Syria (North Press) – Attacks by unidentified gunmen in Syria's southern governorate of Daraa claimed the lives of five people last week, among them a schoolteacher and a member of the government forces.

On March 9, a local source told North Press that gunmen shot a teacher to death in the town of Tafas, in the western countryside of Daraa.

On March 8, Khaled al-Hariri, a soldier in the government forces, was shot dead near a checkpoint at the entrance of the town of Da'el.

On March 6, residents of al-Musayfirah found the bodies of two young men who had been abducted four days earlier.

On March 5, Samer al-Zoubi died of his wounds in a Damascus hospital. He had been shot near his home in Busra al-Harir on Feb. 27.

Since government forces retook Daraa in 2018 under a Russian-brokered settlement, the governorate has seen near-daily killings.
""", [
    K(5, "all", "tally_total", period="last week", ev="claimed the lives of five people last week"),
    K(1, "civilians", ev="shot a teacher to death"),
    K(1, "regime", ev="Khaled al-Hariri ... was shot dead"),
    K(2, "civilians", ev="found the bodies of two young men"),
    K(1, "civilians", ev="Samer al-Zoubi died of his wounds"),
], decoys=[(9, "date"), (8, "date"), (6, "date"), (27, "date"), (2018, "year")], pub="2023-03-12", publisher="North Press",
   notes="1 + 1 + 2 + 1 = 5; each dated paragraph is its own incident and a part of the week's five. The lead's 'a schoolteacher and a member of the "
         "government forces' are the teacher and the soldier of the body. 'four days earlier' is a duration; 5 is both a date and the week's total.")

R(110, "ar", "freepress-lost-their-lives-two-incidents", """
مخلفات الحرب تحصد ضحايا جدداً في إدلب ودير الزور

فقد طفلان حياتهما في ريف إدلب الشرقي، فيما أُصيب شاب وطفلان آخران في حادثتين منفصلتين خلال أقل من يوم واحد، بسبب مخلفات الحرب.

ففي قرية تل السلطان قرب سراقب، انفجرت قنبلة عنقودية من بقايا قصف سابق بمجموعة من الأطفال كانوا يلعبون قرب منزلهم، لتودي بحياة الطفلين يوسف العلي وعمر العلي، بينما نُقل طفلان آخران إلى مشفى إدلب الجامعي بإصابات بليغة.

وفي حادثة أخرى، تعرّض الشاب خالد الحسين لإصابة خطيرة جراء انفجار لغم أرضي أثناء رعيه الأغنام قرب بلدة الطيبة في ريف دير الزور الشرقي.

وكان مدنيان شقيقان قد لقيا حتفهما الأسبوع الماضي بانفجار لغم أرضي في أرض زراعية جنوبي معرة النعمان.
""", [
    K(2, "children", ev="فقد طفلان حياتهما; لتودي بحياة الطفلين"),
    W(2, "children", ev="وطفلان آخران; نُقل طفلان آخران ... بإصابات بليغة"),
    W(1, "civilians", ev="أُصيب شاب; تعرّض الشاب خالد الحسين لإصابة خطيرة"),
    K(2, "civilians", "back_reference", ev="مدنيان شقيقان قد لقيا حتفهما"),
], decoys=[], pub="2025-04-22", publisher="Free Press Network",
   notes="The lead sums up the two incidents that the body tells apart (one claim per figure). The brothers killed last week are a back reference.")
