/// One organisation under its Arabic and English names (and the short forms reports use) is one source.
///
/// `canonical` gives the organisation's English name for any of its names; `isOrganisation` says
/// whether a claim's `attributed_to` names an organisation whose figure a publisher relays (a wire
/// story quoting the Observatory relays the Observatory's figure) rather than an unnamed party
/// ("local sources", "a security source"), whose figure stays the publisher's own.
public enum SourceAliases {
    static let table: [(canonical: String, names: [String])] = [
        ("Syrian Observatory for Human Rights", ["المرصد السوري لحقوق الإنسان", "المرصد السوري", "SOHR", "Syrian Observatory", "the Syrian Observatory for Human Rights"]),
        ("North Press Agency", ["نورث برس", "وكالة نورث برس", "North Press", "NPA"]),
        ("SANA", ["سانا", "وكالة سانا", "الوكالة العربية السورية للأنباء", "Syrian Arab News Agency"]),
        ("Amaq", ["أعماق", "وكالة أعماق", "Amaq News Agency", "Amaq News Agency (via monitors)", "Amaq (IS outlet)"]),
        ("Hawar News Agency", ["وكالة هاوار", "هاوار", "ANHA", "Hawar News Agency (ANHA)"]),
        ("Syrian Network for Human Rights", ["الشبكة السورية لحقوق الإنسان", "SNHR"]),
        ("SDF", ["قوات سوريا الديمقراطية", "قسد", "المركز الإعلامي لقوات سوريا الديمقراطية", "Syrian Democratic Forces", "SDF Media Center"]),
        ("Agence France-Presse", ["AFP", "فرانس برس", "وكالة فرانس برس", "وكالة الصحافة الفرنسية"]),
        ("Reuters", ["رويترز", "وكالة رويترز"]),
        ("Associated Press", ["AP", "أسوشيتد برس"]),
        ("Enab Baladi", ["عنب بلدي"]),
        ("Syria TV", ["تلفزيون سوريا", "Syria TV"]),
        ("Ahrar Horan Gathering", ["تجمع أحرار حوران", "أحرار حوران", "Horan Free League"]),
        ("Zaman al-Wasl", ["زمان الوصل", "Zaman al-Wasl"]),
        ("Asharq Al-Awsat", ["الشرق الأوسط", "Asharq Al-Awsat"]),
        ("Euphrates Post", ["فرات بوست"]),
        ("Ayn al-Furat", ["عين الفرات"]),
        ("Deir ez-Zor 24", ["دير الزور 24", "ديرالزور 24"]),
        ("Interior Ministry", ["وزارة الداخلية", "Ministry of Interior", "Ministry of the Interior", "Syrian Ministry of Interior"]),
        ("Defence Ministry", ["وزارة الدفاع", "Defense Ministry", "Ministry of Defence", "Ministry of Defense"]),
        ("Health Ministry", ["وزارة الصحة", "Ministry of Health"]),
        ("Syrian Civil Defence", ["الدفاع المدني السوري", "الدفاع المدني", "الخوذ البيضاء", "White Helmets", "Syrian Civil Defense",
                                  "civil defence", "civil defense", "Syria Civil Defence"]),
        ("Kurdish Red Crescent", ["الهلال الأحمر الكردي", "Heyva Sor a Kurd"]),
        ("Syrian Arab Red Crescent", ["الهلال الأحمر العربي السوري", "الهلال الأحمر السوري", "SARC", "Syrian Red Crescent"]),
    ]

    static let index: [String: String] = {
        var d: [String: String] = [:]
        for (canonical, names) in table {
            for n in names + [canonical] { d[fold(n)] = canonical }
        }
        return d
    }()

    /// Parties whose figures are not an organisation's own (the publisher stands behind them).
    static let unnamed: Set<String> = ["local sources", "military source", "security source", "state media", "reporter"]

    /// The organisation's canonical name, or the name itself (trimmed) when it is not in the table.
    public static func canonical(_ name: String) -> String {
        index[fold(name)] ?? name.trimmingWhitespace()
    }

    /// Whether `attributed_to` names an organisation in the table.
    public static func isOrganisation(_ name: String) -> Bool {
        index[fold(name)] != nil
    }

    /// Lower case, no diacritics or tatweel, one space, no leading "the".
    static func fold(_ s: String) -> String {
        var out = ""
        for u in s.lowercased().unicodeScalars where !(0x064B...0x065F).contains(u.value) && u.value != 0x0640 {
            out.unicodeScalars.append(u)
        }
        var words = out.split(whereSeparator: \.isWhitespace)
        if words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
