/// Which places an area scope covers, for comparing a tally with incidents.
///
/// - `syria` covers everything.
/// - `aanes` (areas of the Autonomous Administration) covers the provinces of Deir ez-Zor, Raqqa and
///   Hasakah, and Manbij and Kobani in Aleppo province.
/// - `badia` (the Syrian desert) covers places whose key names the desert (`badia`, `desert`) or
///   known desert towns, in Homs, Hama, Deir ez-Zor and Raqqa.
/// - any other scope is a province or a place: it covers incidents whose province or place key equals it.
public enum Area {
    public static let aanesProvinces: Set<String> = ["deir ez-zor", "raqqa", "hasakah"]
    public static let aanesPlaces: Set<String> = ["manbij", "kobani", "ain al-arab", "ayn al-arab"]
    public static let badiaProvinces: Set<String> = ["homs", "hama", "deir ez-zor", "raqqa"]
    public static let badiaPlaces: Set<String> = [
        "badia", "palmyra", "tadmur", "al-sukhnah", "sukhnah", "al-kawm", "humaymah", "al-tanf", "ithriya", "al-rusafa",
    ]

    /// True when an incident at `place` (key) in province `admin1` lies in `scope`.
    public static func covers(scope: String, place: String, admin1: String?) -> Bool {
        switch scope {
        case "syria": return true
        case "aanes":
            return aanesProvinces.contains(admin1 ?? place) || aanesProvinces.contains(place) || aanesPlaces.contains(place)
        case "badia":
            let desert = place.contains("badia") || place.contains("desert") || badiaPlaces.contains(place)
            return desert && (admin1 == nil || badiaProvinces.contains(admin1!))
        default:
            return admin1 == scope || place == scope
        }
    }

    /// A superset of the provinces and places `scope` covers, for selecting incidents in SQL;
    /// nil means every incident.
    public static func candidates(scope: String) -> (provinces: [String], places: [String])? {
        switch scope {
        case "syria": return nil
        case "aanes": return (aanesProvinces.sorted(), aanesPlaces.sorted())
        case "badia": return (badiaProvinces.sorted(), badiaPlaces.sorted())
        default: return ([scope], [scope])
        }
    }
}
