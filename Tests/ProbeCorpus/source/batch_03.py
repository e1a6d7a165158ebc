from probe import *

R(19, "ar", "sohr-yearly-toll-compound-thousands", """
حصيلة العام 2024: 6 آلاف و329 قتيلاً في سوريا

المرصد السوري لحقوق الإنسان | 31 كانون الأول 2024

وثّق المرصد السوري لحقوق الإنسان مقتل 6 آلاف و329 شخصاً على امتداد الجغرافيا السورية منذ مطلع العام 2024 وحتى يومنا هذا، وتوزعت الحصيلة على النحو الآتي:

المدنيون: ألفان و114، بينهم 298 طفلاً و189 مواطنة
قوات النظام والمسلحون الموالون لها: ألف و287
مقاتلو الفصائل والتنظيمات الإسلامية: ألف و62
مقاتلو "قسد" والتشكيلات العاملة معها: 611
عناصر تنظيم "الدولة الإسلامية": 493
عناصر الميليشيات الموالية لإيران من جنسيات غير سورية: 377
عناصر حزب الله اللبناني: 41
مجهولو الهوية: 344

وبذلك، يرتفع عدد من وثّق المرصد مقتلهم منذ آذار 2011 إلى أكثر من 618 ألف شخص.
""", [
    K(6329, "all", "tally_total", attr="monitor", period="2024", ev="مقتل 6 آلاف و329 شخصاً"),
    K(2114, "civilians", "tally_part", attr="monitor", period="2024", ev="المدنيون: ألفان و114"),
    K(298, "children", "tally_part", attr="monitor", period="2024", ev="بينهم 298 طفلاً"),
    K(189, "women", "tally_part", attr="monitor", period="2024", ev="و189 مواطنة"),
    K(1287, "regime", "tally_part", attr="monitor", period="2024", ev="قوات النظام: ألف و287"),
    K(1062, "opposition", "tally_part", attr="monitor", period="2024", ev="الفصائل: ألف و62"),
    K(611, "sdf", "tally_part", attr="monitor", period="2024", ev="قسد: 611"),
    K(493, "is", "tally_part", attr="monitor", period="2024", ev="تنظيم الدولة: 493"),
    K(377, "iran_backed", "tally_part", attr="monitor", period="2024", ev="الميليشيات الموالية لإيران: 377"),
    K(41, "iran_backed", "tally_part", attr="monitor", period="2024", ev="حزب الله: 41"),
    K(344, "unidentified", "tally_part", attr="monitor", period="2024", ev="مجهولو الهوية: 344"),
    K(618000, "all", "background", q="more_than", attr="monitor", period="since March 2011", ev="أكثر من 618 ألف شخص"),
], decoys=[(2024, "year"), (31, "date"), (2011, "year")], pub="2024-12-31", publisher="المرصد السوري لحقوق الإنسان",
   notes="Compound scale numbers written with words: '6 آلاف و329', 'ألفان و114' (2114), 'ألف و287', 'ألف و62'. Parts 2114+1287+1062+611+493+377+41+344 = 6329. Headline repeats the total.")

R(20, "en", "sohr-daily-toll-yesterday", """
Daily toll | 27 people killed across Syria yesterday

SOHR has documented the deaths of 27 people across Syrian territory on Sunday, they are as follows:

• Deir Ezzor: Three SDF members were killed by gunmen believed to be ISIS cells in Thiban town, and a child died of wounds sustained in a landmine explosion in Al-Sour desert.
• Daraa: Four people, including a woman, were shot dead by unidentified gunmen in Nawa, Tafas and Jasim.
• Aleppo: Seven members of Turkish-backed factions were killed in an SDF infiltration operation near Al-Bab.
• Homs: Nine regime soldiers were killed in an ISIS ambush on the road to Al-Sukhnah.
• Idlib: Two civilians, a man and his son, were killed in regime shelling on Al-Bara village.
• Hama: A young man was found dead with gunshot wounds in Kafr Zita.
""", [
    K(27, "all", "tally_total", attr="monitor", period="Sunday", ev="deaths of 27 people"),
    K(3, "sdf", "tally_part", attr="monitor", ev="Three SDF members were killed"),
    K(1, "children", "tally_part", attr="monitor", ev="a child died of wounds"),
    K(4, "all", "tally_part", attr="monitor", ev="Four people ... were shot dead"),
    K(1, "women", "tally_part", attr="monitor", ev="including a woman"),
    K(7, "opposition", "tally_part", attr="monitor", ev="Seven members of Turkish-backed factions"),
    K(9, "regime", "tally_part", attr="monitor", ev="Nine regime soldiers were killed"),
    K(2, "civilians", "tally_part", attr="monitor", ev="Two civilians ... were killed"),
    K(1, "civilians", "tally_part", attr="monitor", ev="A young man was found dead"),
], pub="2023-11-13", publisher="Syrian Observatory for Human Rights",
   notes="3+1+4+7+9+2+1 = 27. 'a man and his son' restates the two civilians. Bullets name province then incident.")

