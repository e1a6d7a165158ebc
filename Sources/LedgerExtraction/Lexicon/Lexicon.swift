import LedgerCore

/// Grammatical number of a victim noun as written.
enum NounNumber: Sendable { case singular, dual, plural }

/// A word that names people who can be victims.
struct VictimNoun: Sendable {
    var category: VictimCategory
    var number: NounNumber
}

/// What a trigger word says happened.
///
/// A plain value (no references), because every token carries an optional one and tokens are copied often.
struct Trigger: Sendable {
    var measure: Measure
    /// Which of `Triggers.needsSets` this trigger needs (0: none).
    var needsIndex: UInt8 = 0
    /// Also a noun that can head a number (`148 قتيلاً`, `9 dead`).
    var head: Bool = false

    /// Needs a following word to count (`لقي` + `مصرعه`, `فقد` + `حياته`).
    var needs: KeySet { Triggers.needsSets[Int(needsIndex)] }
    var hasNeeds: Bool { needsIndex != 0 }
}

/// Word lists. Every key is folded with `Fold.key`.
enum Lexicon {
    static func keys(_ words: [String]) -> KeySet { KeySet(words.map { Fold.key($0) }) }

    /// English words that obfuscation breaks with `-` (`att-ack`).
    static let englishObfuscatable: KeySet = keys([
        "killed", "kill", "attack", "attacks", "gunmen", "gunman", "assassinate", "assassinated", "assassination",
        "isis", "daesh", "militants", "wounded", "injured", "explosion", "bombing", "terrorist", "terrorists",
        "killing", "executed", "beheaded", "kidnapped", "abducted", "ambush", "cells", "organization", "organisation",
    ])

    // MARK: Victim nouns

