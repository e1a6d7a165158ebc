/// A folded lookup key (a word's folded form, a number's digits or a punctuation mark).
///
/// Compared and hashed by its UTF-8 bytes, with the hash computed once. Swift's `String` compares and
/// hashes non-ASCII text through Unicode normalisation, which dominated the extractor's run time; keys
/// never need it: word keys hold only letters (no combining marks: the normaliser and `Fold` drop them),
/// so byte equality is canonical equivalence there, and punctuation keys are stored in NFC.
struct Key: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    let string: String
    /// FNV-1a of the UTF-8 bytes, or 0 when not computed yet (literals: computed when hashed).
    let storedHash: UInt64
    /// The number of UTF-8 bytes: most comparisons (a token against a literal) stop at a different length
    /// without touching the strings.
    let byteCount: Int

    @inline(__always)
    init(_ s: String) {
        var s = s
        s.makeContiguousUTF8()
        string = s
        storedHash = Key.fnv(s)
        byteCount = s.utf8.count
    }

    /// Literals compared with `==` never need their hash; it is computed on demand.
    @inline(__always)
    init(stringLiteral value: String) {
        string = value
        storedHash = 0
        byteCount = value.utf8.count
    }

    @inline(__always)
    var hash: UInt64 { storedHash != 0 ? storedHash : Key.fnv(string) }

    static let empty = Key("")

    @inline(__always)
    static func fnv(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        if let r = s.utf8.withContiguousStorageIfAvailable({ buf -> UInt64 in
            var h = h
            for b in buf { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            return h
        }) { return r }
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    @inline(__always)
    static func == (a: Key, b: Key) -> Bool {
        if a.byteCount != b.byteCount { return false }
        if a.storedHash != 0 && b.storedHash != 0 && a.storedHash != b.storedHash { return false }
        return sameBytes(a.string, b.string)
    }

    /// Byte equality of two strings. Comparing contiguous buffers is several times faster than iterating
    /// `String.UTF8View`s, and every key is contiguous (see `init`; literals are).
    @inline(__always)
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        let x = a.utf8, y = b.utf8
        guard x.count == y.count else { return false }
        let r = x.withContiguousStorageIfAvailable { p in y.withContiguousStorageIfAvailable { q in equal(p, q) } }
        if let r, let r { return r }
        return x.elementsEqual(y)
    }

    /// Equality of two buffers of the same length, eight bytes at a time (the generic `elementsEqual` goes
    /// byte by byte through iterators; key comparisons are the extractor's most frequent operation).
    @inline(__always)
    static func equal(_ p: UnsafeBufferPointer<UInt8>, _ q: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = p.count
        let a = UnsafeRawBufferPointer(p), b = UnsafeRawBufferPointer(q)
        var i = 0
        while i + 8 <= n {
            if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i += 8
        }
        while i < n {
            if p[i] != q[i] { return false }
            i += 1
        }
        return true
    }

    @inline(__always)
    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    var description: String { string }
    var isEmpty: Bool { string.isEmpty }
    var unicodeScalars: String.UnicodeScalarView { string.unicodeScalars }
    /// Characters, as `String.count`.
    var count: Int { string.count }

    @inline(__always)
    func hasPrefix(_ p: Key) -> Bool {
        let a = string.utf8, b = p.string.utf8
        guard a.count >= b.count else { return false }
        let r = a.withContiguousStorageIfAvailable { x in b.withContiguousStorageIfAvailable { y in x.starts(with: y) } }
        if let r, let r { return r }
        return a.starts(with: b)
    }
    @inline(__always)
    func hasSuffix(_ p: Key) -> Bool {
        let a = string.utf8, b = p.string.utf8
        guard a.count >= b.count else { return false }
        let r = a.withContiguousStorageIfAvailable { x in b.withContiguousStorageIfAvailable { y in x[(x.count - y.count)...].elementsEqual(y) } }
        if let r, let r { return r }
        return a.reversed().starts(with: b.reversed())
    }
    /// The number of Unicode scalars (counted on the UTF-8 bytes: every byte but a continuation byte starts one).
    var scalarCount: Int {
        let u = string.utf8
        if let n = u.withContiguousStorageIfAvailable({ b -> Int in
            var n = 0
            for x in b where x & 0xC0 != 0x80 { n += 1 }
            return n
        }) { return n }
        return string.unicodeScalars.count
    }

    /// The key without its first scalar (keys are letters, so a scalar is a character).
    func droppingFirst() -> Key { Key(String(string.unicodeScalars.dropFirst())) }

    static func + (a: Key, b: Key) -> Key { Key(a.string + b.string) }
}