R(21, "ar", "hawar-sdf-statement-neutralised", """
قسد: استشهاد ثلاثة من مقاتلينا وتحييد 4 مرتزقة في ريف دير الزور

مركز الأخبار – وكالة هاوار
أعلن المركز الإعلامي لقوات سوريا الديمقراطية، اليوم، أن ثلاثة من مقاتليه ارتقوا شهداء، وأصيب اثنان آخران، خلال التصدي لهجوم شنّه مرتزقة داعش على نقطة عسكرية في قرية الطيانة بريف دير الزور الشرقي.

وأوضح المركز في بيانه أن المقاتلين ردّوا على مصادر النيران، وتمكنوا من تحييد أربعة من المرتزقة واعتقال خامس مصاب.

وكانت قوات سوريا الديمقراطية قد نفّذت خلال شهر آب 28 عملية أمنية ضد خلايا المرتزقة، اعتُقل فيها 61 مشتبهاً.
""", [
    K(3, "sdf", attr="SDF", ev="ثلاثة من مقاتليه ارتقوا شهداء"),
    W(2, "sdf", attr="SDF", ev="وأصيب اثنان آخران"),
    M("captured", 1, "is", attr="SDF", ev="واعتقال خامس مصاب"),
    M("operations", 28, role="back_reference", attr="SDF", ev="28 عملية أمنية"),
    M("arrested", 61, role="back_reference", attr="SDF", ev="اعتُقل فيها 61 مشتبهاً"),
], decoys=[(4, "other")], pub="2024-09-04", publisher="وكالة هاوار (ANHA)",
   notes="'ارتقوا شهداء' = killed (SDF martyr idiom). 'تحييد أربعة' (neutralised four) does not say killed, wounded or captured: by the weaker-claim rule it is no claim, and reading it as 4 deaths counts as a decoy hit. 'خامس' is one more person (captured, wounded). Headline restates 3 and 4.")

R(22, "en", "afp-truffle-kidnapped-dash-subset", """
Suspected IS militants kill four truffle hunters, abduct 19 in Syria: monitor

BEIRUT, March 18, 2024 (AFP) - Four truffle foragers were killed and at least 19 others taken captive on Monday in an attack in the central Syrian desert blamed on Islamic State group jihadists, a war monitor said.

Gunmen "opened fire on a group of foragers, shooting four of them dead, and drove off with at least 19 more, three of them women," east of Salamiyah in Hama province, the Syrian Observatory for Human Rights said.

The late-winter truffle season draws poor families deep into the Badia each year, where mines and jihadist ambushes claim lives season after season.

The Observatory says 96 people -- 81 of them civilians -- have died this season, whether in ambushes on foragers or in blasts from mines planted by IS.
""", [
    K(4, "civilians", attr="monitor", ev="Four truffle foragers were killed"),
    M("captured", 19, "civilians", q="at_least", attr="monitor", ev="at least 19 others taken captive"),
    M("captured", 3, "women", role="tally_part", attr="monitor", ev="three of them women"),
    K(96, "all", "tally_total", attr="monitor", period="since start of the truffle season", ev="96 people ... have died this season"),
    K(81, "civilians", "tally_part", attr="monitor", period="since start of the truffle season", ev="81 of them civilians"),
], decoys=[(18, "date"), (2024, "year")], pub="2024-03-18", publisher="AFP",
   notes="A subset set off by double dashes between subject and verb ('96 people -- 81 of them civilians -- have been killed'). Abductions are 'captured'. Headline 4 and 19 repeat the lead.")

R(23, "ar", "syriatv-two-assassinations-hours", """
اغتيال شخصين خلال ساعات في ريف درعا

تلفزيون سوريا – درعا

لقي شخصان حتفهما برصاص مسلحين مجهولين في ريف درعا خلال أقل من يوم، في واقعتين لا رابط معروفاً بينهما.

وقالت مصادر محلية لموقع تلفزيون سوريا إن مجهولين أطلقوا النار صباح اليوم على الشاب عمر فواز الرفاعي في بلدة الغارية الغربية، ما أدى إلى مقتله على الفور، وهو عنصر سابق في فصائل المعارضة انضم إلى "اللواء الثامن" بعد التسوية.

وفي حادثة ثانية، قُتل رجل خمسيني يعمل في تجارة المواشي برصاص مجهولين على الطريق بين بلدتي الكرك الشرقي والمسيفرة، مساء أمس.

وأحصى "تجمع أحرار حوران" 27 قتيلاً في درعا منذ مطلع الشهر الجاري، بينهم 3 أطفال.
""", [
    K(2, "all", ev="لقي شخصان حتفهما"),
    K(1, "opposition", "tally_part", ev="الشاب عمر فواز الرفاعي ... مقتله على الفور"),
    K(1, "civilians", "tally_part", ev="قُتل رجل خمسيني"),
    K(27, "all", "tally_total", attr="Ahrar Horan", period="since start of the month", ev="27 قتيلاً"),
    K(3, "children", "tally_part", attr="Ahrar Horan", period="since start of the month", ev="بينهم 3 أطفال"),
], decoys=[(8, "unit name")], pub="2024-04-16", publisher="تلفزيون سوريا",
   notes="Lead gives 2 as a dual subject of the idiom 'لقي … حتفهما', then each death separately (1 + 1). Single victim as a named definite noun (C3). 'خمسيني' is an age word. 'اللواء الثامن' is a unit name (ordinal word).")

