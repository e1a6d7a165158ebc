import Foundation

/// A keyed container of ``BinDecoder``: entries between `start` and `end`; `compact`, keys by their
/// number in ``BinaryKeys`` or else whole (tag `9`), else every key whole (tag `7`).
struct KeyedUnbin<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let d: BinDecoder
    let start: Int
    let end: Int
    let compact: Bool
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
        if compact {
            let v = try d.varint()
            guard d.pos < end else { d.pos = save; throw d.fail("corrupt key") }
            if v & 1 == 1 {
                guard v >> 1 < UInt64(BinaryKeys.bytes.count) else { d.pos = save; throw d.fail("unknown key number") }
                return BinaryKeys.bytes[Int(v >> 1)].withUnsafeBufferPointer { $0.elementsEqual(k) }
            }
            guard v >> 1 <= UInt64(end - d.pos) else { d.pos = save; throw d.fail("corrupt key") }
            return compare(Int(v >> 1), k)
        }
        let n = try d.length()
        guard n <= end - d.pos else { d.pos = save; throw d.fail("corrupt key") }
        return compare(n, k)
    }

    /// Whether the `n` bytes at the cursor are `k`; moves the cursor past them.
    @inline(__always) private func compare(_ n: Int, _ k: UnsafeBufferPointer<UInt8>) -> Bool {
        defer { d.pos += n }
        guard n == k.count else { return false }
        guard n > 0, let base = d.b.baseAddress, let key = k.baseAddress else { return true }
        return memcmp(base + d.pos, key, n) == 0
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
            guard let name = try? keyName(), (try? d.skip()) != nil else { break }
            if let k = Key(stringValue: name) { out.append(k) }
        }
        d.pos = save
        return out
    }
    /// The key at the cursor, read past.
    private func keyName() throws -> String {
        guard compact else { return try d.rawString() }
        let v = try d.varint()
        if v & 1 == 1 {
            guard v >> 1 < UInt64(BinaryKeys.names.count) else { throw d.fail("unknown key number") }
            return BinaryKeys.names[Int(v >> 1)]
        }
        guard v >> 1 <= UInt64(d.remaining) else { throw d.fail("corrupt key") }
        let n = Int(v >> 1)
        defer { d.pos += n }
        return String(decoding: UnsafeBufferPointer(rebasing: d.b[d.pos..<(d.pos + n)]), as: UTF8.self)
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
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try need(key); return try d.narrow(d.int(), Int.self) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try need(key); return try d.narrow(d.int(), Int8.self) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try need(key); return try d.narrow(d.int(), Int16.self) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try need(key); return try d.narrow(d.int(), Int32.self) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try need(key); return try d.int() }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try need(key); return try d.narrow(d.uint(), UInt.self) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try need(key); return try d.narrow(d.uint(), UInt8.self) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try need(key); return try d.narrow(d.uint(), UInt16.self) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try need(key); return try d.narrow(d.uint(), UInt32.self) }
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
        return try d.narrow(d.int(), Int.self)
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
    mutating func decode(_ type: Int.Type) throws -> Int { try next(); return try d.narrow(d.int(), Int.self) }
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
    func decode(_ type: Int.Type) throws -> Int { try d.narrow(d.int(), Int.self) }
    func decode(_ type: Int8.Type) throws -> Int8 { try d.narrow(d.int(), Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try d.narrow(d.int(), Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try d.narrow(d.int(), Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try d.int() }
    func decode(_ type: UInt.Type) throws -> UInt { try d.narrow(d.uint(), UInt.self) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try d.narrow(d.uint(), UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try d.narrow(d.uint(), UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try d.narrow(d.uint(), UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try d.uint() }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try d.decodeValue(T.self) }
}
