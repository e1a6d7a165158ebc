import Foundation

/// A compact, self-describing binary encoding for the read models' stored values and checkpoints.
///
/// Foundation's JSON coders dominated every read-model query and checkpoint load; this format keeps
/// the `Codable` conformances but is several times cheaper to write and read. Layout (little endian):
///
/// - `0` nil, `1` false, `2` true, `3` signed integer (zigzag varint), `4` unsigned integer (varint),
///   `5` double (8 bytes), `6` string (varint length + UTF-8);
/// - `7` keyed container and `8` unkeyed container: UInt32 byte length of the body, UInt32 entry
///   count, then the entries (keyed: varint key length + UTF-8 key, then the value).
///
/// Keyed entries are written in encoding order, and `nil` optionals are written explicitly, so the
/// synthesised decoders find every key at the cursor; a key that is not there is looked up by
/// scanning (containers carry their length, so skipping one is O(1)). Containers of string-keyed
/// dictionaries are sorted by key, so equal values always give equal bytes.
public enum BinaryCodec {
    public static func encode(_ value: some Encodable) throws -> [UInt8] {
        let e = BinEncoder()
        e.bytes.reserveCapacity(512)
        try e.encodeValue(value)
        return e.bytes
    }

    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try bytes.withUnsafeBufferPointer { buf in
            let d = BinDecoder(buf)
            return try d.decodeValue(T.self)
        }
    }

    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try data.withUnsafeBytes { raw in
            let d = BinDecoder(raw.bindMemory(to: UInt8.self))
            return try d.decodeValue(T.self)
        }
    }
}

enum Tag {
    static let null: UInt8 = 0, no: UInt8 = 1, yes: UInt8 = 2, int: UInt8 = 3, uint: UInt8 = 4, double: UInt8 = 5
    static let string: UInt8 = 6, keyed: UInt8 = 7, unkeyed: UInt8 = 8
}

// MARK: encoder

