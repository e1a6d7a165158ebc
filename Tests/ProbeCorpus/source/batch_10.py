from probe import *
# Second batch: written after the baseline run, from constructions met in the last four searches
# (Zaman al-Wasl, Qasioun, i24 Arabic, Awjouh, SANA English, Syrian Observatory Arabic tribal-clash items).

R(87, "ar", "zaman-qutila-wa-juriha-split", """
مقتل 11 عنصراً من قوات النظام باستهداف حافلة في بادية حمص

قُتل وجرح 14 عنصراً من قوات النظام، صباح اليوم الخميس، إثر هجوم استهدف حافلة مبيت عسكرية على طريق تدمر – السخنة في بادية حمص الشرقية.

وبحسب صفحات موالية، فإن 11 عنصراً قُتلوا وجرح ثلاثة آخرون، نُقلوا إلى مشفى تدمر الوطني.

وكانت حصيلة أولية نشرتها الصفحات ذاتها قد تحدثت عن مقتل 8 عناصر.

زمان الوصل
""", [
    KW(14, "regime", attr="pro-regime pages", ev="قُتل وجرح 14 عنصراً"),
    K(11, "regime", attr="pro-regime pages", ev="11 عنصراً قُتلوا"),
    W(3, "regime", attr="pro-regime pages", ev="وجرح ثلاثة آخرون"),
    K(8, "regime", attr="pro-regime pages", ev="حصيلة أولية ... مقتل 8 عناصر"),
], pub="2024-01-11", publisher="زمان الوصل",
   disc=[("conflicting_figures_same_event", "initial toll 8, later 11", 8, 11)],
   notes="The paired verb 'قُتل وجرح N' is a combined figure (14 = 11 + 3). Headline 11 = body 11. The initial toll 8 is an earlier figure for the same event.")

R(88, "ar", "ranks-named-list-no-count", """
درعا – قاسيون

لقي ثلاثة عناصر من فرع الأمن العسكري مصرعهم، وجُرح رابع، بكمين نصبه مسلحون مجهولون على أطراف بلدة المسيفرة بريف درعا الشرقي، ليل الأحد.

وقالت شبكة محلية إن الكمين أسفر عن مقتل المساعد أول فادي الحسن، والرقيب سامر يوسف، والمجند علي ديب، فيما نُقل الجريح إلى مشفى درعا الوطني.

وفي حادثة منفصلة، قُتل عنصران من "اللواء الثامن" وجُرح ثالث بانفجار عبوة ناسفة قرب بصرى الشام.
""", [
    K(3, "regime", ev="لقي ثلاثة عناصر ... مصرعهم"),
    W(1, "regime", ev="وجُرح رابع"),
    K(2, "other", ev="قُتل عنصران من اللواء الثامن"),
    W(1, "other", ev="وجُرح ثالث"),
], pub="2023-07-03", publisher="قاسيون",
   notes="The three named soldiers (with ranks) restate the three dead; no per-name claims. 'اللواء الثامن' is a unit name in words (Eighth Brigade, category other).")

R(89, "en", "sana-martyrdom-of-inflicting-wounds", """
Seven civilians martyred, four injured in terrorist rocket attacks on Hama countryside

Hama, SANA – Terrorist rocket fire on the village of Tal Salhab in Hama's northwestern countryside on Sunday led to the martyrdom of seven civilians, among them two children, a police source told SANA.

Earlier in the day, rockets fired from the de-escalation zone fell on al-Suqaylabiyah, inflicting wounds of varying severity on four civilians including a woman.

Army units responded to the sources of fire, destroying several launch pads and killing a number of terrorists.
""", [
    K(7, "civilians", attr="police source", ev="led to the martyrdom of seven civilians"),
    K(2, "children", "tally_part", attr="police source", ev="among them two children"),
    W(4, "civilians", attr="police source", ev="inflicting wounds ... on four civilians"),
    W(1, "women", "tally_part", attr="police source", ev="including a woman"),
], pub="2019-05-13", publisher="SANA",
   notes="'led to the martyrdom of N' (death as a noun object) and 'inflicting wounds … on N' (wounded as an object). 'a number of terrorists' is vague.")