    static let victimNouns: KeyMap<VictimNoun> = {
        var d: [Key: VictimNoun] = [:]
        /// singular, broken plurals, sound plural?, category
        func add(_ sg: String, _ plurals: [String], sound: Bool, _ cat: VictimCategory, dual: Bool = true) {
            let k = Fold.key(sg)
            d[k] = VictimNoun(category: cat, number: .singular)
            d[k + "ا"] = VictimNoun(category: cat, number: .singular)  // accusative "عنصراً"
            for p in plurals { d[Fold.key(p)] = VictimNoun(category: cat, number: .plural) }
            if sound {
                d[k + "ين"] = VictimNoun(category: cat, number: .plural)
                d[k + "ون"] = VictimNoun(category: cat, number: .plural)
                d[k + "ي"] = d[k + "ي"] ?? VictimNoun(category: cat, number: .plural)  // construct: "مقاتلي الفصائل"
            }
            if dual {
                let base = k.hasSuffix("ه") ? Key(String(k.string.dropLast())) + "ت" : k
                d[base + "ان"] = VictimNoun(category: cat, number: .dual)
                if !sound { d[base + "ين"] = VictimNoun(category: cat, number: .dual) }
            }
        }
        add("مدني", ["أهالي", "مدنيات"], sound: true, .civilians)
        add("شخص", ["أشخاص"], sound: false, .all)
        add("مواطن", [], sound: true, .all)
        // People by nationality («استشهد ثلاثة فلسطينيين», «قُتل 13 يمنياً»), as "Syrians" in English («سوري» is left out: with
        // the accusative «ا» it is «سوريا», the country).
        for n in ["فلسطيني", "يمني", "عراقي", "لبناني", "سوداني"] { add(n, [], sound: true, .all) }
        for w in ["سوريين", "سوريون"] { d[Fold.key(w)] = VictimNoun(category: .all, number: .plural) }
        add("رجل", ["رجال"], sound: false, .all)
        add("شاب", ["شبان", "شباب"], sound: false, .civilians)
        add("فرد", ["أفراد"], sound: false, .all)
        add("عامل", ["عمال"], sound: true, .civilians)
        add("ضحية", ["ضحايا"], sound: false, .all)
        add("شقيق", ["أشقاء"], sound: false, .all)
        add("سائق", [], sound: true, .civilians)
        add("راكب", ["ركاب"], sound: false, .civilians)
        add("مسافر", [], sound: true, .civilians)
        add("مسعف", [], sound: true, .civilians)
        add("متطوع", [], sound: true, .civilians)
        add("مختار", ["مخاتير"], sound: false, .civilians)
        add("معلم", [], sound: true, .civilians)
        add("مدرس", [], sound: true, .civilians)
        add("طالب", ["طلاب"], sound: false, .civilians)
        add("مزارع", [], sound: true, .civilians)
        add("تاجر", ["تجار"], sound: false, .civilians)
        add("راعي", ["رعاة", "رعاه"], sound: false, .civilians)
        add("سيدة", ["سيدات"], sound: false, .women)
        add("امرأة", ["نساء", "النساء"], sound: false, .women)
        add("مواطنة", ["مواطنات"], sound: false, .women)
        add("طفل", ["أطفال"], sound: false, .children)
        // «وثلاثة من أطفالها» (three of her children): the plural with a possessive suffix, as "three of her children".
        for w in ["أطفاله", "أطفالها", "أطفالهم", "أطفالهما"] { d[Fold.key(w)] = VictimNoun(category: .children, number: .plural) }
        add("طفلة", ["طفلات"], sound: false, .children)
        add("فتى", ["فتية"], sound: false, .children, dual: false)
        add("فتاة", ["فتيات"], sound: false, .children, dual: false)
        add("قاصر", ["قصر"], sound: true, .children)
        add("رضيع", ["رضع"], sound: false, .children)
        add("عنصر", ["عناصر"], sound: false, .all)
        add("مقاتل", [], sound: true, .all)
        add("قيادي", [], sound: true, .all)
        add("قائد", ["قادة"], sound: false, .all)
        add("جندي", ["جنود"], sound: false, .regime)
        add("ضابط", ["ضباط"], sound: false, .all)
        add("مسلح", [], sound: true, .all)
        add("حارس", ["حراس"], sound: false, .guards)
        add("متعاون", [], sound: true, .other)
        add("ساحر", ["سحرة"], sound: false, .other)
        add("عسكري", [], sound: true, .military)
        add("مجند", [], sound: true, .regime)
        add("شرطي", [], sound: true, .government)
        add("إمام", ["أئمة"], sound: false, .civilians)
        add("موظف", [], sound: true, .civilians)
        add("جاسوس", ["جواسيس"], sound: false, .other)
        add("عميل", ["عملاء"], sound: false, .other)
        add("صياد", [], sound: true, .civilians)
        add("ممرض", [], sound: true, .civilians)
        add("زبون", ["زبائن"], sound: false, .civilians)
        add("مدير", ["مدراء"], sound: false, .civilians)
        add("طبيب", ["أطباء"], sound: false, .civilians)
        add("صحفي", [], sound: true, .civilians)
        // «لقي المصور الصحفي … مصرعه»: the photographer, the correspondent, the media worker.
        add("مصور", [], sound: true, .civilians)
        add("مراسل", [], sound: true, .civilians)
        add("إعلامي", [], sound: true, .civilians)
        add("ناشط", [], sound: true, .civilians)
        add("مهندس", [], sound: true, .civilians)
        add("مسن", [], sound: true, .civilians)
        add("مسنة", [], sound: false, .women)
        add("عجوز", [], sound: false, .civilians)
        add("وجيه", ["وجهاء"], sound: false, .civilians)
        add("منشق", [], sound: true, .other)
        add("مسؤول", [], sound: true, .all)
        add("مستشار", [], sound: true, .all)
        add("سائق", [], sound: true, .all)
        // "قُتل المدعو سامر الحريري": "the one called", a person named after it.
        add("مدعو", [], sound: false, .all, dual: false)
        add("مدعوة", [], sound: false, .women, dual: false)
        add("آخر", [], sound: true, .all, dual: false)
        d[Fold.key("آخرين")] = VictimNoun(category: .all, number: .plural)
        d[Fold.key("آخرون")] = VictimNoun(category: .all, number: .plural)
        d[Fold.key("آخران")] = VictimNoun(category: .all, number: .dual)
        d[Fold.key("أخريان")] = VictimNoun(category: .all, number: .dual)
        d[Fold.key("فردا")] = VictimNoun(category: .all, number: .dual)
        // «مقتل أحدهما وإصابة الآخر»: one of the two (or of them).
        for w in ["أحدهما", "أحدهم", "إحداهما", "احداهما", "احدهما", "احدهم"] { d[Fold.key(w)] = VictimNoun(category: .all, number: .singular) }
        d[Fold.key("فردي")] = VictimNoun(category: .all, number: .dual)
        d[Fold.key("اثنين")] = nil
        // «مقاتلي حركة طالبان»: the Taliban, not two students («طالبان», the dual of «طالب»).
        d[Fold.key("طالبان")] = nil
        // «9 متشددين», «15 إرهابياً», «عناصر تكفيريين»: armed men named by their creed, in the plural and the counted form
        // (not the singular, an adjective of attacks: «هجوم إرهابي»).
        for w in ["متشددين", "متشددون", "إرهابيين", "إرهابيون", "تكفيريين", "تكفيريون"] { d[Fold.key(w)] = VictimNoun(category: .all, number: .plural) }
        // English
        func en(_ words: [String], _ cat: VictimCategory, _ num: NounNumber) {
            for w in words { d[Key(w)] = VictimNoun(category: cat, number: num) }
        }
        en(["people", "persons", "individuals", "others", "residents", "men", "members", "youths", "relatives", "brothers",
            "victims", "commanders", "leaders", "officers", "personnel", "gunmen", "militants", "fighters", "ones", "nationals", "elements", "attackers", "loyalists"], .all, .plural)
        en(["person", "individual", "man", "member", "youth", "brother", "victim", "commander", "leader", "officer",
            "gunman", "militant", "fighter", "resident", "other", "relative", "mukhtar", "elder", "loyalist", "chief"], .all, .singular)
        en(["civilians", "villagers", "farmers", "workers", "shepherds", "herders", "teachers", "students", "drivers", "pickers", "hunters", "traders"], .civilians, .plural)
        en(["civilian", "villager", "farmer", "worker", "shepherd", "herder", "teacher", "student", "driver", "trader", "doctor", "imam",
            "passer", "passerby", "bystander", "pedestrian", "shopkeeper", "nurse", "journalist", "activist", "paramedic", "engineer",
            "employee", "merchant", "herdsman", "fisherman", "cleric", "notable", "smuggler", "pharmacist", "lawyer", "pupil",
            "passenger", "volunteer", "rescuer", "sheikh", "director", "official", "mayor", "judge"], .civilians, .singular)
        en(["element"], .all, .singular)
        // Hawar/ANHA's party words for enemy fighters ("19 mercenaries", "11 gangs were killed"), and attackers by method.
        en(["mercenaries", "gangs", "bombers"], .all, .plural)
        en(["mercenary", "bomber", "comrade"], .all, .singular)
        en(["comrades"], .all, .plural)
        en(["clerk", "reporter", "cameraman", "photographer", "correspondent"], .civilians, .singular)
        en(["reporters", "cameramen", "photographers"], .civilians, .plural)
        en(["suspect"], .all, .singular)
        en(["clerks"], .civilians, .plural)
        // Trades and callings met in Nigerian, Somali and Burmese reports: "13 metal scavengers", "a monk and 16 others".
        en(["collectors", "scavengers", "loggers", "vendors", "miners", "labourers", "laborers", "woodcutters", "monks", "nuns", "priests"], .civilians, .plural)
        en(["collector", "scavenger", "logger", "vendor", "miner", "labourer", "laborer", "woodcutter", "monk", "nun", "priest", "abbot"], .civilians, .singular)
        en(["officials", "auxiliaries", "escorts"], .all, .plural)
        en(["auxiliary", "escort"], .all, .singular)
        // Armed men named by what they do (Nigerian, Sahel and Pakistani reports): "Three terrorists were killed".
        en(["terrorists", "insurgents", "bandits", "extremists", "robbers", "kidnappers", "rustlers", "vigilantes", "poachers"], .all, .plural)
        en(["robber", "kidnapper", "vigilante"], .all, .singular)
        // (Not their singulars: "a terrorist attack", "an insurgent group", "a bandit raid" name no one.)
        en(["constables", "cops"], .government, .plural)
        en(["natives", "locals", "hostages", "captives"], .civilians, .plural)
        en(["wives", "mothers", "widows"], .women, .plural)
        en(["constable", "cop"], .government, .singular)
        en(["citizen"], .civilians, .singular)
        en(["citizens"], .civilians, .plural)
        en(["neighbour", "neighbor"], .civilians, .singular)
        en(["neighbours", "neighbors"], .civilians, .plural)
        en(["defectors"], .other, .plural)
        en(["sheikhs"], .civilians, .plural)
        en(["defector"], .other, .singular)
        en(["son", "husband", "father", "brother", "uncle", "nephew", "cousin", "companion", "bodyguard", "grandson", "friend"], .all, .singular)
        en(["daughter", "sister", "niece", "granddaughter", "grandmother"], .women, .singular)
        en(["sons", "daughters", "husbands", "fathers", "sisters", "nephews", "cousins", "journalists", "activists", "paramedics", "nurses",
            "doctors", "engineers", "employees", "merchants", "bystanders", "pedestrians", "passersby", "spies", "collaborators",
            "passengers", "volunteers", "rescuers"], .all, .plural)
        en(["spy", "informant"], .other, .singular)
        en(["children", "kids", "boys", "girls", "minors", "infants", "teenagers", "schoolchildren", "schoolboys", "schoolgirls"], .children, .plural)
        en(["schoolboy", "schoolgirl"], .children, .singular)
        // Ranks named alone ("the killing of a lieutenant"); the side comes from what follows.
        en(["lieutenant", "captain", "colonel", "sergeant", "corporal", "brigadier"], .all, .singular)
        en(["lieutenants", "captains", "colonels", "sergeants"], .all, .plural)
        en(["christians", "alawites", "druze", "bedouins", "customers"], .civilians, .plural)
        en(["customer", "refugee"], .civilians, .singular)
        // Migrants at sea, patients in a hospital, worshippers in a mosque; "one adult" beside children.
        en(["migrant", "patient", "worshipper", "worshiper", "pilgrim"], .civilians, .singular)
        en(["migrants", "patients", "worshippers", "worshipers", "pilgrims", "fishermen"], .civilians, .plural)
        en(["adult"], .all, .singular)
        en(["adults"], .all, .plural)
        en(["refugees"], .civilians, .plural)
        // "Three Syrians, among them a child, were killed": people by nationality.
        en(["syrians", "iraqis", "palestinians", "afghans", "lebanese"], .all, .plural)
        // People named by nation, people or faith: "four Kurds and two Yazidis", "three Israelis", "11 Shiites".
        en(["kurds", "yazidis", "yezidis", "shiites", "shias", "sunnis", "turkmen", "assyrians", "israelis", "somalis", "yemenis",
            "libyans", "sudanese", "egyptians", "pakistanis", "nigerians", "iranians", "turks", "arabs", "rohingya", "hazaras", "pashtuns"], .all, .plural)
        en(["child", "boy", "girl", "minor", "infant", "baby", "teenager", "adolescent"], .children, .singular)
        en(["adolescents"], .children, .plural)
        // Yemen: "More than 40 Houthis were killed" (the figure was lost).
        en(["houthis", "huthis"], .all, .plural)
        en(["women"], .women, .plural)
        en(["woman", "mother", "wife"], .women, .singular)
        en(["soldiers", "troops", "conscripts"], .regime, .plural)
        en(["soldier", "conscript"], .regime, .singular)
        // Kashmir and Sahel reports: "three troopers", "two jawans were martyred", "an army man".
        en(["troopers", "paratroopers", "commandos", "jawans", "armymen"], .military, .plural)
        en(["trooper", "paratrooper", "commando", "jawan", "armyman"], .military, .singular)
        en(["combatants", "servicemen"], .military, .plural)
        en(["combatant", "serviceman"], .military, .singular)
        en(["guards"], .guards, .plural)
        en(["guard"], .guards, .singular)
        en(["policemen", "policeman"], .government, .plural)
        // "Twelve police were killed", "four Marines": a force named by its collective noun.
        en(["police", "gendarmes", "policewomen"], .government, .plural)
        en(["gendarme", "policewoman"], .government, .singular)
        en(["marines"], .military, .plural)
        en(["marine"], .military, .singular)
        en(["jihadists"], .is, .plural)
        en(["jihadist"], .is, .singular)
        en(["collaborator", "witch", "sorcerer"], .other, .singular)
        return KeyMap(d)
    }()

