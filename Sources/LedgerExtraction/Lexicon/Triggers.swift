import LedgerCore

/// Words that say what happened to people, and the markers around figures.
enum Triggers {
    /// The words a trigger needs after it, by `Trigger.needsIndex`; index 0 is the empty set.
    static let needsSets: [KeySet] = tables.needs
    static let table: KeyMap<Trigger> = tables.triggers

    private static let tables: (triggers: KeyMap<Trigger>, needs: [KeySet]) = {
        var d: [Key: Trigger] = [:]
        var needsSets: [KeySet] = [[]]
        func add(_ ws: [String], _ m: Measure, needs: [String] = [], head: Bool = false) {
            var index: UInt8 = 0
            if !needs.isEmpty {
                index = UInt8(needsSets.count)
                needsSets.append(KeySet(needs.map { Fold.key($0) }))
            }
            for w in ws { d[Fold.key(w)] = Trigger(measure: m, needsIndex: index, head: head) }
        }
        add(["قتل", "قتلوا", "قتلت", "مقتل", "أعدمهم", "اعدمهم", "يقتل", "تقتل", "قتلهم", "قتله", "قتلها", "يقتلون", "قتلا", "اغتيل", "اغتيلوا", "اغتيلت", "اغتيال", "اغتال",
             "اغتالوا", "اغتيالهم", "تصفية", "استشهد", "استشهدت", "استشهدن", "استشهدوا", "استشهاد", "أعدم", "إعدام", "أعدموا", "أعدمت", "يعدم", "تعدم", "ذبح", "نحر", "هلاك", "هلك",
             "توفي", "توفيت", "توفيا", "توفوا", "يتوفى", "تتوفى", "وفاة", "مقتلهم", "مقتله", "مقتلها", "مقتلهما", "قضى", "قضوا", "فارق", "حصيلة", "جثة", "جثث", "جثمان", "جثامين", "جثمانه", "جثمانها", "جثامينهم", "رفات", "جثته", "جثتها", "جثثهم", "وفاته", "مصرع"], .killed)
        add(["قتيل", "قتيلا", "قتلى", "قتيلان", "قتيلين", "شهيد", "شهيدا", "شهداء", "شهيدان", "شهيدين"], .killed, head: true)
        add(["لقي", "لقوا", "لقيت", "لقيا", "لقين", "يلقى", "يلقون"], .killed,
            needs: ["مصرعه", "مصرعهم", "مصرعهما", "مصرعها", "مصرعهن", "حتفه", "حتفهم", "حتفها", "حتفهما", "حتفهن", "مصرع", "حتف"])
        // "راح ضحيته سبعة عمال", "ذهب ضحية القصف طفلان" (fell victim to).
        add(["راح", "ذهب", "سقط"], .killed, needs: ["ضحية", "ضحيته", "ضحيتها", "ضحيتهم", "ضحيتهما", "ضحايا"])
        add(["أردي", "أرديت", "أرداه", "أردته", "أردوه", "أردى", "اردي"], .killed, needs: ["قتيلا", "قتيل", "قتلى", "قتيلين", "قتيلة", "قتيلان"])
        add(["فقد", "فقدوا", "فقدت", "فقدا"], .killed, needs: ["حياته", "حياتهم", "حياتها", "حياتهما", "الحياة"])
        // "أودى بحياة 5 مدنيين" (claimed the lives of), "حصد أرواح".
        add(["أودى", "أودت", "يودي", "تودي", "اودى", "اودت"], .killed, needs: ["بحياة", "بحياته", "بحياتهم", "بحياتها", "بحياتهما", "بأرواح"])
        add(["حصد", "حصدت", "يحصد"], .killed, needs: ["أرواح", "ارواح", "حياة"])
        // "Regime forces lost 14 members", "خسرت قوات النظام 14 عنصراً": a force's losses are its dead.
        add(["lost", "lose", "loses", "losing"], .killed,
            needs: ["members", "fighters", "soldiers", "men", "troops", "personnel", "officers", "militiamen", "elements", "servicemen", "recruits"])
        add(["خسر", "خسرت", "خسروا"], .killed,
            needs: ["عنصرا", "عناصر", "عناصرها", "عناصره", "مقاتلا", "مقاتلين", "مقاتليها", "مقاتليه", "جنديا", "جنود", "جنودها", "عسكريا", "عسكريين"])
        // "the death of 23 members": the singular noun is a death only with "of" right after it (checked by the scanner).
        add(["death"], .killed, needs: ["of"])
        // "led to the martyrdom of seven civilians", "the injury of a third" (likewise only with "of" right after).
        add(["martyrdom"], .killed, needs: ["of"])
        add(["injury"], .wounded, needs: ["of"])
        // "five comrades rose as martyrs"; "treated three others for wounds", "inflicting wounds … on four civilians",
        // "about 30 people remained in hospital".
        add(["rose"], .killed, needs: ["martyrs", "martyr"])
        // "Two soldiers embraced martyrdom" (Pakistani English).
        add(["embraced", "embrace", "embracing"], .killed, needs: ["martyrdom", "shahadat"])
        // "gunmen shot a nurse to death", "stabbed him to death".
        add(["shot", "stabbed", "beaten", "burned", "burnt", "hacked", "tortured"], .killed, needs: ["death"])
        add(["treated"], .wounded, needs: ["wounds", "wound", "injuries", "burns"])
        // "another suffered a gunshot wound", "two sustained serious injuries": what befell the person is a wound.
        add(["suffered", "sustained"], .wounded, needs: ["wounds", "wound", "injuries", "injury", "burns"])
        add(["inflicting", "inflicted"], .wounded, needs: ["wounds", "injuries"])
        add(["remained"], .wounded, needs: ["hospital", "hospitals", "hospitalised", "hospitalized"])
        // "انتحر عنصر" (suicide), "ارتقاء 4 متطوعين" (martyrdom), "مفارقة 6 أطفال للحياة" (parting with life).
        add(["انتحر", "انتحرت", "انتحروا", "انتحار", "ارتقاء", "ارتقى", "ارتقت", "ارتقوا"], .killed)
        // "سقوط 48210 أشخاص" (the fall of N people): a death count before a person noun; "سقوط قذائف" has no figure.
        add(["سقوط"], .killed)
        // "لفظ أنفاسه الأخيرة" (breathed his last); "fell as martyrs".
        add(["لفظ", "لفظت", "لفظوا", "يلفظ"], .killed, needs: ["أنفاسه", "أنفاسها", "أنفاسهم", "أنفاسهما"])
        add(["fell", "fallen"], .killed, needs: ["martyrs", "martyr"])
        add(["مفارقة", "مفارقته", "مفارقتهم"], .killed, needs: ["للحياة", "الحياة", "للحياه", "الحياه"])
        add(["أصيب", "أصيبوا", "أصيبت", "إصابة", "إصابات", "يصيب", "تصيب", "أصاب", "أصابت", "أصابوا", "أصابا", "جرح", "جرحوا", "إصابته", "إصابتهم", "إصابتها", "إصابتهما"], .wounded)
        add(["جريح", "جريحا", "جرحى", "جريحان", "جريحين", "مصاب", "مصابا", "مصابين", "مصابون", "مصابان"], .wounded, head: true)
        add(["فقدان"], .missing)
        // «ما يزيد على 8 آلاف مفقود», «فضلاً عن 20 مفقوداً»: the noun of the missing is a figure's own, as «جريحاً» is.
        add(["مفقود", "مفقودا", "مفقودين", "مفقودون"], .missing, head: true)
        add(["اختطاف", "اختطف", "اختطفوا", "اختطفت", "خطف", "خطفوا", "مختطف", "مختطفين", "أسر", "أسروا", "اختطافه", "اختطافهم"], .captured)
        add(["اعتقال", "اعتقل", "اعتقلت", "اعتقلوا", "القبض", "توقيف", "احتجاز", "اعتقالات"], .arrested)
        add(["نزوح", "نزح", "نزحوا", "تهجير", "نازح", "نازحين", "فر", "فروا", "فرار", "هرب", "هربوا"], .displaced)
        // English
        func en(_ ws: [String], _ m: Measure, head: Bool = false) { for w in ws { d[Key(w)] = Trigger(measure: m, head: head) } }
        en(["killed", "kill", "kills", "killing", "died", "die", "dies", "martyred", "executed", "slaughtered", "beheaded",
            "assassinated", "assassination", "perished", "eliminated", "succumbed", "murdered", "toll", "massacred", "lynched", "fatally",
            // "police gunned down five robbers". (Not "neutralised", «تحييد»: killed, wounded or captured, the codebook's weaker claim.)
            "gunned"], .killed)
        en(["dead", "deaths", "fatalities", "martyrs", "bodies", "lives", "corpses"], .killed, head: true)
        en(["body", "remains"], .killed)
        en(["life"], .killed)
        en(["wounded", "injured", "wounding", "injuring", "hurt", "injuries", "hospitalised", "hospitalized", "injures", "injure",
            "maimed", "maiming", "maim"], .wounded)
        en(["casualties"], .killedOrWounded, head: true)
        en(["missing", "unaccounted"], .missing)
        en(["kidnapped", "abducted", "captured", "kidnapping", "abduction", "abducting", "kidnap", "captive", "hostage"], .captured)
        en(["arrested", "detained", "arrests", "arresting", "detaining", "arrest", "detention"], .arrested)
        en(["displaced", "fled"], .displaced)
        return (KeyMap(d), needsSets)
    }()

