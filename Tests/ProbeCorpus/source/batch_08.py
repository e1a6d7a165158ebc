from probe import *

R(63, "ar", "sohr-monthly-isis-cells-july", """
حصيلة شهر تموز | 19 عملية لخلايا التنظيم في مناطق "قسد" تسفر عن مقتل 14 شخصاً

رصد المرصد السوري لحقوق الإنسان خلال شهر تموز/يوليو 19 عملية نفذتها خلايا تنظيم "الدولة الإسلامية" ضمن مناطق نفوذ "قسد"، بين هجمات مسلحة وتفجيرات واستهدافات، أسفرت عن مقتل 14 شخصاً، هم: 9 من مقاتلي "قسد" والتشكيلات العسكرية العاملة معها، و5 مدنيين بينهم سيدة.

كما أسفرت العمليات عن إصابة 17 شخصاً، هم 12 من "قسد" و5 مدنيين بينهم طفلان.

وتصدرت دير الزور القائمة بـ 13 عملية، تلتها الحسكة بـ 4 عمليات، ثم الرقة بعمليتين.
""", [
    M("operations", 19, role="tally_total", attr="monitor", period="July", ev="19 عملية"),
    K(14, "all", "tally_total", attr="monitor", period="July", ev="مقتل 14 شخصاً"),
    K(9, "sdf", "tally_part", attr="monitor", period="July", ev="9 من مقاتلي قسد"),
    K(5, "civilians", "tally_part", attr="monitor", period="July", ev="و5 مدنيين"),
    K(1, "women", "tally_part", attr="monitor", period="July", ev="بينهم سيدة"),
    W(17, "all", "tally_total", attr="monitor", period="July", ev="إصابة 17 شخصاً"),
    W(12, "sdf", "tally_part", attr="monitor", period="July", ev="12 من قسد"),
    W(5, "civilians", "tally_part", attr="monitor", period="July", ev="5 مدنيين (جرحى)"),
    W(2, "children", "tally_part", attr="monitor", period="July", ev="بينهم طفلان"),
    M("operations", 13, role="tally_part", attr="monitor", period="July", ev="دير الزور 13 عملية"),
    M("operations", 4, role="tally_part", attr="monitor", period="July", ev="الحسكة 4 عمليات"),
    M("operations", 2, role="tally_part", attr="monitor", period="July", ev="الرقة بعمليتين"),
], pub="2024-08-01", publisher="المرصد السوري لحقوق الإنسان",
   notes="Two parallel partitions (dead and wounded) with the same category words; '5 مدنيين' occurs in both and must go to the right measure. 'بعمليتين' is a dual of operations. 13+4+2 = 19.")

R(64, "ar", "enab-qualifiers-approx", """
عنب بلدي – حلب

قُتل ما لا يقل عن سبعة مدنيين، وأصيب نحو 20 آخرين، جراء قصف صاروخي استهدف سوقاً شعبياً في مدينة الأتارب غربي حلب، ظهر الثلاثاء 24 من تشرين الأول.

وقال الدفاع المدني السوري إن فرقه انتشلت جثث القتلى من بينهم طفلان، ونقلت المصابين إلى مشافي المنطقة، مرجّحاً ارتفاع الحصيلة بسبب وجود إصابات خطيرة.

ويأتي القصف ضمن تصعيد تشهده المنطقة منذ مطلع الشهر، قُتل خلاله قرابة 70 مدنياً في ريفي إدلب وحلب، وفق إحصائية للدفاع المدني.
""", [
    K(7, "civilians", q="at_least", attr="reporter", ev="قُتل ما لا يقل عن سبعة مدنيين"),
    W(20, "civilians", q="about", ev="وأصيب نحو 20 آخرين"),
    K(2, "children", "tally_part", attr="Civil Defence", ev="من بينهم طفلان"),
    K(70, "civilians", "tally_total", q="about", attr="Civil Defence", period="since start of the month", ev="قرابة 70 مدنياً"),
], decoys=[(24, "date")], pub="2023-10-24", publisher="عنب بلدي",
   notes="Qualifiers: 'ما لا يقل عن' (at least), 'نحو' and 'قرابة' (about).")

