/// The order claim ids are listed in: by report, then by the claim's number within it, as a number
/// (`3f9a1c2e7b10-2` before `3f9a1c2e7b10-10`), where comparing the text would put `-10` first.
public enum ClaimIDOrder {
    /// Whether claim id `a` is listed before `b`. Ids not of the form `PREFIX-N` compare as text.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        precedes((a, split(a)), (b, split(b)))
    }

    /// `ids` in listing order.
    /// Each id is split once, not at each comparison (a total at a million events lists thousands).
    public static func sorted(_ ids: some Sequence<String>) -> [String] {
        ids.map { (id: $0, key: split($0)) }.sorted(by: precedes).map(\.id)
    }

    /// ``precedes(_:_:)`` of two ids already split.
    private static func precedes(_ a: (id: String, key: (Substring, Int)?), _ b: (id: String, key: (Substring, Int)?)) -> Bool {
        guard let (pa, na) = a.key, let (pb, nb) = b.key else { return a.id < b.id }
        if pa != pb { return pa < pb }
        if na != nb { return na < nb }
        return a.id < b.id
    }

    /// The id's report prefix and its number.
    static func split(_ id: String) -> (Substring, Int)? {
        guard let dash = id.lastIndex(of: "-"), let n = Int(id[id.index(after: dash)...]) else { return nil }
        return (id[..<dash], n)
    }
}