final class BinEncoder: Encoder {
    var bytes: [UInt8] = []
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    @inline(__always) func varint(_ v: UInt64) {
        var v = v
        while v >= 0x80 { bytes.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
        bytes.append(UInt8(v))
    }
    @inline(__always) func int(_ v: Int64) {
        bytes.append(Tag.int)
        varint(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }
    @inline(__always) func uint(_ v: UInt64) {
        bytes.append(Tag.uint)
        varint(v)
    }
    @inline(__always) func rawString(_ s: String) {
        var s = s
        s.withUTF8 { u in
            varint(UInt64(u.count))
            bytes.append(contentsOf: u)
        }
    }
    @inline(__always) func string(_ s: String) {
        bytes.append(Tag.string)
        rawString(s)
    }
    func double(_ d: Double) {
        bytes.append(Tag.double)
        withUnsafeBytes(of: d.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }
    /// Writes a container header; returns the offset of its length field.
    func header(_ tag: UInt8) -> Int {
        bytes.append(tag)
        let at = bytes.count
        bytes.append(contentsOf: [0, 0, 0, 0, 0, 0, 0, 0])
        return at
    }
    /// Counts one more entry and updates the container's body length.
    @inline(__always) func bump(_ at: Int) {
        let length = UInt32(bytes.count - at - 8)
        let count = readU32(at + 4) + 1
        writeU32(at, length)
        writeU32(at + 4, count)
    }
    @inline(__always) func readU32(_ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
    @inline(__always) func writeU32(_ at: Int, _ v: UInt32) {
        bytes[at] = UInt8(v & 0xFF); bytes[at + 1] = UInt8((v >> 8) & 0xFF)
        bytes[at + 2] = UInt8((v >> 16) & 0xFF); bytes[at + 3] = UInt8(v >> 24)
    }

    func encodeValue<T: Encodable>(_ value: T) throws {
        switch value {
        case let v as String: string(v)
        case let v as Int: int(Int64(v))
        case let v as Int64: int(v)
        case let v as Bool: bytes.append(v ? Tag.yes : Tag.no)
        case let v as Double: double(v)
        default:
            let start = bytes.count
            try value.encode(to: self)
            if bytes.count == start { bytes.append(Tag.null) }  // a value that wrote nothing
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let at = header(Tag.keyed)
        return KeyedEncodingContainer(KeyedBin<Key>(e: self, at: at, sorted: Key(intValue: 0) != nil ? SortedEntries() : nil))
    }
    func unkeyedContainer() -> any UnkeyedEncodingContainer { UnkeyedBin(e: self, at: header(Tag.unkeyed)) }
    func singleValueContainer() -> any SingleValueEncodingContainer { SingleBin(e: self) }
}

/// Entry offsets of a dictionary's container, for keeping its keys sorted.
final class SortedEntries {
    var starts: [Int] = []
    var keys: [String] = []
}

struct KeyedBin<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let e: BinEncoder
    let at: Int
    let sorted: SortedEntries?
    var codingPath: [any CodingKey] { [] }

    @inline(__always) func entry(_ key: Key, _ write: () throws -> Void) rethrows {
        let start = e.bytes.count
        e.rawString(key.stringValue)
        try write()
        if let sorted {
            let k = key.stringValue
            let pos = sorted.keys.firstIndex { $0 > k } ?? sorted.keys.count
            if pos < sorted.keys.count {
                let chunk = Array(e.bytes[start...])
                e.bytes.removeSubrange(start...)
                e.bytes.insert(contentsOf: chunk, at: sorted.starts[pos])
                for i in pos..<sorted.starts.count { sorted.starts[i] += chunk.count }
                sorted.starts.insert(sorted.starts[pos] - chunk.count, at: pos)
            } else {
                sorted.starts.append(start)
            }
            sorted.keys.insert(k, at: pos)
        }
        e.bump(at)
    }

    mutating func encodeNil(forKey key: Key) throws { entry(key) { e.bytes.append(Tag.null) } }
    mutating func encode(_ value: Bool, forKey key: Key) throws { entry(key) { e.bytes.append(value ? Tag.yes : Tag.no) } }
    mutating func encode(_ value: String, forKey key: Key) throws { entry(key) { e.string(value) } }
    mutating func encode(_ value: Double, forKey key: Key) throws { entry(key) { e.double(value) } }
    mutating func encode(_ value: Float, forKey key: Key) throws { entry(key) { e.double(Double(value)) } }
    mutating func encode(_ value: Int, forKey key: Key) throws { entry(key) { e.int(Int64(value)) } }
    mutating func encode(_ value: Int8, forKey key: Key) throws { entry(key) { e.int(Int64(value)) } }
    mutating func encode(_ value: Int16, forKey key: Key) throws { entry(key) { e.int(Int64(value)) } }
    mutating func encode(_ value: Int32, forKey key: Key) throws { entry(key) { e.int(Int64(value)) } }
    mutating func encode(_ value: Int64, forKey key: Key) throws { entry(key) { e.int(value) } }
    mutating func encode(_ value: UInt, forKey key: Key) throws { entry(key) { e.uint(UInt64(value)) } }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { entry(key) { e.uint(UInt64(value)) } }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { entry(key) { e.uint(UInt64(value)) } }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { entry(key) { e.uint(UInt64(value)) } }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { entry(key) { e.uint(value) } }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try entry(key) { try e.encodeValue(value) } }

    // Nil optionals are written, so that decoding never has to search for an absent key.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        e.rawString(key.stringValue)
        e.bump(at)
        return e.container(keyedBy: NestedKey.self)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        e.rawString(key.stringValue)
        e.bump(at)
        return e.unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { e }
    mutating func superEncoder(forKey key: Key) -> any Encoder { e }
}

struct UnkeyedBin: UnkeyedEncodingContainer {
    let e: BinEncoder
    let at: Int
    var codingPath: [any CodingKey] { [] }
    var count: Int { Int(e.readU32(at + 4)) }

    mutating func encodeNil() throws { e.bytes.append(Tag.null); e.bump(at) }
    mutating func encode(_ value: Bool) throws { e.bytes.append(value ? Tag.yes : Tag.no); e.bump(at) }
    mutating func encode(_ value: String) throws { e.string(value); e.bump(at) }
    mutating func encode(_ value: Int) throws { e.int(Int64(value)); e.bump(at) }
    mutating func encode(_ value: Int64) throws { e.int(value); e.bump(at) }
    mutating func encode(_ value: Double) throws { e.double(value); e.bump(at) }
    mutating func encode<T: Encodable>(_ value: T) throws { try e.encodeValue(value); e.bump(at) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        defer { e.bump(at) }
        return e.container(keyedBy: NestedKey.self)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        defer { e.bump(at) }
        return e.unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { e }
}

struct SingleBin: SingleValueEncodingContainer {
    let e: BinEncoder
    var codingPath: [any CodingKey] { [] }
    mutating func encodeNil() throws { e.bytes.append(Tag.null) }
    mutating func encode(_ value: Bool) throws { e.bytes.append(value ? Tag.yes : Tag.no) }
    mutating func encode(_ value: String) throws { e.string(value) }
    mutating func encode(_ value: Double) throws { e.double(value) }
    mutating func encode(_ value: Float) throws { e.double(Double(value)) }
    mutating func encode(_ value: Int) throws { e.int(Int64(value)) }
    mutating func encode(_ value: Int8) throws { e.int(Int64(value)) }
    mutating func encode(_ value: Int16) throws { e.int(Int64(value)) }
    mutating func encode(_ value: Int32) throws { e.int(Int64(value)) }
    mutating func encode(_ value: Int64) throws { e.int(value) }
    mutating func encode(_ value: UInt) throws { e.uint(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { e.uint(UInt64(value)) }
    mutating func encode(_ value: UInt16) throws { e.uint(UInt64(value)) }
    mutating func encode(_ value: UInt32) throws { e.uint(UInt64(value)) }
    mutating func encode(_ value: UInt64) throws { e.uint(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try e.encodeValue(value) }
}

// MARK: decoder

struct BinaryCodecError: Error, CustomStringConvertible {
    var description: String
}

final class BinDecoder: Decoder {
    let b: UnsafeBufferPointer<UInt8>
    var pos = 0
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

    func fail(_ what: String) -> BinaryCodecError { BinaryCodecError(description: "binary read model: \(what) at \(pos)") }

    @inline(__always) func byte() throws -> UInt8 {
        guard pos < b.count else { throw fail("truncated") }
        defer { pos += 1 }
        return b[pos]
    }
    @inline(__always) func varint() throws -> UInt64 {
        var v: UInt64 = 0, shift: UInt64 = 0
        while true {
            let x = try byte()
            v |= UInt64(x & 0x7F) << shift
            if x < 0x80 { return v }
            shift += 7
        }
    }
    @inline(__always) func u32(_ at: Int) -> Int {
        Int(UInt32(b[at]) | UInt32(b[at + 1]) << 8 | UInt32(b[at + 2]) << 16 | UInt32(b[at + 3]) << 24)
    }
    func int() throws -> Int64 {
        let tag = try byte()
        switch tag {
        case Tag.int:
            let z = try varint()
            return Int64(bitPattern: z >> 1) ^ -Int64(bitPattern: z & 1)
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
            let v = try int0()
            guard v >= 0 else { throw fail("negative unsigned") }
            return UInt64(v)
        default: throw fail("expected an integer, found tag \(tag)")
        }
    }
    private func int0() throws -> Int64 {
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
        if tag == Tag.int { return Double(try int0()) }
        guard tag == Tag.double, pos + 8 <= b.count else { throw fail("expected a double") }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(b[pos + i]) << (8 * UInt64(i)) }
        pos += 8
        return Double(bitPattern: bits)
    }
    @inline(__always) func rawString() throws -> String {
        let n = Int(try varint())
        guard pos + n <= b.count else { throw fail("truncated string") }
        defer { pos += n }
        return String(decoding: UnsafeBufferPointer(rebasing: b[pos..<(pos + n)]), as: UTF8.self)
    }
    func string() throws -> String {
        guard try byte() == Tag.string else { throw fail("expected a string") }
        return try rawString()
    }
    var isNil: Bool { pos < b.count && b[pos] == Tag.null }

    /// Skips one value.
    func skip() throws {
        let tag = try byte()
        switch tag {
        case Tag.null, Tag.no, Tag.yes: return
        case Tag.int, Tag.uint: _ = try varint()
        case Tag.double: pos += 8
        case Tag.string: pos += Int(try varint())
        case Tag.keyed, Tag.unkeyed: pos += 8 + u32(pos)
        default: throw fail("unknown tag \(tag)")
        }
    }

    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self { return try string() as! T }
        if T.self == Int.self { return Int(try int()) as! T }
        if T.self == Int64.self { return try int() as! T }
        if T.self == Bool.self { return try bool() as! T }
        if T.self == Double.self { return try double() as! T }
        guard pos < b.count else { throw fail("truncated") }
        let tag = b[pos]
        if tag == Tag.keyed || tag == Tag.unkeyed {
            let end = pos + 9 + u32(pos + 1)
            let v = try T(from: self)
            pos = end
            return v
        }
        return try T(from: self)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard try byte() == Tag.keyed else { throw fail("expected a keyed container") }
        let length = u32(pos), count = u32(pos + 4)
        pos += 8
        return KeyedDecodingContainer(KeyedUnbin<Key>(d: self, start: pos, end: pos + length, count: count))
    }
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard try byte() == Tag.unkeyed else { throw fail("expected an unkeyed container") }
        let count = u32(pos + 4)
        pos += 8
        return UnkeyedUnbin(d: self, count: count)
    }
    func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleUnbin(d: self) }
}

struct KeyedUnbin<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let d: BinDecoder
    let start: Int
    let end: Int
    let count: Int
    var codingPath: [any CodingKey] { [] }

    /// Positions the decoder at the value of `key`; false when absent. Tries the cursor first.
    func seek(_ key: Key) throws -> Bool {
        var name = key.stringValue
        return try name.withUTF8 { k -> Bool in
            if d.pos < end, try matches(k) { return true }
            // Out of order: scan from the start.
            d.pos = start
            while d.pos < end {
                if try matches(k) { return true }
                try d.skip()
            }
            return false
        }
    }

    /// Reads the key at the cursor; when it equals `k` leaves the cursor on its value and returns true.
    @inline(__always) func matches(_ k: UnsafeBufferPointer<UInt8>) throws -> Bool {
        let save = d.pos
        let n = Int(try d.varint())
        if n == k.count, d.pos + n <= d.b.count, memcmp(d.b.baseAddress! + d.pos, k.baseAddress ?? UnsafePointer(d.b.baseAddress!), n) == 0 {
            d.pos += n
            return true
        }
        d.pos += n
        if d.pos > end { d.pos = save; throw d.fail("corrupt key") }
        return false
    }

    func need(_ key: Key) throws {
        guard try seek(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: [], debugDescription: "no \(key.stringValue) in binary read model"))
        }
    }

