import LedgerCore

/// Where a claim's place lies in the gazetteer's hierarchy, as the linker reads it.
///
/// `lineage` runs from the governorate down to the place named (`deir ez-zor`, `al-mayadin district`,
/// `al-ashara`). Two places are compatible when one's lineage begins the other's: the province and a
/// village in it, or the same village under two spellings (the gazetteer folds transliterations and
/// Arabic names to one key). Two villages of one province are not. A claim whose place is coarser than
/// another's (a district, a province, "the eastern countryside of Deir ez-Zor") may link to the finer
/// incident when exactly one fits (``LinkingWalk``).
public struct PlacePath: Hashable, Sendable {
    public var lineage: [String]
    /// 0 for a town, a village or any place the gazetteer does not hold; 1 a sub-district; 2 a district;
    /// 3 a governorate or an area scope. A coarse claim is linked after the finer claims near it.
    public var level: Int

    public init(lineage: [String], level: Int) {
        self.lineage = lineage
        self.level = level
    }

    /// The path of a claim's place (nil: no place).
    public static func of(_ place: Place?) -> PlacePath? {
        guard let place else { return nil }
        return of(name: place.name, admin1: place.admin1) { place.text }
    }

    /// The path of a place by its name and province; `text`, the place's words as the report gave them,
    /// is read only where the gazetteer resolves neither the name nor (without a name) the province,
    /// so a caller that keeps the words elsewhere (a summarised incident's record) loads them only then.
    public static func of(name: String, admin1: String?, text: () throws -> String) rethrows -> PlacePath? {
        let raw = name.trimmingWhitespace().lowercased()
        let admin1 = admin1?.trimmingWhitespace().lowercased()
        guard !raw.isEmpty else {
            guard let admin1, !admin1.isEmpty else { return nil }
            return try of(name: admin1, admin1: admin1, text: text)
        }
        guard let key = try SyriaGazetteer.resolve(raw) ?? SyriaGazetteer.resolve(text()),
              let lineage = SyriaGazetteer.lineage(of: key), let entry = SyriaGazetteer.place(key) else {
            // A place the gazetteer does not hold: a leaf under its province, when that is known, compared
            // by its folded name (two spellings that differ only in hyphens, articles or case are one).
            if let admin1, !admin1.isEmpty, admin1 != raw {
                return PlacePath(lineage: [SyriaGazetteer.resolve(admin1) ?? admin1, SyriaGazetteer.fold(raw)], level: 0)
            }
            return PlacePath(lineage: [raw], level: raw == admin1 ? 3 : 0)
        }
        switch entry.level {
        case .town: return PlacePath(lineage: lineage, level: 0)
        case .subdistrict: return PlacePath(lineage: lineage, level: 1)
        case .district: return PlacePath(lineage: lineage, level: 2)
        case .governorate, .area: return PlacePath(lineage: lineage, level: 3)
        }
    }

    /// The linking group's place: the governorate, or an area scope across governorates.
    public var root: String { lineage[0] }
    /// The most specific key.
    public var leaf: String { lineage[lineage.count - 1] }

    /// Whether one place lies within (or is) the other.
    public func compatible(with other: PlacePath) -> Bool {
        let n = min(lineage.count, other.lineage.count)
        return lineage.prefix(n) == other.lineage.prefix(n)
    }

    /// Whether `other` lies strictly within this place.
    public func contains(_ other: PlacePath) -> Bool {
        other.lineage.count > lineage.count && Array(other.lineage.prefix(lineage.count)) == lineage
    }

    /// The linking order's delay for this level: a coarse claim is placed after every finer claim that
    /// could link to it (`LinkingWalk/maxWindow` days per level).
    public var delay: Int { level * LinkingWalk.maxWindow }
}
