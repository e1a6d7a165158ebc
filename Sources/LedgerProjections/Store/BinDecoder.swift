import Foundation

/// Reads ``BinaryCodec``'s format. Every read checks its bounds first: the cursor `pos` stays within
/// `0...b.count`, and truncated or corrupt bytes throw ``BinaryCodecError``.
final class BinDecoder: Decoder {
    let b: UnsafeBufferPointer<UInt8>
    var pos = 0
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

    func fail(_ what: String) -> BinaryCodecError { BinaryCodecError(what, at: pos) }

    /// The bytes left after the cursor.
    @inline(__always) var remaining: Int { b.count - pos }

    @inline(__always) func byte() throws -> UInt8 {
        guard pos < b.count else { throw fail("truncated") }
        defer { pos += 1 }
        return b[pos]
    }
    /// Moves the cursor `n` bytes on, if they are there.
    @inline(__always) func advance(_ n: Int) throws {
        guard n >= 0, n <= remaining else { throw fail("truncated") }
        pos += n
    }
    @inline(__always) func varint() throws -> UInt64 {
        var v: UInt64 = 0
        for shift in stride(from: UInt64(0), to: 64, by: 7) {
            let x = try byte()
            let bits = UInt64(x & 0x7F)
            guard shift < 63 || bits <= 1 else { throw fail("varint overflow") }
            v |= bits << shift
            if x < 0x80 { return v }
        }
        throw fail("varint too long")
    }
    /// A varint length of bytes that must follow the cursor.
    @inline(__always) func length() throws -> Int {
        let n = try varint()
        guard n <= UInt64(remaining) else { throw fail("length \(n) beyond the end") }
        return Int(n)
    }
    /// A little-endian UInt32 at the cursor.
    @inline(__always) func u32() throws -> Int {
        guard remaining >= 4 else { throw fail("truncated container header") }
        defer { pos += 4 }
        return Int(UInt32(b[pos]) | UInt32(b[pos + 1]) << 8 | UInt32(b[pos + 2]) << 16 | UInt32(b[pos + 3]) << 24)
    }
    /// Reads a container's header (tag, body length, entry count); returns where its body ends.
    func containerHeader(_ tag: UInt8, _ what: String) throws -> (end: Int, count: Int) {
        let found = try byte()
        if found == Tag.compactKeyed, tag == Tag.keyed {
            // No entry count: the keys are read up to the end.
            let length = try u32()
            guard length <= remaining else { throw fail("\(what) of \(length) bytes beyond the end") }
            return (pos + length, -1)
        }
        guard found == tag else { throw fail("expected \(what)") }
        let length = try u32(), count = try u32()
        guard length <= remaining else { throw fail("\(what) of \(length) bytes beyond the end") }
        guard count <= length else { throw fail("\(what) of \(length) bytes cannot hold \(count) entries") }
        return (pos + length, count)
    }

    func int() throws -> Int64 {
        let tag = try byte()
        switch tag {
        case Tag.int: return try zigzag()
        case Tag.uint:
            let v = try varint()
            guard v <= UInt64(Int64.max) else { throw fail("integer overflow") }
            return Int64(v)
        default: throw fail("expected an integer, found tag \(tag)")
        }
    }
    func uint() throws -> UInt64 {
        let tag = try byte()
        switch tag {
        case Tag.uint: return try varint()
        case Tag.int:
            let v = try zigzag()
            guard v >= 0 else { throw fail("negative unsigned") }
            return UInt64(v)
        default: throw fail("expected an integer, found tag \(tag)")
        }
    }
    /// An integer of a narrower type, or an error when the stored one does not fit.
    func narrow<I: FixedWidthInteger>(_ v: some BinaryInteger, _ type: I.Type = I.self) throws -> I {
        guard let x = I(exactly: v) else { throw fail("integer \(v) out of range of \(I.self)") }
        return x
    }
    private func zigzag() throws -> Int64 {
        let z = try varint()
        return Int64(bitPattern: z >> 1) ^ -Int64(bitPattern: z & 1)
    }
    func bool() throws -> Bool {
        switch try byte() {
        case Tag.yes: return true
        case Tag.no: return false
        default: throw fail("expected a boolean")
        }
    }
    func double() throws -> Double {
        let tag = try byte()
        if tag == Tag.int { return Double(try zigzag()) }
        guard tag == Tag.double, remaining >= 8 else { throw fail("expected a double") }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(b[pos + i]) << (8 * UInt64(i)) }
        pos += 8
        return Double(bitPattern: bits)
    }
    @inline(__always) func rawString() throws -> String {
        let n = try length()
        defer { pos += n }
        return String(decoding: UnsafeBufferPointer(rebasing: b[pos..<(pos + n)]), as: UTF8.self)
    }
    func string() throws -> String {
        switch try byte() {
        case Tag.string: return try rawString()
        case Tag.hexString: return try hexString()
        default: throw fail("expected a string")
        }
    }
    /// A prefix and a packed run of hex digits (tag `10`), as one string.
    private func hexString() throws -> String {
        let n = try length()
        let prefix = pos
        pos += n
        let packed = try length()
        let hex = pos
        pos += packed
        return String(unsafeUninitializedCapacity: n + 2 * packed) { out in
            for i in 0..<n { out[i] = b[prefix + i] }
            for i in 0..<packed {
                out[n + 2 * i] = HexDigits.digit(b[hex + i] >> 4)
                out[n + 2 * i + 1] = HexDigits.digit(b[hex + i] & 0x0F)
            }
            return n + 2 * packed
        }
    }
    var isNil: Bool { pos < b.count && b[pos] == Tag.null }

    /// Skips one value (a container in O(1), by its length).
    func skip() throws {
        let tag = try byte()
        switch tag {
        case Tag.null, Tag.no, Tag.yes: return
        case Tag.int, Tag.uint: _ = try varint()
        case Tag.double: try advance(8)
        case Tag.string: try advance(try length())
        case Tag.hexString:
            try advance(try length())
            try advance(try length())
        case Tag.keyed, Tag.unkeyed:
            let length = try u32()
            try advance(4)
            try advance(length)
        case Tag.compactKeyed: try advance(try u32())
        default: throw fail("unknown tag \(tag)")
        }
    }

    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self { return try cast(string()) }
        if T.self == Int.self { return try cast(narrow(int(), Int.self)) }
        if T.self == Int64.self { return try cast(int()) }
        if T.self == Bool.self { return try cast(bool()) }
        if T.self == Double.self { return try cast(double()) }
        guard pos < b.count else { throw fail("truncated") }
        let tag = b[pos]
        guard tag == Tag.keyed || tag == Tag.unkeyed || tag == Tag.compactKeyed else { return try T(from: self) }
        // A container value: whatever its decoder reads, the cursor ends after its body.
        let start = pos
        let (end, _) = try containerHeader(tag == Tag.unkeyed ? tag : Tag.keyed, "container")
        pos = start
        let v = try T(from: self)
        pos = end
        return v
    }
    private func cast<T>(_ v: some Any) throws -> T {
        guard let t = v as? T else { throw fail("cannot read \(type(of: v)) as \(T.self)") }
        return t
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let (end, count) = try containerHeader(Tag.keyed, "a keyed container")
        return KeyedDecodingContainer(KeyedUnbin<Key>(d: self, start: pos, end: end, compact: count < 0))
    }
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (_, count) = try containerHeader(Tag.unkeyed, "an unkeyed container")
        return UnkeyedUnbin(d: self, count: count)
    }
    func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleUnbin(d: self) }
}