    var allKeys: [Key] {
        var out: [Key] = []
        let save = d.pos
        d.pos = start
        while d.pos < end {
            guard let name = try? d.rawString(), (try? d.skip()) != nil else { break }
            if let k = Key(stringValue: name) { out.append(k) }
        }
        d.pos = save
        return out
    }
    func contains(_ key: Key) -> Bool {
        let save = d.pos
        let found = (try? seek(key)) ?? false
        d.pos = save
        return found
    }
    func decodeNil(forKey key: Key) throws -> Bool {
        let save = d.pos
        guard try seek(key) else { return true }
        if d.isNil { d.pos += 1; return true }
        d.pos = save
        return false
    }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try need(key); return try d.bool() }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try need(key); return try d.string() }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try need(key); return try d.double() }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try need(key); return Float(try d.double()) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try need(key); return Int(try d.int()) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try need(key); return Int8(try d.int()) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try need(key); return Int16(try d.int()) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try need(key); return Int32(try d.int()) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try need(key); return try d.int() }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try need(key); return UInt(try d.uint()) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try need(key); return UInt8(try d.uint()) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try need(key); return UInt16(try d.uint()) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try need(key); return UInt32(try d.uint()) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try need(key); return try d.uint() }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try need(key); return try d.decodeValue(T.self) }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard try seek(key) else { return nil }
        if d.isNil { d.pos += 1; return nil }
        return try d.string()
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        guard try seek(key) else { return nil }
        if d.isNil { d.pos += 1; return nil }
        return Int(try d.int())
    }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? {
        guard try seek(key) else { return nil }
        if d.isNil { d.pos += 1; return nil }
        return try d.int()
    }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        guard try seek(key) else { return nil }
        if d.isNil { d.pos += 1; return nil }
        return try d.bool()
    }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard try seek(key) else { return nil }
        if d.isNil { d.pos += 1; return nil }
        return try d.decodeValue(T.self)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try need(key)
        return try d.container(keyedBy: NestedKey.self)
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try need(key)
        return try d.unkeyedContainer()
    }
    func superDecoder() throws -> any Decoder { d }
    func superDecoder(forKey key: Key) throws -> any Decoder { try need(key); return d }
}

