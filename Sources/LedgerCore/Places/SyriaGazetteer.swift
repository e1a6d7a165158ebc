import Foundation

/// One place of the Syria gazetteer (`syria-gazetteer.json`, embedded in the module).
public struct GazetteerPlace: Codable, Hashable, Sendable {
    public enum Level: String, Codable, Sendable { case governorate, district, subdistrict, town, area }
    public struct Names: Codable, Hashable, Sendable {
        public var ar: String
        public var en: String
    }

    /// The ledger's canonical place key (`al-ashara`, `deir ez-zor`).
    public var key: String
    public var level: Level
    /// The OCHA P-code, where a source gives it: `SY09` a governorate, `SY0903` a district, `SY090302` a
    /// sub-district (towns have none yet).
    public var pcode: String?
    /// The governorate's key (nil for an area scope).
    public var admin1: String?
    /// The district's key, for a sub-district or a town.
    public var admin2: String?
    /// The sub-district's key, for a town that is a sub-district's seat.
    public var admin3: String?
    public var names: Names
    public var variants: [String]
    /// Names (of `names` and `variants`) that are also ordinary words, person names or places abroad
    /// (`الباب`, `Sarin`, `Sinjar`): the resolver knows them, the extractor does not match them alone.
    public var unmatched: [String]?
    /// For an area scope: the governorates it lies in.
    public var covers: [String]?
}

/// The Syria gazetteer: governorates with their P-codes, districts, sub-districts, the towns and
/// villages the reports name, and area scopes, in Arabic and English with spelling variants.
///
/// The data lives in `syria-gazetteer.json` beside this file, so it can be read and corrected
/// without reading Swift; the extractor and the linker both load it from here.
public enum SyriaGazetteer {
    struct File: Decodable { var places: [GazetteerPlace] }

    /// Every place, in file order.
    public static let places: [GazetteerPlace] = {
        let data = Data(PackageResources.syria_gazetteer_json)
        do {
            return try JSONDecoder().decode(File.self, from: data).places
        } catch {
            preconditionFailure("syria-gazetteer.json does not decode: \(error)")
        }
    }()

    static let byKey: [String: GazetteerPlace] = Dictionary(places.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })

    /// The governorates' keys, in file order.
    public static let governorateKeys: [String] = places.filter { $0.level == .governorate }.map(\.key)

    /// The keys of the areas that reach across several governorates (the Badia, the AANES areas, Syria).
    public static let wideAreaKeys: [String] = places.filter { $0.level == .area && ($0.covers?.count ?? 0) != 1 }.map(\.key)

    /// The place with this canonical key.
    public static func place(_ key: String) -> GazetteerPlace? { byKey[key] }

    /// The governorate a place key lies in (itself, for a governorate), when the gazetteer knows it.
    public static func governorate(of key: String) -> GazetteerPlace? {
        guard let admin1 = byKey[key]?.admin1 else { return nil }
        return byKey[admin1]
    }

    /// The district a place key lies in (itself, for a district), when the gazetteer knows it.
    public static func district(of key: String) -> GazetteerPlace? {
        guard let p = byKey[key] else { return nil }
        if p.level == .district { return p }
        return p.admin2.flatMap { byKey[$0] }
    }
}
