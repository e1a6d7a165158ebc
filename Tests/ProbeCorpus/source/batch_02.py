from probe import *

R(10, "ar", "adar-obfuscated-badia-ambush", """
مقـ ـتل 4 عنـ ـاصر من قـ ـوات الحكومة بكميـ ـن لـ "داعـ ـش" في بادية حمص

قُتـ ـل أربعة عناصر من قوات الحكومة السورية وأُصيب اثنان آخران، بكمين نصبه مسلحو تنظيم داعش لسيارة عسكرية على طريق السخنة – تدمر في بادية حمص الشرقية.

وأفاد المرصد السوري لحقوق الإنسان أن المسلحين فجّروا عبوة ناسفة بالسيارة ثم أطلقوا النار على من فيها، قبل أن ينسحبوا إلى عمق البادية.

ومع هذا الكمين، يصل عدد من قضوا في هجمات التنظيم بالبادية منذ بداية العام إلى 63 قتيلاً، وفق أرقام المرصد.
""", [
    K(4, "regime", attr="monitor", ev="قُتـ ـل أربعة عناصر من قوات الحكومة"),
    W(2, "regime", attr="monitor", ev="وأُصيب اثنان آخران"),
    K(63, "all", "tally_total", attr="monitor", period="since start of the year", ev="يصل عدد من قضوا ... إلى 63 قتيلاً"),
], pub="2024-01-22", publisher="آدار برس",
   notes="Headline and body break the death words with tatweel plus a space ('مقـ ـتل', 'قُتـ ـل') to dodge platform filters; headline 4 = body 4.")

R(11, "en", "snhr-monthly-october-perpetrators", """
SNHR: 148 Civilians Killed in Syria in October 2024, Including 31 Children and 22 Women

The Hague – The Syrian Network for Human Rights (SNHR) said in its monthly report, released on November 1, 2024, that 148 civilians were killed in Syria in October, including 31 children, 22 women and three people who died under torture.

Broken down by the party responsible, the figures were these. Syrian regime forces killed 57 civilians, among them 19 children and 8 women. Russian forces killed 11 civilians, including 5 children and 2 women. Hay'at Tahrir al-Sham killed 4 civilians, one of them a child. The SDF killed 6 civilians, including a woman. Other parties killed 70 civilians, among them 6 children and 11 women.

Idlib recorded the largest share of victims, about 38 per cent of the month's toll, followed by Aleppo with roughly 21 per cent.
""", [
    K(148, "civilians", "tally_total", attr="SNHR", period="October 2024", ev="148 civilians were killed"),
    K(31, "children", "tally_part", attr="SNHR", period="October 2024", ev="including 31 children"),
    K(22, "women", "tally_part", attr="SNHR", period="October 2024", ev="22 women"),
    K(3, "civilians", "tally_part", attr="SNHR", period="October 2024", ev="three people who died under torture"),
    K(57, "civilians", "tally_part", attr="SNHR", period="October 2024", ev="regime forces killed 57 civilians"),
    K(19, "children", "tally_part", attr="SNHR", period="October 2024", ev="among them 19 children"),
    K(8, "women", "tally_part", attr="SNHR", period="October 2024", ev="and 8 women"),
    K(11, "civilians", "tally_part", attr="SNHR", period="October 2024", ev="Russian forces killed 11 civilians"),
    K(5, "children", "tally_part", attr="SNHR", period="October 2024", ev="including 5 children"),
    K(2, "women", "tally_part", attr="SNHR", period="October 2024", ev="and 2 women"),
    K(4, "civilians", "tally_part", attr="SNHR", period="October 2024", ev="HTS killed 4 civilians"),
    K(1, "children", "tally_part", attr="SNHR", period="October 2024", ev="one of them a child"),
    K(6, "civilians", "tally_part", attr="SNHR", period="October 2024", ev="The SDF killed 6 civilians"),
    K(1, "women", "tally_part", attr="SNHR", period="October 2024", ev="including a woman"),
    K(70, "civilians", "tally_part", attr="SNHR", period="October 2024", ev="Other parties killed 70 civilians"),
    K(6, "children", "tally_part", attr="SNHR", period="October 2024", ev="among them 6 children"),
    K(11, "women", "tally_part", attr="SNHR", period="October 2024", ev="and 11 women"),
], decoys=[(2024, "year"), (24, "count of something else"), (38, "other"), (21, "other")],
   pub="2024-11-01", publisher="Syrian Network for Human Rights",
   notes="Perpetrator partition 57+11+4+6+70 = 148; children 19+5+1+0+6 = 31; women 8+2+0+1+11 = 22. The perpetrators (regime, Russian, HTS, SDF) are subjects, not victims: every figure is civilians. Percentages are not counts. Headline repeats the total.")