    /// Singular or dual person nouns with a possessive suffix (`وأصيب مرافقه`, `زوجته`, `طفليها`): value and category.
    static let suffixedKin: KeyMap<(Int, VictimCategory)> = {
        var d: [Key: (Int, VictimCategory)] = [:]
        for w in ["مرافقه", "مرافقها", "سائقه", "سائقها", "نجله", "نجلها", "ابنه", "ابنها", "شقيقه", "شقيقها", "أخيه", "أخوه", "أخاه",
                  "أخيها", "والده", "والدها", "حارسه", "حارسها", "صديقه", "زميله", "عمه", "خاله", "زوجها", "طفله", "طفلها", "حفيده"] { d[Fold.key(w)] = (1, .all) }
        for w in ["زوجته", "ابنته", "ابنتها", "شقيقته", "شقيقتها", "والدته", "والدتها", "طفلته", "طفلتها", "أخته", "أختها"] { d[Fold.key(w)] = (1, .women) }
        // Duals with a pronoun, in every case: "ابنيه" / "ابناه" (his two sons), "طفليها" / "طفلاها".
        for w in ["ابنيه", "ابنيها", "نجليه", "نجليها", "شقيقيه", "شقيقيها", "مرافقيه", "ابنتيه", "ابنتيها",
                  "ابناه", "ابناها", "نجلاه", "نجلاها", "شقيقاه", "شقيقاها", "مرافقاه", "ابنتاه", "ابنتاها"] { d[Fold.key(w)] = (2, .all) }
        for w in ["طفليه", "طفليها", "طفلتيه", "طفلتيها", "طفلاه", "طفلاها", "طفلتاه", "طفلتاها"] { d[Fold.key(w)] = (2, .children) }
        return KeyMap(d)
    }()

