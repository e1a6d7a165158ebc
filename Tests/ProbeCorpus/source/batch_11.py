# Third batch (093-098), written on branch extract2 after reading the pages listed in
# docs/real-constructions.md ("Pages read for this change"). Labels were committed before the
# extractor was run on these reports; the author knew the extractor's rules, so SCORES.md scores
# this batch on its own.
from probe import R, K, W, KW, M

R(93, "en", "north-press-two-incidents-named", """
Gunmen kill SDF fighter, council employee in Syria's Deir ez-Zor

DEIR EZ-ZOR, Syria (North Press) – Unknown gunmen killed a fighter of the Syrian Democratic Forces (SDF) and an employee of a local council in two separate attacks in the eastern countryside of Deir ez-Zor on Saturday.

A source in the town of Dhiban told North Press that two men on a motorcycle fired at Hussein al-Mahmoud, 34, an SDF fighter, while he was standing at a checkpoint on the main road, killing him on the spot.

Hours later, Saleh al-Jasim, who worked for the civil council in al-Shuhail, was fatally shot near his home. His brother was hurt in the attack and taken to a hospital in al-Hasakah.

Since the start of the month, the area has seen five attacks on SDF positions.
""", [
    K(1, "sdf", ev="killed a fighter of the SDF"),
    K(1, "civilians", ev="an employee of a local council"),
    W(1, "civilians", ev="His brother was hurt"),
], decoys=[(34, "age"), (5, "count of something else")], pub="2024-02-10", publisher="North Press",
   notes="The named victims in paragraphs two and three are the two of the lead, not new claims (one claim each). 'two men on a motorcycle' are perpetrators.")

R(94, "ar", "baladi-monthly-ahrar-elided", """
بلدي نيوز

وثّق مكتب التوثيق في تجمع أحرار حوران مقتل 27 شخصاً في محافظة درعا خلال شهر تشرين الأول الماضي، بينهم ثلاثة أطفال وسيدتان.

وبحسب التقرير، قُتل 16 شخصاً برصاص مسلحين مجهولين، و6 بانفجار عبوات ناسفة، و3 تحت التعذيب في سجون النظام، و2 بانفجار مخلفات حرب.

وأشار التقرير إلى تسجيل 31 عملية ومحاولة اغتيال، أسفرت عن مقتل 19 شخصاً وإصابة 9 آخرين، فيما نجا ثلاثة من الاستهداف.
""", [
    K(27, "all", "tally_total", attr="Ahrar Horan", period="October", ev="مقتل 27 شخصاً"),
    K(3, "children", "tally_part", attr="Ahrar Horan", period="October", ev="بينهم ثلاثة أطفال"),
    K(2, "women", "tally_part", attr="Ahrar Horan", period="October", ev="وسيدتان"),
    K(16, "all", "tally_part", attr="Ahrar Horan", period="October", ev="قُتل 16 شخصاً برصاص مسلحين"),
    K(6, "all", "tally_part", attr="Ahrar Horan", period="October", ev="و6 بانفجار عبوات ناسفة"),
    K(3, "all", "tally_part", attr="Ahrar Horan", period="October", ev="و3 تحت التعذيب"),
    K(2, "all", "tally_part", attr="Ahrar Horan", period="October", ev="و2 بانفجار مخلفات حرب"),
    M("operations", 31, "all", "tally_total", attr="Ahrar Horan", period="October", ev="31 عملية ومحاولة اغتيال"),
    K(19, "all", "tally_total", attr="Ahrar Horan", period="October", ev="أسفرت عن مقتل 19 شخصاً"),
    W(9, "all", "tally_total", attr="Ahrar Horan", period="October", ev="وإصابة 9 آخرين"),
], decoys=[(3, "count of something else")], pub="2023-11-02", publisher="Baladi News",
   notes="16 + 6 + 3 + 2 = 27. The 19 killed in assassinations are a separate tally of the same month. The final 'ثلاثة' survived (decoy value 3 also occurs as a real figure).")

