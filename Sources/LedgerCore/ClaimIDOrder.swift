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

    /// An id packed for sorting without reference counting: its ASCII prefix (at most 16 bytes, none
    /// zero) in two big-endian words, zero-padded, so that comparing the words compares the bytes;
    /// its number; and where it stands in the list being sorted.
    struct PackedKey {
        var high: UInt64
        var low: UInt64
        var number: Int
        var index: Int
    }

    /// `ids` in listing order.
    /// Each id is split once, not at each comparison (a total at a million events lists thousands).
    /// Ids of the usual form (a report hash, a dash, a number) are sorted as packed keys, plain words
    /// that move without retaining a string: the monthly totals at a million events sort 194,000 ids,
    /// which as (string, substring) pairs was a third of `ledger totals`.
    public static func sorted(_ ids: some Sequence<String>) -> [String] {
        sorted(ids) { $0 }
    }

    /// `elements` in the listing order of their claim ids (`id`), each id split and packed once.
    public static func sorted<T>(_ elements: some Sequence<T>, by id: (T) -> String) -> [T] {
        let elements = Array(elements)
        let ids = elements.map(id)
        var keys: [PackedKey] = []
        keys.reserveCapacity(ids.count)
        for (index, id) in ids.enumerated() {
            guard let key = packed(id, index: index) else {
                return ids.indices.map { (id: ids[$0], key: split(ids[$0]), index: $0) }
                    .sorted { precedes(($0.id, $0.key), ($1.id, $1.key)) }.map { elements[$0.index] }
            }
            keys.append(key)
        }
        keys.sort { a, b in
            if a.high != b.high { return a.high < b.high }
            if a.low != b.low { return a.low < b.low }
            if a.number != b.number { return a.number < b.number }
            return ids[a.index] < ids[b.index]
        }
        return keys.map { elements[$0.index] }
    }

    /// The packed key of `id`, or nil when its prefix is not ASCII, is longer than 16 bytes or holds
    /// a zero byte, or it has no number (``sorted(_:)`` then sorts the list the general way).
    static func packed(_ id: String, index: Int) -> PackedKey? {
        guard let key = split(id), key.ascii, key.prefix.utf8.count <= 16 else { return nil }
        var (high, low, shift): (UInt64, UInt64, Int) = (0, 0, 120)
        for byte in key.prefix.utf8 {
            guard byte != 0 else { return nil }
            if shift >= 64 { high |= UInt64(byte) << (shift - 64) } else { low |= UInt64(byte) << shift }
            shift -= 8
        }
        return PackedKey(high: high, low: low, number: key.number, index: index)
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