R(24, "en", "rudaw-conflicting-figures-desert-tally", """
Suspected ISIS ambush kills truffle hunters in Homs desert

ERBIL, Kurdistan Region - Gunmen thought to belong to the Islamic State (ISIS) shot dead at least five truffle pickers in the desert of Homs province on Friday, according to Syrian state media.

SANA, citing a police source in Homs, said five civilians were shot dead by assailants riding motorcycles in the al-Dawwa area, east of Palmyra.

The Syrian Observatory for Human Rights (SOHR) gave a higher toll, saying seven people, including a member of the regime forces, were killed.

SOHR's figures for the desert this year: at least 44 ISIS operations, in which 93 soldiers and pro-government fighters and twelve civilians, two of them children, lost their lives. Over the same weeks, 21 ISIS members died at the hands of government forces.
""", [
    K(5, "civilians", q="at_least", attr="state media", ev="shot dead at least five truffle pickers"),
    K(7, "all", attr="monitor", ev="seven people ... were killed"),
    K(1, "regime", "tally_part", attr="monitor", ev="including a member of the regime forces"),
    M("operations", 44, role="tally_total", q="at_least", attr="monitor", period="since start of the year", ev="at least 44 operations"),
    K(93, "regime", "tally_part", attr="monitor", period="since start of the year", ev="93 soldiers and pro-government fighters"),
    K(12, "civilians", "tally_part", attr="monitor", period="since start of the year", ev="twelve civilians"),
    K(2, "children", "tally_part", attr="monitor", period="since start of the year", ev="two of them children"),
    K(21, "is", "tally_part", attr="monitor", period="since start of the year", ev="21 ISIS members died at the hands of government forces"),
], pub="2024-02-24", publisher="Rudaw",
   disc=[("conflicting_figures_same_event", "state media 5, SOHR 7 for the same ambush", 5, 7)],
   notes="Two sources give two tolls for one event: both are claims. The desert tally gives parts with no stated total (93, 12, 21): no total is derived. 'five civilians' in the SANA sentence repeats the 5.")

R(25, "ar", "sana-israeli-aggression-tatweel", """
ارتقاء 6 شهداء بينهم عسكري وإصابة 17 مدنياً بعدوان إسرائيلي على ريف دمشق الغربي

دمشق-سانا
ارتقى ستة شهداء بينهم عسكري، وأصيب 17 مدنياً بعضهم بحالة خطرة، في حصيلة غير نهائية لعدوان صاروخي إسرائيلي طال فجر اليوم مواقع في ريف دمشق الغربي، بينها مبنى سكني في بلدة قدسيا.

وذكر مصدر عسكري أن الصواريخ أُطلقت قرابة الساعة 00:22 من فوق الأراضي اللبنانية، وأن الدفاعات الجوية اعترضت عدداً منها.

وقال مدير الهيئة العامة لمشفى المواساة إن 3 شهــداء نُقلوا إلى المشفى، بينما أسعف الهلال الأحمر 6 مصابين إلى مشافٍ أخرى.
""", [
    K(6, "all", attr="military source", ev="ارتقى ستة شهداء"),
    K(1, "regime", "tally_part", attr="military source", ev="بينهم عسكري"),
    W(17, "civilians", attr="military source", ev="وأصيب 17 مدنياً"),
    K(3, "all", "tally_part", attr="hospital director", ev="3 شهــداء نُقلوا إلى المشفى"),
    W(6, "all", "tally_part", attr="Red Crescent", ev="6 مصابين"),
], decoys=[(22, "clock time")], pub="2023-02-19", publisher="سانا",
   notes="'شهــداء' with tatweel. The hospital's 3 dead and the Red Crescent's 6 wounded are partial counts of the same incident (recorded as parts). 'ارتقاء ... شهداء' idiom. Headline restates 6 and 17.")
