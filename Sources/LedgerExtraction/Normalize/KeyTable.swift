/// A read-only hash map from `Key` to values, probed with the key's own FNV hash (no `Hasher`).
struct KeyMap<Value: Sendable>: Sendable {
    private var keys: [Key?]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    init(_ dict: [Key: Value]) {
        var cap = 8
        while cap < dict.count * 2 + 2 { cap <<= 1 }
        keys = Array(repeating: nil, count: cap)
        values = Array(repeating: nil, count: cap)
        mask = cap - 1
        for (k, v) in dict { insertNew(Key(k.string), v) }
    }

    /// Sets the value of `key` (tables built one entry at a time, like `PhraseTable`'s).
    mutating func set(_ key: Key, _ value: Value) {
        let key = Key(key.string)
        var i = Int(truncatingIfNeeded: key.storedHash) & mask
        while let k = keys[i] {
            if k == key { values[i] = value; return }
            i = (i + 1) & mask
        }
        if (count + 1) * 2 + 2 > keys.count {
            let old = zip(keys, values)
            keys = Array(repeating: nil, count: keys.count * 2)
            values = Array(repeating: nil, count: keys.count)
            mask = keys.count - 1
            count = 0
            for case let (k?, v?) in old { insertNew(k, v) }
        }
        insertNew(key, value)
    }

    /// Inserts a key that is not in the table yet, its hash computed.
    private mutating func insertNew(_ k: Key, _ v: Value) {
        var i = Int(truncatingIfNeeded: k.storedHash) & mask
        while keys[i] != nil { i = (i + 1) & mask }
        keys[i] = k
        values[i] = v
        count += 1
    }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    subscript(_ key: Key) -> Value? {
        if count == 0 { return nil }
        let h = key.hash
        var i = Int(truncatingIfNeeded: h) & mask
        return keys.withUnsafeBufferPointer { kb -> Value? in
            while let k = kb[i] {
                if k.storedHash == h, Key.sameBytes(k.string, key.string) { return values[i] }
                i = (i + 1) & mask
            }
            return nil
        }
    }
}

/// A read-only hash set of `Key`s (see `KeyMap`).
struct KeySet: Sendable, ExpressibleByArrayLiteral {
    private var map: KeyMap<Bool>

    init<S: Sequence>(_ keys: S) where S.Element == Key {
        var d: [Key: Bool] = [:]
        for k in keys { d[k] = true }
        map = KeyMap(d)
    }

    init(arrayLiteral elements: Key...) {
        if elements.isEmpty { self = KeySet.empty } else { self.init(elements) }
    }

    private init(map: KeyMap<Bool>) { self.map = map }
    static let empty = KeySet(map: KeyMap([:]))

    var isEmpty: Bool { map.isEmpty }

    @inline(__always)
    func contains(_ key: Key) -> Bool { map[key] != nil }
}