R(12, "en", "reuters-sana-deraa-roadside-bomb", """
Syrian soldiers, reporter killed by roadside bomb in Deraa - state media

BEIRUT, Aug 9 (Reuters) - A roadside bomb killed three Syrian soldiers and a reporter for a pro-government television channel in the southern province of Deraa on Wednesday, state news agency SANA said.

A first version of the statement listed a cameraman among the dead; SANA later corrected it, saying villagers had pulled him out alive.

The four were returning from an army position near the village of al-Shiyah when the device went off, the agency said, citing a military source.

Reporters Without Borders, whose press freedom index places Syria 175th of 180 countries, counts more than 270 journalists killed there since 2011.

(Reporting by Maya Gebeily; Editing by Alex Richardson)
""", [
    K(3, "regime", attr="state media", ev="killed three Syrian soldiers"),
    K(1, "civilians", attr="state media", ev="and a reporter"),
    K(270, "civilians", "background", q="more_than", attr="Reporters Without Borders", ev="counts more than 270 journalists killed"),
], decoys=[(9, "date"), (4, "other"), (175, "other"), (180, "other"), (2011, "year")],
   pub="2023-08-09", publisher="Reuters",
   notes="'The four' restates 3 + 1 and is not a separate claim (listed as decoy: a derived sum). The cameraman was reported killed then found alive: no claim. Press-freedom ranking numbers are decoys.")

R(13, "ar", "enab-daraa-named-victims", """
درعا – عنب بلدي

قُتل شابان وأصيب ثالث بجروح خطيرة، مساء الخميس 14 من آذار، إثر إطلاق نار من مسلحين مجهولين على سيارتهم قرب بلدة المسيفرة بريف درعا الشرقي.

وقال مراسل عنب بلدي في درعا، إن القتيلين هما محمد خالد الحوراني (27 عامًا) وأحمد سليمان المقداد، وكانا في طريقهما إلى مدينة بصرى الشام، بينما نُقل المصاب إلى المستشفى الوطني في درعا.

وفي اليوم ذاته، عُثر على جثة شاب مجهول الهوية على طريق نصيب الحدودي، وعليها آثار طلق ناري في الرأس.

وبحسب "مكتب توثيق الشهداء في درعا"، سُجّلت في المحافظة خلال شباط الماضي 41 عملية ومحاولة اغتيال، قُتل فيها 33 شخصًا وجُرح 12 آخرون، بينما خرج سبعة مستهدفين منها سالمين.
""", [
    K(2, "civilians", ev="قُتل شابان"),
    W(1, "civilians", ev="وأصيب ثالث بجروح خطيرة"),
    K(1, "unidentified", ev="عُثر على جثة شاب مجهول الهوية"),
    M("operations", 41, role="tally_total", attr="documentation office", period="February", ev="41 عملية ومحاولة اغتيال"),
    K(33, "all", "tally_total", attr="documentation office", period="February", ev="قُتل فيها 33 شخصًا"),
    W(12, "all", "tally_total", attr="documentation office", period="February", ev="وجُرح 12 آخرون"),
], decoys=[(14, "date"), (27, "age"), (7, "count of something else")], pub="2024-03-15", publisher="عنب بلدي",
   notes="'شابان' is a dual subject (2). 'ثالث' = one wounded. The two names restate the two dead. A body found is one death. Seven who survived assassination attempts are not casualties.")

R(14, "en", "deirezzor24-sabha-sdf-vehicle", """
Daesh cells target SDF vehicle in Al-Sabha, killing two

Written by Editorial Board

DeirEzzor24 exclusive:

Elements believed to belong to Daesh cells opened fire this morning on a military vehicle of the SDF on the main road of Al-Sabha town in the eastern Deir Ezzor countryside, leading to the death of two SDF members and the injury of a third, our correspondent said.

The correspondent named the dead as Khalil Al-Shlash and Faisal Al-Hmoud, both from the town of Al-Kasra.

Hours later, the SDF raided houses in Al-Sabha and arrested 11 young men, amid a curfew imposed on the town.

Al-Sabha has seen three attacks on SDF patrols since the start of the month, the correspondent added.
""", [
    K(2, "sdf", ev="the death of two SDF members"),
    W(1, "sdf", ev="the injury of a third"),
    M("arrested", 11, attr="correspondent", ev="arrested 11 young men"),
], pub="2022-10-04", publisher="DeirEzzor24",
   notes="'the death of N' construction (C5). 'a third' = one wounded.")

R(15, "ar", "sohr-arabic-indic-digits-hasakah", """
محافظة الحسكة – المرصد السوري لحقوق الإنسان:: قُتل ٣ عناصر من قوى الأمن الداخلي "الأسايش" وأصيب ٤ آخرون، جراء هجوم مسلح شنّه مجهولون على حاجز لهم عند مدخل بلدة الهول شرقي الحسكة، بعد منتصف ليل أمس.

ووفقاً لمصادر المرصد السوري، فإن المهاجمين استخدموا أسلحة رشاشة وقذائف، وانسحبوا باتجاه الحدود العراقية التي تبعد نحو ١٥ كم عن الحاجز.

وكان المرصد السوري قد وثّق في ١٢ أيار، مقتل عنصرين من "الأسايش" بانفجار لغم أرضي في ريف الهول.
""", [
    K(3, "sdf", attr="monitor", ev="قُتل ٣ عناصر من قوى الأمن الداخلي"),
    W(4, "sdf", attr="monitor", ev="وأصيب ٤ آخرون"),
    K(2, "sdf", "back_reference", attr="monitor", ev="مقتل عنصرين من الأسايش"),
], decoys=[(15, "distance"), (12, "date")], pub="2024-05-27", publisher="المرصد السوري لحقوق الإنسان",
   notes="Arabic-Indic digits throughout. Asayish counted with SDF category.")