    /// The trigger a word is, after removing attached particles (`ومقتل`, `بمقتل`, `وأصيب`).
    static func trigger(_ key: Key, stems: ArraySlice<Stems.Element>) -> Trigger? {
        if let t = table[key] { return t }
        for st in stems.dropFirst() where !st.definite || st.stem == "حصيله" {
            if let t = table[st.stem] { return t }
        }
        return fallback[key]
    }

    /// Words that are triggers only as a whole (matched as written).
    static let fallback: KeyMap<Trigger> = KeyMap([
        "القتلي": Trigger(measure: .killed, head: false), "والقتلي": Trigger(measure: .killed, head: false),
        "الحصيله": Trigger(measure: .killed, head: false), "وفاه": Trigger(measure: .killed, head: false),
        "الجرحي": Trigger(measure: .wounded, head: false), "والجرحي": Trigger(measure: .wounded, head: false),
        // «لا يزال 17 شخصاً في عداد المفقودين», «عدد المفقودين»: the missing, with the article.
        "المفقودين": Trigger(measure: .missing, head: false), "والمفقودين": Trigger(measure: .missing, head: false),
        "المفقودون": Trigger(measure: .missing, head: false),
        // «ارتفع عدد الشهداء إلى 66», «ومن بين الشهداء»: the martyrs with the article, like «القتلى».
        "الشهداء": Trigger(measure: .killed, head: false), "والشهداء": Trigger(measure: .killed, head: false),
        "المصابين": Trigger(measure: .wounded, head: false), "والمصابين": Trigger(measure: .wounded, head: false),
        "المصابون": Trigger(measure: .wounded, head: false),
        // «والمتوفين 7», «عدد المتوفين»: the deceased, with the article.
        "المتوفين": Trigger(measure: .killed, head: false), "والمتوفين": Trigger(measure: .killed, head: false),
        "المتوفون": Trigger(measure: .killed, head: false),
    ])

