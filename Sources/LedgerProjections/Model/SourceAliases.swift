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

    static let theSpace: [Unicode.Scalar] = ["t", "h", "e", " "]

    /// Lower case, no diacritics or tatweel, one space, no leading "the".
    ///
    /// One pass over the scalars (every claim's source key folds its publisher's name: the projector
    /// called this more than any other string function). Words split where `Character.isWhitespace`
    /// does: a mark after a space (not after a line break) is part of that space's character.
    static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var (space, inSpace) = (false, false)
        for u in s.unicodeScalars {
            let v = u.value
            if (0x064B...0x065F).contains(v) || v == 0x0640 { continue }
            if v == 0x20 || (0x09...0x0D).contains(v) || (v >= 0x80 && u.properties.isWhitespace) {
                space = !out.isEmpty
                inSpace = !((0x09...0x0D).contains(v) || v == 0x85 || v == 0x2028 || v == 0x2029)
                continue
            }
            if inSpace, v >= 0x300, u.properties.isGraphemeExtend || v == 0x200D || u.properties.generalCategory == .spacingMark { continue }
            if space { out.append(" ") }
            (space, inSpace) = (false, false)
            if v < 0x80 {
                out.append((0x41...0x5A).contains(v) ? Unicode.Scalar(UInt8(v) + 0x20) : u)
            } else {
                out.append(contentsOf: u.properties.lowercaseMapping.unicodeScalars)
            }
        }
        // Scalars, not characters: a mark after the space joins it into one character.
        if out.count == 3, out.elementsEqual(theSpace.prefix(3)) { return "" }
        return out.starts(with: theSpace) ? String(out.dropFirst(4)) : String(out)
    }
}
