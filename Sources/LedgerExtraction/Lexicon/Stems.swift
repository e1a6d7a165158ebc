/// A word's lookup stems: its key, then the key without attached Arabic particles and article
/// (`وبالقصف` → `بالقصف`, `قصف`, `القصف`), each with whether the article was removed.
///
/// A view into one array that all the tokens of a report share: a token carries no array of its own,
/// so tokenising allocates no array per word and copying a token retains one buffer.
struct Stems: RandomAccessCollection, Sendable {
    typealias Element = (stem: Key, definite: Bool)

    private let storage: [Element]
    private let offset: Int
    let endIndex: Int
    var startIndex: Int { 0 }

    /// No stems (line breaks have none).
    init() {
        storage = []
        offset = 0
        endIndex = 0
    }

    init(_ storage: [Element], _ range: Range<Int>) {
        self.storage = storage
        offset = range.lowerBound
        endIndex = range.count
    }

    @inline(__always)
    subscript(i: Int) -> Element { storage[offset + i] }

    /// Appends the stems of `key` to `out`: the key itself, then, for an Arabic word of three letters or
    /// more that starts with a particle or the article, the key without `و`/`ف`, without `ب`/`ل`/`ك`, and
    /// without the article (`ال`, or `لل` after `ل`), in that order.
    static func append(_ key: Key, to out: inout [Element]) {
        out.append((key, false))
        let bytes = key.string.utf8
        // Only words starting with a particle letter or the article can carry a prefix; all are two bytes.
        guard bytes.count >= 2, let lead = bytes.first, lead == 0xD8 || lead == 0xD9 else { return }
        if bytes.withContiguousStorageIfAvailable({ appendPrefixed($0, to: &out) }) == nil {
            Array(bytes).withUnsafeBufferPointer { appendPrefixed($0, to: &out) }
        }
    }

    private static let waw: UInt32 = 0x0648, fa: UInt32 = 0x0641, ba: UInt32 = 0x0628, lam: UInt32 = 0x0644, kaf: UInt32 = 0x0643
    private static let alef: UInt32 = 0x0627

    /// The stems of an Arabic word after the key itself, read from its UTF-8 bytes: the stems are
    /// suffixes of the key, so each is one copy of bytes (building them from scalars cost more than half
    /// of the stemming).
    private static func appendPrefixed(_ b: UnsafeBufferPointer<UInt8>, to out: inout [Element]) {
        /// The scalar starting at byte `i`, and the byte after it.
        func scalar(at i: Int) -> (value: UInt32, next: Int) {
            let b0 = UInt32(b[i])
            if b0 < 0x80 { return (b0, i + 1) }
            if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), i + 2) }
            if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), i + 3) }
            return ((b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), i + 4)
        }
        // The first five scalars (a stem drops at most four) and where each starts.
        var value: (UInt32, UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0, 0)
        var start: (Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0)
        var n = 0
        var i = b.startIndex
        while i < b.endIndex && n < 5 {
            let (v, next) = scalar(at: i)
            switch n {
            case 0: value.0 = v; start.0 = i
            case 1: value.1 = v; start.1 = i
            case 2: value.2 = v; start.2 = i
            case 3: value.3 = v; start.3 = i
            default: value.4 = v; start.4 = i
            }
            n += 1
            i = next
        }
        while i < b.endIndex {
            if b[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        func s(_ k: Int) -> UInt32 { k == 0 ? value.0 : k == 1 ? value.1 : k == 2 ? value.2 : k == 3 ? value.3 : value.4 }
        func suffix(_ k: Int) -> Key {
            let from = k == 1 ? start.1 : k == 2 ? start.2 : k == 3 ? start.3 : start.4
            return Key(String(decoding: UnsafeBufferPointer(rebasing: b[from...]), as: UTF8.self))
        }
        let f0 = s(0)
        guard f0 == waw || f0 == fa || f0 == ba || f0 == lam || f0 == kaf || f0 == alef, n >= 3 else { return }
        // The bases: the whole word, without `و`/`ف`, then without `ب`/`ل`/`ك` (after `و`/`ف` when there is one).
        var last = 0
        if f0 == waw || f0 == fa {
            last = 1
            if s(1) == ba || s(1) == lam || s(1) == kaf, n - 1 >= 3 { last = 2 }
        } else if f0 == ba || f0 == lam || f0 == kaf {
            last = 1
        }
        for p in 0...last {
            let count = n - p
            if count >= 3, s(p) == alef, s(p + 1) == lam {
                out.append((suffix(p + 2), true))
            } else if count >= 4, s(p) == lam, s(p + 1) == lam {
                out.append((suffix(p + 2), true))
            }
            if p != 0, count >= 2 { out.append((suffix(p), false)) }
        }
    }
}