    /// Dual nouns of a measure that are a figure of two on their own: "قتيلان و5 جرحى", "انتشال جثتين".
    static let dualMeasureNouns: KeyMap<Measure> = KeyMap(Dictionary(uniqueKeysWithValues: [
        ("قتيلان", Measure.killed), ("قتيلين", .killed), ("شهيدان", .killed), ("شهيدين", .killed), ("جثتان", .killed), ("جثتين", .killed), ("جثتي", .killed),
        ("جثماني", .killed), ("جثمانين", .killed), ("جريحان", .wounded), ("جريحين", .wounded), ("مصابان", .wounded),
        // «نتج عنها وفاتان وعدة إصابات», «إصابتان متوسطتان»: the duals of the count nouns.
        ("وفاتان", .killed), ("وفاتين", .killed), ("إصابتان", .wounded), ("إصابتين", .wounded),
    ].map { (Fold.key($0.0), $0.1) }))

    static let operationNouns: KeySet = Lexicon.keys([
        "عملية", "عمليات", "هجوم", "هجمات", "هجمة", "هجوما", "تفجير", "تفجيرات", "كمين", "كمائن", "استهداف", "استهدافات", "استهدافا", "غارة", "غارات", "ضربة", "ضربات",
        "عمليه", "عملية اغتيال", "operations", "operation", "attacks", "attack", "ambushes", "bombings", "explosions", "raids", "assaults",
        "incidents", "assassinations", "اغتيالات", "murders", "crimes",
    ])