struct UnkeyedUnbin: UnkeyedDecodingContainer {
    let d: BinDecoder
    let total: Int
    var currentIndex = 0
    var codingPath: [any CodingKey] { [] }
    var count: Int? { total }
    var isAtEnd: Bool { currentIndex >= total }

    init(d: BinDecoder, count: Int) {
        self.d = d
        self.total = count
    }

    mutating func next() throws {
        guard currentIndex < total else { throw d.fail("unkeyed container exhausted") }
        currentIndex += 1
    }
    mutating func decodeNil() throws -> Bool {
        guard currentIndex < total, d.isNil else { return false }
        d.pos += 1
        currentIndex += 1
        return true
    }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try next(); return try d.bool() }
    mutating func decode(_ type: String.Type) throws -> String { try next(); return try d.string() }
    mutating func decode(_ type: Double.Type) throws -> Double { try next(); return try d.double() }
    mutating func decode(_ type: Int.Type) throws -> Int { try next(); return Int(try d.int()) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next(); return try d.int() }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next(); return try d.decodeValue(T.self) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next()
        return try d.container(keyedBy: NestedKey.self)
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next()
        return try d.unkeyedContainer()
    }
    mutating func superDecoder() throws -> any Decoder { d }
}

struct SingleUnbin: SingleValueDecodingContainer {
    let d: BinDecoder
    var codingPath: [any CodingKey] { [] }
    func decodeNil() -> Bool { d.isNil }
    func decode(_ type: Bool.Type) throws -> Bool { try d.bool() }
    func decode(_ type: String.Type) throws -> String { try d.string() }
    func decode(_ type: Double.Type) throws -> Double { try d.double() }
    func decode(_ type: Float.Type) throws -> Float { Float(try d.double()) }
    func decode(_ type: Int.Type) throws -> Int { Int(try d.int()) }
    func decode(_ type: Int8.Type) throws -> Int8 { Int8(try d.int()) }
    func decode(_ type: Int16.Type) throws -> Int16 { Int16(try d.int()) }
    func decode(_ type: Int32.Type) throws -> Int32 { Int32(try d.int()) }
    func decode(_ type: Int64.Type) throws -> Int64 { try d.int() }
    func decode(_ type: UInt.Type) throws -> UInt { UInt(try d.uint()) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { UInt8(try d.uint()) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { UInt16(try d.uint()) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { UInt32(try d.uint()) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try d.uint() }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try d.decodeValue(T.self) }
}
