import LedgerCore

/// The one place a report's event happens in, when the report says so without repeating it at every
/// figure: a headline "Car bomb hits market in Hajin" over "At least 12 people were killed", or a lead
/// that names the town and a later sentence that gives the revised toll.
///
/// The places named by the headline, by the lead (the first sentence under it) and by the report's own
/// tolls are compared in the gazetteer's hierarchy. When they all lie on one line (the village, its
/// district, its province, under any spelling), the finest of them is the story's place; when two of them are apart (two villages, two
/// provinces), the report tells of more than one place and no figure is given one it does not name.
/// "Syria" itself says nothing of where.
enum StoryPlace {
    /// The finest of `places` when every one of them contains it or is it; nil when none is named or
    /// two of them are apart.
    static func finest(_ places: [Place]) -> Place? {
        let named = places.filter { !isCountry($0) }
        var best: (place: Place, path: [String])?
        for p in named {
            let path = lineage(p)
            guard let b = best else { best = (p, path); continue }
            if isPrefix(b.path, of: path) { best = (p, path) } else if !isPrefix(path, of: b.path) { return nil }
        }
        return best?.place
    }

    /// A place's keys from its governorate down to it; a place the gazetteer does not hold is a leaf
    /// under its province, by its folded name.
    static func lineage(_ p: Place) -> [String] {
        if let key = SyriaGazetteer.resolve(p.name) ?? SyriaGazetteer.resolve(p.text), let path = SyriaGazetteer.lineage(of: key) {
            return path
        }
        let name = SyriaGazetteer.fold(p.name)
        guard let a1 = p.admin1, !a1.isEmpty else { return [name] }
        let province = SyriaGazetteer.resolve(a1) ?? SyriaGazetteer.fold(a1)
        return province == name ? [province] : [province, name]
    }

    /// Whether two figures' places can be one place: either names none (or only "Syria"), or one lies
    /// within the other.
    static func compatible(_ a: Place?, _ b: Place?) -> Bool {
        guard let a, let b, !isCountry(a), !isCountry(b) else { return true }
        let pa = lineage(a), pb = lineage(b)
        return isPrefix(pa, of: pb) || isPrefix(pb, of: pa)
    }

    /// Whether two places are one, or two towns of one district ("near Qamishli" over "near Amuda"): a headline often names
    /// the nearest town the reader knows.
    static func near(_ a: Place?, _ b: Place?) -> Bool {
        guard !compatible(a, b) else { return true }
        guard let a, let b else { return true }
        let pa = lineage(a), pb = lineage(b)
        return pa.count >= 3 && pb.count >= 3 && pa.prefix(2) == pb.prefix(2) && pa[1].hasSuffix("district")
    }

    /// The finer of two compatible places (the one a figure should keep).
    static func finer(_ a: Place?, _ b: Place?) -> Place? {
        guard let a, !isCountry(a) else { return b ?? a }
        guard let b, !isCountry(b) else { return a }
        return lineage(b).count > lineage(a).count ? b : a
    }

    static func isCountry(_ p: Place) -> Bool { SyriaGazetteer.fold(p.name) == "syria" }

    static func isPrefix(_ a: [String], of b: [String]) -> Bool { a.count <= b.count && Array(b.prefix(a.count)) == a }
}