    /// Looks a word up as a victim noun, after removing attached particles.
    static func victimNoun(_ key: Key, stems: ArraySlice<Stems.Element>) -> (VictimNoun, definite: Bool, prefixed: Bool)? {
        for (i, st) in stems.enumerated() {
            if let v = victimNouns[st.stem] { return (v, st.definite, i > 0) }
        }
        return nil
    }

    // MARK: Categories (multi-word phrases)

    static let categoryPhrases: PhraseTable<VictimCategory> = {
        var t = PhraseTable<VictimCategory>()
        let sdf = ["قسد", "قوات سوريا الديمقراطية", "قوى الأمن الداخلي", "الأمن الداخلي", "الأسايش", "الأساييش", "الآسايش",
                   "مجلس دير الزور العسكري", "الدفاع الذاتي", "وحدات حماية الشعب", "الميليشيات الكردية", "المليشيات الكردية",
                   "مليشيا قسد", "ميليشيا قسد", "الانفصاليين", "وحدات حماية المرأة", "مجالس عسكرية",
                   "sdf", "syrian democratic forces", "asayish", "asayesh", "internal security forces", "ypg", "ypj",
                   "self-defence forces", "kurdish fighters", "kurdish police", "kurdish security forces", "kurdish police units", "kurdish-led", "kurdish militias", "deir ez-zor military council",
                   "deir ezzor military council", "pkk", "apostates"]
        let isw = ["التنظيم", "داعش", "تنظيم الدولة", "الدولة الإسلامية", "الخوارج", "تنظيم داعش", "is", "isis", "isil",
                   "daesh", "islamic state", "jihadists", "cell", "cells", "is cell", "is cells"]
        let regime = ["قوات النظام", "الجيش السوري", "القوات النظامية", "الجيش العربي السوري", "قوات الحكومة", "قوات الأسد",
                      "قوات الحكومة السورية", "المسلحين الموالين", "الدفاع الوطني", "لواء القدس", "الفيلق الخامس",
                      "المسلحين الموالين لها", "النظام", "فلول النظام", "الجيش النصيري", "النصيرية", "جيش النظام",
                      "regime", "regime forces", "government forces", "government troops", "syrian army", "pro-government",
                      "ndf", "national defence forces", "national defense forces", "liwa al-quds", "fifth corps", "pro-regime",
                      "army", "nusayri army", "assad forces", "syrian arab army", "saa"]
        let iran = ["الميليشيات الموالية لإيران", "المليشيات الموالية لإيران", "الموالية لإيران", "حزب الله", "الحرس الثوري",
                    "الميليشيات الإيرانية", "iran-backed", "iranian-backed", "hezbollah", "pro-iranian", "pro-iran", "iranian",
                    // «مستشاران إيرانيان»: the Arabic adjective in each number, as English "Iranian" is.
                    "إيراني", "إيرانيا", "إيرانيان", "إيرانيين", "إيرانيون"]
        let russian = ["الروس", "القوات الروسية", "الموالية لروسيا", "الموالين لروسيا", "القوات الموالية لروسيا", "russian", "russians", "wagner"]
        let coalition = ["التحالف الدولي", "قوات التحالف", "التحالف", "coalition", "us-led coalition", "american",
                         // "3 US soldiers": American troops are the coalition's, not the Syrian government's.
                         "us soldiers", "us soldier", "us troops", "us forces", "us marines", "us service members", "us servicemen",
                         "us military", "us personnel", "جنود أمريكيين", "جنديين أمريكيين", "جندي أمريكي", "جنود أميركيين", "جندي أميركي"]
        let opposition = ["الفصائل", "الفصائل المسلحة", "الفصائل الموالية لتركيا", "المعارضة", "الجيش الوطني", "هيئة تحرير الشام",
                          "rebels", "opposition", "factions", "turkish-backed", "hts"]
        let government = ["الأمن العام", "وزارة الدفاع", "وزارة الداخلية", "إدارة أمن الطرق", "general security", "interior ministry",
                          "defence ministry", "defense ministry", "security forces", "قوات الأمن",
                          // «4 من عناصر الشرطة المصرية»: the police, as "police" is in English.
                          "الشرطة", "رجال الشرطة", "عناصر الشرطة", "أفراد الشرطة"]
        // (The military police of northern Syria's factions is no government's: «الشرطة العسكرية» names no side.)
        for p in ["الشرطة العسكرية", "عناصر الشرطة العسكرية", "أفراد الشرطة العسكرية", "رجال الشرطة العسكرية"] { t.add(p, .all) }
        // "11 women and children", «نساء وأطفال»: together they are civilians, not the women alone.
        let civ = ["المدنيين", "مدنيين", "civilians", "civilian", "women and children", "نساء وأطفال", "النساء والأطفال", "من النساء والأطفال"]
        // The Taliban, an armed movement of its own (neither Syria's opposition nor its government).
        for p in ["طالبان", "حركة طالبان", "taliban", "the taliban",
                  // Somalia's al-Shabaab («الشباب» alone is young men).
                  "حركة الشباب", "مقاتلي الشباب", "مسلحي الشباب", "عناصر الشباب", "al-shabaab", "al shabaab", "shabaab"] { t.add(p, .other) }
        // A national army other than Syria's (Libya's «الجيش الوطني» is not the Syrian National Army), and "Egyptian soldiers".
        for country in ["الليبي", "التونسي", "الصومالي", "المصري", "العراقي", "اللبناني", "السوداني", "اليمني", "الأفغاني", "الباكستاني"] {
            t.add("الجيش \(country)", .military)
            t.add("الجيش الوطني \(country)", .military)
        }
        for nation in ["egyptian", "tunisian", "libyan", "sudanese", "somali", "kenyan", "nigerian", "malian", "chadian", "nigerien", "burkinabe",
                       "cameroonian", "ethiopian", "ugandan", "burundian", "congolese", "afghan", "pakistani", "indian", "iraqi", "israeli",
                       "turkish", "lebanese", "yemeni", "saudi", "jordanian", "ukrainian", "french", "british"] {
            for noun in ["soldiers", "soldier", "troops", "servicemen"] { t.add("\(nation) \(noun)", .military) }
        }
        let unid = ["مجهولي الهوية", "مجهول الهوية", "مجهولة الهوية", "unidentified"]
        // Soldiers of a named state other than Syria's are a military, not the Syrian regime («ستة جنود إسرائيليين»).
        let mil = ["العسكريين", "عسكريين", "combatants",
                   "جنود إسرائيليين", "جنديين إسرائيليين", "جندي إسرائيلي", "جنود عراقيين", "جندي عراقي", "جنود أتراك", "جندي تركي",
                   "جنود مصريين", "جندي مصري", "جنود صوماليين", "جندي صومالي", "جنود لبنانيين", "جندي لبناني"]
        for p in sdf { t.add(p, .sdf) }
        for p in isw { t.add(p, .is) }
        for p in regime { t.add(p, .regime) }
        for p in iran { t.add(p, .iranBacked) }
        for p in russian { t.add(p, .russian) }
        for p in coalition { t.add(p, .coalition) }
        for p in opposition { t.add(p, .opposition) }
        for p in government { t.add(p, .government) }
        for p in civ { t.add(p, .civilians) }
        for p in unid { t.add(p, .unidentified) }
        for p in mil { t.add(p, .military) }
        return t
    }()
}