R(65, "ar", "north-press-faqada-long-subject", """
الرقة – نورث برس

فقد شاب يعمل سائقاً لدى مؤسسة المياه التابعة للإدارة الذاتية في مدينة الطبقة، غربي الرقة، صباح الأربعاء، حياتَه، إثر إطلاق نار عليه من قبل مسلحين مجهولين أثناء توجهه إلى عمله.

وقال مصدر في قوى الأمن الداخلي لنورث برس إن الشاب، وهو أب لثلاثة أطفال، أصيب بعدة طلقات في الصدر، وفارق الحياة قبل وصوله إلى المشفى.

وفي السابع من الشهر الجاري، نجا موظف آخر في المؤسسة ذاتها من محاولة اغتيال مماثلة.
""", [
    K(1, "civilians", ev="فقد شاب ... حياتَه"),
], decoys=[(3, "count of something else"), (7, "date")], pub="2024-02-14", publisher="نورث برس",
   notes="C10: 'فقد … حياته' separated by a long subject and place phrase. 'أب لثلاثة أطفال' is a count of children he has, not casualties. The survivor of an attempt is no claim. 'السابع' ordinal date.")

R(66, "ar", "afp-arabic-regime-and-loyalists", """
مقتل 12 عنصراً من قوات النظام ومسلحين موالين بهجوم لداعش في البادية

بيروت (أ ف ب) - قُتل تسعة عناصر من قوات النظام السوري وثلاثة مسلحين موالين لها، الأحد، في هجوم شنّه تنظيم داعش على مواقع عسكرية في البادية السورية، وفق ما أفاد المرصد السوري لحقوق الإنسان.

وأوضح المرصد أن الهجوم استهدف مواقع في محيط مدينة السخنة بريف حمص الشرقي، وأن اشتباكات عنيفة أعقبته قُتل فيها أربعة من عناصر التنظيم.

ورغم خسارته آخر مناطق سيطرته في سوريا عام 2019، لا يزال التنظيم يشن هجمات دامية انطلاقاً من البادية.

وأودى النزاع السوري منذ اندلاعه في 2011 بحياة أكثر من نصف مليون شخص، وشرّد الملايين.
""", [
    K(12, "regime", attr="monitor", ev="مقتل 12 عنصراً من قوات النظام ومسلحين موالين"),
    K(9, "regime", "tally_part", attr="monitor", ev="قُتل تسعة عناصر من قوات النظام"),
    K(3, "regime", "tally_part", attr="monitor", ev="وثلاثة مسلحين موالين لها"),
    K(4, "is", attr="monitor", ev="قُتل فيها أربعة من عناصر التنظيم"),
    K(500000, "all", "background", q="more_than", ev="أكثر من نصف مليون شخص"),
], decoys=[(2019, "year"), (2011, "year")], pub="2023-08-13", publisher="أ ف ب",
   notes="The headline total 12 is stated (9 + 3 in the body) and recorded as the incident total with the body's two parts.")

R(67, "ar", "aggregator-hardwrapped-arabic", """
مقتل عنصرين من قوات الحكومة
بهجوم على حاجز في ريف درعا

درعا – وكالات
قُتل عنصران من قوات الحكومة
السورية وأصيب ثالث، فجر اليوم،
إثر هجوم شنّه مسلحون مجهولون على
حاجز عسكري عند مدخل بلدة
اليادودة غربي درعا، بحسب ما أفادت
مصادر محلية.
وأضافت المصادر أن المهاجمين
انسحبوا بعد اشتباك استمر نحو
نصف ساعة، فيما استقدمت القوات
تعزيزات إلى المنطقة.
""", [
    K(2, "regime", attr="local sources", ev="قُتل عنصران من قوات الحكومة"),
    W(1, "regime", attr="local sources", ev="وأصيب ثالث"),
], pub="2024-06-03", publisher="وكالات (مجمّع أخبار)",
   notes="C6: hard-wrapped Arabic, with a line break between the dual noun and its 'من قوات' phrase and between 'المهاجمين' and its verb.")