    /// Nouns after a number that make it something other than a count of people.
    static let notPeople: KeySet = Lexicon.keys([
        // «لتصبح حصيلة المجازر 11 مجزرة», «4 مجازر ارتكبتها»: massacres counted, not people.
        "مجزرة", "مجازر", "massacres",
        // time
        "ساعة", "ساعات", "يوم", "يوما", "أيام", "أسبوع", "أسابيع", "أسبوعا", "شهر", "شهرا", "أشهر", "شهور", "عام", "عاما", "أعوام",
        "سنة", "سنوات", "سنين", "دقيقة", "دقائق", "ثانية", "ليلة", "ليال", "الشهر", "العام", "عاماً",
        "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year", "minutes", "minute", "seconds", "nights",
        "decades", "decade", "am", "pm", "gmt", "utc", "hrs", "percent", "per",
        // distance and size
        "كم", "كلم", "كيلومتر", "كيلومترا", "كيلومترات", "متر", "مترا", "أمتار", "ميل", "هكتار", "دونم", "km", "kilometres", "kilometers",
        "kilometre", "kilometer", "metres", "meters", "miles", "mile", "m", "feet", "hectares", "sq",
        // things
        "غارة", "غارات", "غارتين", "سيارة", "سيارات", "آلية", "آليات", "مسيرة", "مسيرات", "طائرة", "طائرات", "صاروخ", "صواريخ",
        "قذيفة", "قذائف", "رأس", "رأسا", "رؤوس", "منزل", "منازل", "قرية", "قرى", "حاجز", "حواجز", "نقطة", "نقاط", "دولار", "دولارا",
        "ليرة", "مليار", "بالمئة", "بالمائة", "مرة", "مرات", "دبابة", "عبوة", "عبوات", "لغم", "ألغام", "طن", "برميل", "رصاصة", "طلقة",
        "بندقية", "محافظات", "محافظة", "بلدة", "بلدات", "مدن", "مدينة", "موقع", "مواقع", "مقر", "مقرات", "مركز", "مراكز", "كيلو",
        "airstrikes", "airstrike", "strikes", "raid", "vehicles", "vehicle", "cars", "car", "drones", "drone", "rockets", "rocket",
        "shells", "shell", "missiles", "missile", "sheep", "heads", "head", "houses", "homes", "villages", "checkpoints", "posts", "outposts", "bases", "headquarters", "times",
        "dollars", "tons", "tonnes", "barrels", "bullets", "rounds", "provinces", "towns", "sites", "positions", "tanks", "mines",
        "k", "views", "percentage", "sides", "side", "events", "event", "fronts", "parties", "points", "views", "reads", "shares", "comments", "قراءة", "مشاهدة", "تعليق",
        // "40 paramedics dead and 12 ambulances destroyed": things destroyed, not people.
        "ambulances", "ambulance", "trucks", "buses", "buildings", "schools", "hospitals", "mosques", "shops", "سيارات", "سيارة", "آليات", "مبان", "مبنى",
        "مدارس", "مستشفيات", "مساجد", "محلات", "سيارات إسعاف",
    ])

    static let monthWords: KeySet = Lexicon.keys([
        "كانون", "تشرين", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "يناير", "فبراير", "مارس", "أبريل",
        "إبريل", "ابريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس", "اغسطس", "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر",
        "جانفي", "فيفري", "أفريل", "ماي", "جوان", "جويلية", "أوت", "الجاري", "الماضي", "الفائت",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ])

    /// Words before a number that make it a name or a label, not a count.
    static let unitBefore: KeySet = Lexicon.keys([
        "الفرقة", "الفرقه", "اللواء", "الفيلق", "الفوج", "الكتيبة", "طريق", "رقم", "مطار", "القطاع", "المحطة", "الساعة", "العام", "عام",
        "division", "brigade", "corps", "regiment", "battalion", "route", "highway", "road", "no", "number", "article", "resolution",
        "aged", "age", "العمر", "عمر", "year", "at", "since", "in", "of", "until", "by", "من", "منذ", "الطابق", "page", "section",
        "covid", "مادة", "المادة", "القرار", "سنة", "ساعة", "الساعه", "flight",
    ])
    static let unitBeforeStrict: KeySet = Lexicon.keys([
        "الفرقة", "اللواء", "الفيلق", "الفوج", "الكتيبة", "طريق", "رقم", "مطار", "المحطة", "الساعة", "division", "brigade",
        "corps", "regiment", "battalion", "route", "highway", "road", "no", "number", "aged", "age", "العمر", "عمر", "الطابق",
        "page", "مادة", "المادة", "القرار", "flight", "resolution", "article", "الساعه",
        // «نقطة تابعة للواء 58»: the unit's name with a preposition joined to it.
        "للواء", "باللواء", "للفرقة", "بالفرقة", "للفوج", "للكتيبة", "بالكتيبة", "للفيلق",
    ])

