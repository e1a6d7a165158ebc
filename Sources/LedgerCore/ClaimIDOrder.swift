/// The order claim ids are listed in: by report, then by the claim's number within it, as a number
/// (`3f9a1c2e7b10-2` before `3f9a1c2e7b10-10`), where comparing the text would put `-10` first.
public enum ClaimIDOrder {
    /// An id split at its last dash: the report prefix and the claim's number.
    struct Key {
        var prefix: Substring
        var number: Int
        /// The prefix is ASCII (a report hash always is): its bytes compare as its text does.
        var ascii: Bool
    }

    /// Whether claim id `a` is listed before `b`. Ids not of the form `PREFIX-N` compare as text.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        precedes((a, split(a)), (b, split(b)))
    }

    /// `ids` in listing order.
    /// Each id is split once, not at each comparison (a total at a million events lists thousands).
    public static func sorted(_ ids: some Sequence<String>) -> [String] {
        ids.map { (id: $0, key: split($0)) }.sorted(by: precedes).map(\.id)
    }

    /// ``precedes(_:_:)`` of two ids already split. ASCII prefixes are compared as bytes (the same order as the text's,
    /// without Unicode's comparison: an eighth of a monthly totals listing at a million events).
    private static func precedes(_ a: (id: String, key: Key?), _ b: (id: String, key: Key?)) -> Bool {
        guard let ka = a.key, let kb = b.key else { return a.id < b.id }
        if ka.ascii && kb.ascii {
            if !ka.prefix.utf8.elementsEqual(kb.prefix.utf8) { return ka.prefix.utf8.lexicographicallyPrecedes(kb.prefix.utf8) }
        } else if ka.prefix != kb.prefix {
            return ka.prefix < kb.prefix
        }
        if ka.number != kb.number { return ka.number < kb.number }
        return a.id < b.id
    }

    /// The id's report prefix and its number.
    static func split(_ id: String) -> Key? {
        guard let dash = id.lastIndex(of: "-"), let n = Int(id[id.index(after: dash)...]) else { return nil }
        let prefix = id[..<dash]
        return Key(prefix: prefix, number: n, ascii: prefix.utf8.allSatisfy { $0 < 0x80 })
    }
}