R(90, "en", "tribal-clash-earlier-toll-nested", """
Tribal fighters and SDF clash for third day in Deir Ezzor; toll rises to 27

DEIR EZZOR - Clashes between Arab tribal fighters and the Syrian Democratic Forces in the eastern Deir Ezzor countryside have killed 27 people since Sunday: four civilians, 18 tribal gunmen and five SDF members, the Syrian Observatory for Human Rights said on Tuesday.

The Observatory said the civilians killed were two girls, a woman and an elderly man. An earlier toll it gave on Monday put the dead at 15.

Dozens of people have been wounded, and hundreds of families have fled the villages of al-Izba and Dhiban.
""", [
    K(27, "all", "tally_total", attr="monitor", period="since Sunday", ev="have killed 27 people since Sunday"),
    K(4, "civilians", "tally_part", attr="monitor", period="since Sunday", ev="four civilians"),
    K(18, "other", "tally_part", attr="monitor", period="since Sunday", ev="18 tribal gunmen"),
    K(5, "sdf", "tally_part", attr="monitor", period="since Sunday", ev="five SDF members"),
    K(2, "children", "tally_part", attr="monitor", period="since Sunday", ev="two girls"),
    K(1, "women", "tally_part", attr="monitor", period="since Sunday", ev="a woman"),
    K(1, "civilians", "tally_part", attr="monitor", period="since Sunday", ev="an elderly man"),
    K(15, "all", "tally_total", attr="monitor", period="since Sunday", ev="An earlier toll ... put the dead at 15"),
], pub="2023-08-29", publisher="aggregator (AFP/SOHR based)",
   notes="4 + 18 + 5 = 27; the civilians are itemised as 2 + 1 + 1. 'third day' ordinal. The earlier toll 15 is a stated figure for the same tally.")

R(91, "ar", "i24-elided-death-noun", """
 date 2023-08-30
تسببت الاشتباكات بين مسلحي العشائر و"قوات سوريا الديمقراطية" في ريف دير الزور الشرقي، أمس الثلاثاء، بمقتل 19 شخصاً بينهم مدنيان، وجرح العشرات.

وقال المرصد السوري لحقوق الإنسان إن القتلى هم: مدنيان، و12 من المسلحين العشائريين، و5 عناصر من "قسد"، مشيراً إلى أن حصيلة سابقة تحدثت عن مقتل 11 شخصاً.

وأعلنت "قسد" حظراً للتجول في ثلاث بلدات حتى إشعار آخر.
""", [
    K(19, "all", attr="monitor", ev="بمقتل 19 شخصاً"),
    K(2, "civilians", "tally_part", attr="monitor", ev="بينهم مدنيان"),
    K(12, "other", "tally_part", attr="monitor", ev="12 من المسلحين العشائريين"),
    K(5, "sdf", "tally_part", attr="monitor", ev="و5 عناصر من قسد"),
    K(11, "all", attr="monitor", ev="حصيلة سابقة تحدثت عن مقتل 11 شخصاً"),
], decoys=[(2023, "year"), (30, "date"), (3, "count of something else")], pub="2023-08-30", publisher="i24 عربي",
   notes="'القتلى هم: مدنيان، و12 …، و5 …' restates the 2 civilians (one claim). 2 + 12 + 5 = 19. 'العشرات' vague. Earlier toll 11.")

R(92, "en", "sana-no-verb-six-civilians-clipped", """
New attacks by terrorists in Hama countryside

Hama, SANA – Six civilians on Friday evening as a result of new rocket attacks by terrorists on the towns of Karnaz and Shatha in Hama's northern countryside.

SANA's reporter said rocket shells fired from positions near Kafr Zita fell on Karnaz, injuring the six civilians and damaging houses.

Army units responded, destroying the launchers.
""", [
    W(6, "civilians", attr="SANA reporter", ev="injuring the six civilians"),
], pub="2019-04-19", publisher="SANA",
   notes="The lead sentence has lost its verb ('Six civilians on Friday evening as a result of …'); the second paragraph shows they were wounded. A coder records wounded 6; reading the lead as deaths would be wrong.")