R(68, "ar", "sana-civilian-martyr-shells", """
استشهاد مدني وإصابة 3 آخرين بينهم امرأة باعتداء إرهابي بالقذائف على ريف حلب

حلب-سانا
استشهد مدني وأصيب ثلاثة آخرون بينهم امرأة، جراء اعتداء المجموعات الإرهابية المنتشرة في ريف إدلب بالقذائف الصاروخية على بلدة الزربة في ريف حلب الجنوبي.

وذكر مراسل سانا أن الإرهابيين استهدفوا البلدة بـ 6 قذائف سقطت بين منازل المواطنين، ما تسبب بأضرار مادية كبيرة.

يذكر أن الجيش العربي السوري ردّ على مصادر إطلاق القذائف، موقعاً قتلى ومصابين في صفوف الإرهابيين.
""", [
    K(1, "civilians", ev="استشهد مدني"),
    W(3, "civilians", ev="وأصيب ثلاثة آخرون"),
    W(1, "women", "tally_part", ev="بينهم امرأة"),
], decoys=[(6, "count of something else")], pub="2023-04-11", publisher="سانا",
   notes="'موقعاً قتلى ومصابين' is vague (no claim).")

R(69, "ar", "kurdistan24-arabic-five-sdf-statement", """
 date 2025-09-26
منذ 4 ساعات

خمسة قتلى من "قسد" في هجوم لداعش شرقي دير الزور

أربيل (كوردستان24)- أعلنت قوات سوريا الديمقراطية، اليوم الجمعة، مقتل خمسة من مقاتليها خلال التصدي لهجوم شنّه تنظيم داعش على نقطة لها في بلدة درنج شرقي دير الزور.

وجاء في بيان القوات: "سقط خمسة من مقاتلينا شهداء وجُرح اثنان خلال صدّ المهاجمين"، مشيرة إلى أن ثلاثة من عناصر التنظيم قُتلوا في الاشتباك.

ويقول المرصد السوري لحقوق الإنسان إن وتيرة هجمات التنظيم في مناطق "قسد" ارتفعت منذ سقوط الحكم السابق في دمشق في 8 كانون الأول/ديسمبر 2024.
""", [
    K(5, "sdf", attr="SDF", ev="مقتل خمسة من مقاتليها"),
    W(2, "sdf", attr="SDF", ev="وجُرح اثنان"),
    K(3, "is", attr="SDF", ev="ثلاثة من عناصر التنظيم قُتلوا"),
], decoys=[(4, "other"), (2025, "year"), (26, "date"), (8, "date"), (2024, "year")], pub="2025-09-26", publisher="كوردستان24",
   notes="Metadata date line plus a relative-time stamp ('منذ 4 ساعات'). Headline 'خمسة قتلى', lead and quoted statement all give the same 5.")

R(70, "ar", "syriatv-general-security-ikhbariya", """
مقتل عنصر من الأمن العام وإصابة اثنين بهجوم على دورية في ريف حمص

تلفزيون سوريا – حمص

قُتل عنصر من الأمن العام وأصيب اثنان آخران، مساء اليوم، بهجوم نفذه مسلحون مجهولون على دورية على طريق حمص – طرطوس، قرب قرية الحصن.

ونقلت قناة "الإخبارية السورية" عن مصدر أمني أن الدورية تعرّضت لإطلاق نار كثيف من سيارة مجهولة لاذت بالفرار، وأن قوى الأمن طوّقت المنطقة واعتقلت مشتبهاً به.

وشهدت المنطقة خلال الأسبوع الماضي هجومين مماثلين، قُتل فيهما ثلاثة عناصر.
""", [
    K(1, "regime", attr="security source", ev="قُتل عنصر من الأمن العام"),
    W(2, "regime", attr="security source", ev="وجُرح اثنان"),
    M("arrested", 1, attr="security source", ev="واعتقلت مشتبهاً به"),
    K(3, "regime", "back_reference", ev="قُتل فيهما ثلاثة عناصر"),
], pub="2025-03-30", publisher="تلفزيون سوريا",
   notes="Post-2024 General Security filed under state forces ('regime' category). 'هجومين' dual of attacks, not casualties.")

