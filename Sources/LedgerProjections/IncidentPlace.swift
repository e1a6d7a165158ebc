import LedgerCore

/// Where an incident happened, from its members' places: the most specific one (a village over its
/// province), under the gazetteer's key for it; ties go to the best figure's claim. Says in the rule
/// how many coarser claims were linked to it, and keeps the notes of coarse members the linker found
/// several finer incidents for (unless a person's link put them in a finer one).
struct IncidentPlace {
    var place: String
    var placeText: String?
    var admin1: String?
    /// Appended to the incident's rule ("" when every member names the same place).
    var rule: String
    var ambiguous: [AmbiguousPlacement]?

    init(_ members: [ClaimRecord], best: ClaimRecord, ambiguous: [String: AmbiguousPlacement]) {
        let paths = Dictionary(members.map { ($0.id, PlacePath.of($0.claim.place)) }, uniquingKeysWith: { a, _ in a })
        let depth = { (c: ClaimRecord) in paths[c.id]??.lineage.count ?? 0 }
        let finest = ([best] + members).max { depth($0) < depth($1) } ?? best
        let finestPath = paths[finest.id] ?? nil
        let key = GroupKeys.placeKey(finest.claim.place)
        place = SyriaGazetteer.resolve(key) ?? key
        placeText = finest.claim.place?.text
        admin1 = finestPath.flatMap { SyriaGazetteer.place($0.root)?.level == .governorate ? $0.root : nil }
            ?? members.compactMap { $0.claim.place?.admin1 }.first
        func coarser(_ c: ClaimRecord) -> Bool {
            guard let own = paths[c.id] ?? nil, let finestPath else { return false }
            return own.contains(finestPath)
        }
        let linked = members.filter(coarser)
        rule = (linked.isEmpty ? "" : "; \(linked.count) claim(s) naming only "
            + Set(linked.compactMap { paths[$0.id]??.leaf }).sorted().joined(separator: ", ")
            + " linked as the one finer incident of their days")
            + Self.wideRule(members.filter { WideClaimLinker.isWide($0) }, finest: finestPath, paths: paths)
        let notes = members.filter { !coarser($0) }.compactMap { ambiguous[$0.id] }
        self.ambiguous = notes.isEmpty ? nil : notes
    }

    /// Says how many members name no place, or only a region wider than a governorate, when the
    /// incident is placed in one (a link joined them: ``WideClaimLinker`` at ingest, or a person).
    static func wideRule(_ wide: [ClaimRecord], finest: PlacePath?, paths: [String: PlacePath?]) -> String {
        guard !wide.isEmpty, let finest, SyriaGazetteer.place(finest.root)?.level != .area else { return "" }
        let regions = Set(wide.compactMap { paths[$0.id]??.root }).sorted()
        let unplaced = wide.contains { (paths[$0.id] ?? nil) == nil }
        let named = regions.isEmpty ? "no place" : (unplaced ? "no place or only " : "only ") + regions.joined(separator: ", ")
        let said = wide.count == 1 ? "1 claim naming \(named) linked" : "\(wide.count) claims naming \(named) linked"
        return "; \(said) as the one incident of their days and measure"
    }
}