R(95, "en", "sohr-landmine-regional-lines", """
Remnants of war | Child killed and two injured by landmine in Hama countryside

Hama province: A child was killed and two others were injured when a landmine left over from the war exploded in farmland near Souran in northern Hama countryside.

SOHR has documented the death of 140 civilians, including 11 women and 52 children, in explosions of landmines and war remnants across Syria since early 2024, while 190 others, including 75 children, sustained injuries.

The fatalities are distributed as follows:
- Government-held areas: 101 fatalities, including 36 children and 8 women.
- Areas held by opposition factions in Idlib: 14 fatalities, including 6 children.
- SDF-held areas: 25 fatalities, including ten children and three women.
""", [
    K(1, "children", ev="A child was killed"),
    W(2, "children", ev="two others were injured"),
    K(140, "civilians", "tally_total", attr="SOHR", period="since early 2024", ev="the death of 140 civilians"),
    K(11, "women", "tally_part", attr="SOHR", period="since early 2024", ev="including 11 women"),
    K(52, "children", "tally_part", attr="SOHR", period="since early 2024", ev="52 children"),
    W(190, "civilians", "tally_total", attr="SOHR", period="since early 2024", ev="190 others ... sustained injuries"),
    W(75, "children", "tally_part", attr="SOHR", period="since early 2024", ev="including 75 children"),
    K(101, "civilians", "tally_part", attr="SOHR", period="since early 2024", ev="Government-held areas: 101 fatalities"),
    K(36, "children", "tally_part", attr="SOHR", period="since early 2024", ev="36 children"),
    K(8, "women", "tally_part", attr="SOHR", period="since early 2024", ev="8 women"),
    K(14, "civilians", "tally_part", attr="SOHR", period="since early 2024", ev="Idlib: 14 fatalities"),
    K(6, "children", "tally_part", attr="SOHR", period="since early 2024", ev="including 6 children"),
    K(25, "civilians", "tally_part", attr="SOHR", period="since early 2024", ev="SDF-held areas: 25 fatalities"),
    K(10, "children", "tally_part", attr="SOHR", period="since early 2024", ev="ten children"),
    K(3, "women", "tally_part", attr="SOHR", period="since early 2024", ev="three women"),
], decoys=[(2024, "year")], pub="2024-09-14", publisher="SOHR",
   notes="101 + 14 + 25 = 140. 'two others' in the lead are taken as children from context but the category is uncertain.")

R(96, "ar", "sana-style-martyrdom-police", """
درعا-سانا

استشهد عنصران من قوى الأمن الداخلي وأصيب ثلاثة آخرون بجروح، جراء هجوم إرهابي استهدف دورية للشرطة على الطريق الدولي بين بلدتي خربة غزالة ونامر في ريف درعا الشمالي.

وذكر مصدر في قيادة شرطة المحافظة لمراسل سانا أن المصابين نُقلوا إلى مشفى درعا الوطني، وأن حالة أحدهم حرجة.

وكان عنصر من الشرطة قد استشهد الأسبوع الماضي بانفجار عبوة ناسفة في مدينة نوى.
""", [
    K(2, "government", ev="استشهد عنصران من قوى الأمن الداخلي"),
    W(3, "government", ev="وأصيب ثلاثة آخرون بجروح"),
    K(1, "government", "back_reference", ev="وكان عنصر من الشرطة قد استشهد الأسبوع الماضي"),
], pub="2025-06-18", publisher="SANA",
   notes="Post-2024 state police filed as government per the shared category list (the corpus README files them under regime; category is not scored). 'أحدهم' in critical condition is one of the 3 wounded, not a new claim.")

R(97, "en", "hawar-mercenaries-operation", """
Afrin Liberation Forces: 6 mercenaries killed in two operations

News Center – The Afrin Liberation Forces (HRE) said on Sunday that six mercenaries of the Turkish occupation were killed and four others were wounded in two operations in the Shehba region.

In the first operation, near the village of Kaljibrin, four mercenaries were killed, a group leader of the Sultan Murad faction among them.

In the second, a sniper killed two mercenaries and wounded four near Maranaz, the statement said.
""", [
    K(6, "opposition", ev="six mercenaries ... were killed"),
    W(4, "opposition", ev="four others were wounded"),
    K(4, "opposition", "tally_part", ev="four mercenaries were killed"),
    K(1, "opposition", "tally_part", ev="a group leader ... among them"),
    K(2, "opposition", "tally_part", ev="killed two mercenaries"),
], decoys=[], pub="2021-08-15", publisher="Hawar News (ANHA)",
   notes="4 + 2 = 6. The wounded 4 of the second operation are the 4 of the lead (one claim). 'mercenaries' are Turkish-backed factions here.")

R(98, "ar", "syria-tv-two-attacks-ambush", """
تلفزيون سوريا - دير الزور

قُتل أربعة عناصر من وزارة الدفاع وأصيب خامس بجروح، مساء الخميس، بكمين نصبه مسلحون مجهولون لسيارتهم قرب بلدة الشولا جنوبي دير الزور.

وفي ريف حلب الشرقي، أفادت مصادر محلية بأن عنصرين من الأمن العام قُتلا برصاص مجهولين قرب مدينة الباب، في حين عُثر على جثة مجهولة الهوية على أطراف المدينة.

وبهذا يرتفع إلى 23 عدد عناصر الوزارة الذين قُتلوا بهجمات مماثلة في البادية منذ مطلع الشهر.
""", [
    K(4, "government", ev="قُتل أربعة عناصر من وزارة الدفاع"),
    W(1, "government", ev="وأصيب خامس بجروح"),
    K(2, "government", ev="عنصرين من الأمن العام قُتلا"),
    K(1, "unidentified", ev="جثة مجهولة الهوية"),
    K(23, "government", "tally_total", period="since the start of the month", ev="يرتفع إلى 23 عدد عناصر الوزارة الذين قُتلوا"),
], pub="2025-05-09", publisher="Syria TV",
   notes="The 23 includes the 4 of the lead; no breakdown given.")