R(71, "ar", "step-nominal-headline-qatilan", """
قتيلان و5 جرحى بانفجار دراجة مفخخة في مدينة جرابلس

ستيب نيوز – حلب
انفجرت دراجة نارية مفخخة، ظهر اليوم، قرب مسجد الحميدي وسط مدينة جرابلس بريف حلب الشرقي، ما أسفر عن سقوط قتيلين مدنيين وإصابة 5 آخرين، بينهم طفل، بحسب مصادر طبية.

وذكرت المصادر أن أحد القتيلين بائع خضار كان يقف قرب مكان الانفجار، فيما نُقل الجرحى إلى مشفى جرابلس.

وتعد هذه التفجير الرابع في جرابلس منذ بداية العام.
""", [
    K(2, "civilians", attr="medical sources", ev="سقوط قتيلين مدنيين"),
    W(5, "civilians", attr="medical sources", ev="وإصابة 5 آخرين"),
    W(1, "children", "tally_part", attr="medical sources", ev="بينهم طفل"),
], pub="2023-06-18", publisher="ستيب نيوز",
   notes="Nominal headline 'قتيلان و5 جرحى' with a dual noun and no verb. 'أحد القتيلين' restates one of the two. 'الرابع' is an ordinal.")

R(72, "ar", "sohr-perpetrator-list-ala-yad", """
محافظة درعا – المرصد السوري لحقوق الإنسان:: قتل رجل برصاص مجهولين في مدينة الحراك بريف درعا الشرقي.

ووثق المرصد السوري منذ مطلع الشهر الجاري مقتل 17 شخصاً في محافظة درعا، توزعوا وفقاً للجهة المسؤولة على النحو التالي: 11 على يد مسلحين مجهولين، و3 على يد الأجهزة الأمنية، و2 بانفجار مخلفات حرب، وطفل برصاص عشوائي.
""", [
    K(1, "civilians", attr="monitor", ev="قتل رجل برصاص مجهولين"),
    K(17, "all", "tally_total", attr="monitor", period="since start of the month", ev="مقتل 17 شخصاً"),
    K(11, "all", "tally_part", attr="monitor", period="since start of the month", ev="11 على يد مسلحين مجهولين"),
    K(3, "all", "tally_part", attr="monitor", period="since start of the month", ev="3 على يد الأجهزة الأمنية"),
    K(2, "all", "tally_part", attr="monitor", period="since start of the month", ev="2 بانفجار مخلفات حرب"),
    K(1, "children", "tally_part", attr="monitor", period="since start of the month", ev="وطفل برصاص عشوائي"),
], pub="2024-05-21", publisher="المرصد السوري لحقوق الإنسان",
   notes="C2: partition by perpetrator with elided victim noun ('11 على يد …'). 11+3+2+1 = 17. The perpetrators (security agencies etc.) are not victims.")

R(73, "ar", "amaq-claim-execution-shepherds", """
التنظيم يعدم 4 رعاة ويطلق سراح اثنين في بادية الميادين

دير الزور – مراسل خاص
أعدم مسلحون من تنظيم "داعش" أربعة رعاة أغنام رمياً بالرصاص، بعد أن اختطفوهم مع اثنين آخرين من منطقة الشبلي في بادية الميادين، وأطلقوا سراح الاثنين لاحقاً بعد سلب مواشيهم.

ونشرت وكالة أعماق التابعة للتنظيم بياناً ادعت فيه أن الأربعة "يعملون لصالح الميليشيات الإيرانية"، ونشرت صوراً لما قالت إنه 300 رأس من الأغنام استولى عليها مسلحوها.
""", [
    K(4, "civilians", ev="أعدم مسلحون ... أربعة رعاة"),
    M("captured", 2, "civilians", ev="اختطفوهم مع اثنين آخرين"),
], decoys=[(300, "count of something else")], pub="2024-03-05", publisher="مراسل خاص",
   notes="Execution verb (أعدم) is a killing. The two released were abducted (captured 2). The 4 is restated by Amaq as 'الأربعة'.")