    static let qualifiersBefore: PhraseTable<Qualifier> = {
        var t = PhraseTable<Qualifier>()
        for p in ["ما لا يقل عن", "لا يقل عن", "ما لا يقل على", "ما لايقل عن", "لايقل عن", "ما لا تقل عن", "لا تقل عن", "ما لاتقل عن", "مالا يقل عن", "مالا تقل عن", "at least", "no fewer than", "no less than", "a minimum of", "at the least"] { t.add(p, .atLeast) }
        for p in ["أكثر من", "ما يزيد على", "ما يزيد عن", "يزيد عن", "يزيد على", "أزيد من", "اكثر من", "more than", "over", "upwards of",
                  "in excess of", "above"] { t.add(p, .moreThan) }
        for p in ["نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما يقارب", "يقارب", "ما يقرب من", "about", "around", "some", "roughly",
                  "approximately", "an estimated", "estimated", "nearly", "almost", "close to", "approx"] { t.add(p, .about) }
        for p in ["ما يصل إلى", "يصل إلى", "أقل من", "up to", "as many as", "fewer than", "less than"] { t.add(p, .upTo) }
        return t
    }()

    static let partitionMarkers: KeySet = Lexicon.keys(["هم", "وهم", "وهن", "هن", "كالتالي", "كالآتي", "توزعوا", "موزعين", "وتوزعوا", "follows", "وجاءت", "وتوزعت"])
    static let subsetMarkers: KeySet = Lexicon.keys(["بينهم", "بينهن", "بينها", "بينهما", "منهما", "منهم", "منهن", "ضمنهم", "فيهم", "including", "among", "of whom", "incl",
                                                       // «من عائلة واحدة مؤلفة من أم وأب وأربعة أطفال»: who the family was.
                                                       "مكونة", "المكونة", "مؤلفة", "consisting"])
    /// «أحدهم», «إحداهما»: one of them (or of the two), picked out of the figure before.
    static let oneOfThem: KeySet = Lexicon.keys(["أحدهم", "أحدهما", "إحداهما", "إحداهن", "احداهما", "احدهما", "احدهم", "احداهن"])
    static let additionMarkers: KeySet = Lexicon.keys(["بالإضافة", "إضافة", "فضلا", "علاوة", "addition", "plus", "besides", "بالاضافه"])

    /// Words that stop the category scan after a figure (perpetrators, causes, clauses).
    static let categoryStops: KeySet = Lexicon.keys([
        "برصاص", "بنيران", "بهجوم", "بهجمات", "جراء", "إثر", "اثر", "غالبيتهم", "معظمهم", "أغلبهم", "اغلبهم", "يد", "قبل", "خلال", "بعد", "عقب", "أثناء", "بقصف", "باستهداف",
        "بانفجار", "بتفجير", "قضوا", "قضى", "حيث", "الذين", "الذي", "التي", "عن", "على", "إلى", "بين",
        "by", "in", "during", "after", "when", "while", "at", "from", "near", "with", "who", "which", "that", "since", "on", "for",
        "killed", "wounded", "injured", "dead", "died", "were", "was", "have", "had", "has", "are",
    ])

    static let negators: KeySet = Lexicon.keys(["نجا", "نجاة", "ينجو", "نجوا", "محاولة", "دون", "بدون", "لم", "عدم", "survived", "escaped", "attempt",
                                                     "attempted", "unharmed", "without", "failed", "no", "foiled", "thwarted", "averted", "not", "wasn't", "weren't",
                                                     // «بذكرى وفاة الإمام», "the anniversary of the killing": a death remembered, not reported.
                                                     "ذكرى", "الذكرى", "بذكرى", "لذكرى", "anniversary"])
}