R(16, "en", "aggregator-hardwrapped-idlib-shelling", """
Shelling on Idlib villages kills five, including
three children, rescuers say

IDLIB, Syria (Agencies) - Artillery fire from
government-held positions hit two villages in the
Jabal al-Zawiya area of southern Idlib on Sunday,
killing five civilians, among them three children
and a woman, the Syrian Civil Defence (White
Helmets) said.

Nine other people were wounded, two of them
critically, the rescue group said in a statement,
adding that one of its teams came under fire
while evacuating the injured.

The shelling was among the deadliest since a
truce brokered by Russia and Turkey in March
2020 took effect in the last rebel-held enclave,
home to about 4 million people.
""", [
    K(5, "civilians", attr="White Helmets", ev="killing five civilians"),
    K(3, "children", "tally_part", attr="White Helmets", ev="among them three children"),
    K(1, "women", "tally_part", attr="White Helmets", ev="and a woman"),
    W(9, "civilians", attr="White Helmets", ev="Nine other people were wounded"),
], decoys=[(2020, "year"), (4000000, "count of something else"), (2, "other")], pub="2023-10-01", publisher="aggregator",
   notes="Hard-wrapped copy: line breaks fall inside the subsets ('including / three children', 'White / Helmets'). 'two of them critically' is a subset of the wounded by condition, not a new claim (2 listed as other).")

R(17, "en", "sohr-rose-to-inverted-deir-ezzor", """
The Syrian Observatory For Human Rights

Drone strike on Deir Ezzor market | Death toll rises

Deir Ezzor province, Syrian Observatory for Human Rights: It has climbed to nine, two children and a citizen woman among them, the toll of people killed on Monday when a drone hit a busy market in Al-Mayadeen city in eastern Deir Ezzor, and more deaths are feared as several of the 14 injured are in a serious state.

SOHR sources said the drone is believed to belong to the International Coalition, and that it targeted a car parked near the vegetable market.
""", [
    K(9, "all", attr="monitor", ev="It has climbed to nine ... the toll of people killed"),
    K(2, "children", "tally_part", attr="monitor", ev="two children ... among them"),
    K(1, "women", "tally_part", attr="monitor", ev="and a citizen woman"),
    W(14, "all", attr="monitor", ev="several of the 14 injured"),
], pub="2023-07-20", publisher="Syrian Observatory for Human Rights",
   notes="Inverted predicate toll ('It has climbed to N ... the toll of people killed'), C12. 'citizen woman' = woman (SOHR English). The 14 wounded appear only inside 'several of the 14 injured'.")

R(18, "ar", "sputnik-style-truffle-mine-women", """
لغم في بادية الرقة يحصد أرواح 11 من جامعي الكمأة

ذكر مراسل محلي أن 11 مدنياً فقدوا حياتهم، صباح الأحد، وجُرح أكثر من 8 آخرين، حين داست شاحنة صغيرة تنقل قرابة 20 من جامعي الكمأة على لغم أرضي في الأطراف الجنوبية لبادية الرقة.

وبحسب المراسل، فإن بين القتلى الـ11 تسع نساء ورجلين، أما الجرحى الثمانية، ونصفهم نساء، فقد أُسعفوا إلى مستشفى الطبقة على بعد 60 كم.

وكان 6 أشخاص قد لقوا حتفهم مطلع الشهر الجاري بانفجار مماثل قرب قرية غانم العلي.
""", [
    K(11, "civilians", ev="11 مدنياً فقدوا حياتهم"),
    K(9, "women", "tally_part", ev="تسع نساء"),
    K(2, "civilians", "tally_part", ev="ورجلين"),
    W(8, "civilians", q="more_than", ev="وجُرح أكثر من 8 آخرين"),
    K(6, "civilians", "back_reference", ev="6 أشخاص قد لقوا حتفهم مطلع الشهر"),
], decoys=[(20, "count of something else"), (60, "distance")], pub="2024-03-10", publisher="مراسل محلي (وكالة)",
   notes="Headline 11, lead 11 and restatement 11 are one claim. The wounded appear as 'أكثر من 8' and then 'الجرحى الثمانية' (number word); recorded once as more_than 8 (the same source restating). 'نصفهم' (half of them) is derived arithmetic, not a stated figure. 'رجلين' is a dual (2 men); 'تسع نساء' a number word; 'الـ11' a definite numeral. Headline 'يحصد أرواح' = takes the lives of.")