R(74, "ar", "daraa-documentation-tatweel-martyrs", """
مكتب توثيق الشهــداء في درعا: 36 شهيداً خلال شهر أيار

أصدر مكتب توثيق الشهــداء في درعا تقريره الشهري، ووثّق فيه مقتل 36 شخصاً في المحافظة خلال شهر أيار/مايو، بينهم 4 أطفال و3 سيدات.

وبحسب التقرير، قضى 24 شخصاً بعمليات اغتيال نفذها مجهولون، و5 تحت التعذيب في معتقلات النظام، و4 بانفجار ألغام ومخلفات حرب، و3 في اشتباكات عشائرية.

كما وثّق المكتب اعتقال 41 شخصاً، أُفرج عن 12 منهم لاحقاً.
""", [
    K(36, "all", "tally_total", attr="documentation office", period="May", ev="مقتل 36 شخصاً"),
    K(4, "children", "tally_part", attr="documentation office", period="May", ev="بينهم 4 أطفال"),
    K(3, "women", "tally_part", attr="documentation office", period="May", ev="و3 سيدات"),
    K(24, "all", "tally_part", attr="documentation office", period="May", ev="قضى 24 شخصاً بعمليات اغتيال"),
    K(5, "all", "tally_part", attr="documentation office", period="May", ev="و5 تحت التعذيب"),
    K(4, "all", "tally_part", attr="documentation office", period="May", ev="و4 بانفجار ألغام"),
    K(3, "all", "tally_part", attr="documentation office", period="May", ev="و3 في اشتباكات عشائرية"),
    M("arrested", 41, role="tally_total", attr="documentation office", period="May", ev="اعتقال 41 شخصاً"),
], decoys=[(12, "count of something else")], pub="2024-06-01", publisher="مكتب توثيق الشهداء في درعا",
   notes="Tatweel in 'الشهــداء'. Headline '36 شهيداً' = the total. Per-cause parts with elided noun after the first (24+5+4+3 = 36). 12 released detainees are a decoy.")

R(75, "ar", "idioms-lafaza-anfasahu", """
لفظ شاب أنفاسه الأخيرة، صباح اليوم، في مشفى مدينة الرقة، متأثراً بإصابته بطلق ناري خلال مشاجرة بين مجموعتين من "الشبيبة الثورية" و"قوى الأمن الداخلي" في حي الرميلة، مساء أمس.

وذكرت مصادر محلية أن المشاجرة أسفرت أيضاً عن إصابة خمسة أشخاص آخرين، بينهم عنصران من قوى الأمن الداخلي.

وكان رجل ستيني قد قضى نحبه الشهر الماضي بشجار مماثل في حي المشلب.
""", [
    K(1, "civilians", ev="لفظ شاب أنفاسه الأخيرة"),
    W(5, "all", ev="إصابة خمسة أشخاص آخرين"),
    W(2, "sdf", "tally_part", ev="بينهم عنصران من قوى الأمن الداخلي"),
    K(1, "civilians", "back_reference", ev="رجل ستيني قد قضى نحبه"),
], pub="2024-01-29", publisher="مصادر محلية (مجمّع)",
   notes="C11 idioms: 'لفظ أنفاسه الأخيرة', 'قضى نحبه'. 'ستيني' is an age word. 'مجموعتين' dual of groups.")

R(76, "ar", "dates-clock-times-dense-decoys", """
دير الزور – خاص
في تمام الساعة 23:30 من ليل السبت 15 تموز 2023، استهدف مسلحون مجهولون منزل عضو في مجلس بلدة الطيانة يبلغ من العمر 52 عاماً، بثلاث قنابل يدوية، ما أدى إلى مقتل زوجته وإصابته بجروح متوسطة.

وتقع البلدة على بعد 45 كم شرق مدينة دير الزور، وتضم نحو 30 ألف نسمة، وكانت شهدت منذ مطلع العام 7 عمليات استهداف لأعضاء في المجالس المحلية.
""", [
    K(1, "women", ev="مقتل زوجته"),
    W(1, "civilians", ev="وإصابته بجروح متوسطة"),
    M("operations", 7, role="tally_total", period="since start of the year", ev="7 عمليات استهداف"),
], decoys=[(23, "clock time"), (30, "clock time"), (15, "date"), (2023, "year"), (52, "age"), (3, "count of something else"), (45, "distance"), (30000, "count of something else")],
   pub="2023-07-16", publisher="موقع محلي",
   notes="Implicit one ('زوجته', 'إصابته'); every digit in the text is a decoy except the 7 operations.")
