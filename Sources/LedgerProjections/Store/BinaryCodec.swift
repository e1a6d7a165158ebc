import Foundation

/// A compact, self-describing binary encoding for the read models' stored values and checkpoints.
///
/// Foundation's JSON coders dominated every read-model query and checkpoint load; this format keeps
/// the `Codable` conformances but is several times cheaper to write and read. Layout (little endian):
///
/// - `0` nil, `1` false, `2` true, `3` signed integer (zigzag varint), `4` unsigned integer (varint),
///   `5` double (8 bytes), `6` string (varint length + UTF-8);
/// - `7` keyed container and `8` unkeyed container: UInt32 byte length of the body, UInt32 entry
///   count, then the entries (keyed: varint key length + UTF-8 key, then the value);
/// - `9` compact keyed container (since issue 20): UInt32 byte length of the body, then the entries,
///   each key a varint `v`: odd, the key is ``BinaryKeys/names``[v >> 1]; even, `v >> 1` bytes of
///   UTF-8 follow. Every keyed container but a dictionary's is written this way: a claim's field
///   names were 40 % of its record;
/// - `10` hex string: varint length + UTF-8 of a prefix, then varint length + the bytes of a trailing
///   run of lowercase hexadecimal digits, two to a byte (content hashes, incident ids): a string
///   whose trailing run is 12 digits or more is written this way.
///
/// Values written before issue 20 (tags `7` and `6` only) are read as before; `ledger compact`
/// writes them again in the compact form.
///
/// Keyed entries are written in encoding order, and `nil` optionals are written explicitly, so the
/// synthesised decoders find every key at the cursor; a key that is not there is looked up by
/// scanning (containers carry their length, so skipping one is O(1)). Containers of string-keyed
/// dictionaries are sorted by key, so equal values always give equal bytes. A container's length
/// covers its nested containers whole, wherever they stand (``BinEncoder/bump(_:_:)``).
///
/// Decoding reads any bytes safely: a truncated or corrupt value throws ``BinaryCodecError`` (see
/// ``BinDecoder``), never traps or reads outside the input.
public enum BinaryCodec {
    public static func encode(_ value: some Encodable) throws -> [UInt8] {
        try encode(value, compact: true)
    }

    /// `compact: false` writes the format of before issue 20 (tags `6`, `7` and `8` only): what older
    /// ledgers hold, for tests of reading them.
    public static func encode(_ value: some Encodable, compact: Bool) throws -> [UInt8] {
        let e = BinEncoder()
        e.compact = compact
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
    static let compactKeyed: UInt8 = 9, hexString: UInt8 = 10
}

// MARK: encoder

final class BinEncoder: Encoder {
    var bytes: [UInt8] = []
    /// Whether keyed containers and hex strings take their compact forms (tags `9` and `10`).
    var compact = true
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
        var s = s
        s.withUTF8 { u in
            if compact, let run = Self.hexRun(u) {
                hexString(u, run: run)
            } else {
                bytes.append(Tag.string)
                varint(UInt64(u.count))
                bytes.append(contentsOf: u)
            }
        }
    }
    /// Where the trailing run of lowercase hex digits of `u` starts, when it is 12 digits or more
    /// (of an even number: an odd first digit stays in the prefix).
    static func hexRun(_ u: UnsafeBufferPointer<UInt8>) -> Int? {
        var start = u.count
        while start > 0, HexDigits.value(u[start - 1]) != nil { start -= 1 }
        if (u.count - start) % 2 == 1 { start += 1 }
        return u.count - start >= 12 ? start : nil
    }
    private func hexString(_ u: UnsafeBufferPointer<UInt8>, run: Int) {
        bytes.append(Tag.hexString)
        varint(UInt64(run))
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[..<run]))
        varint(UInt64((u.count - run) / 2))
        var i = run
        while i < u.count {
            bytes.append(HexDigits.value(u[i])! << 4 | HexDigits.value(u[i + 1])!)
            i += 2
        }
    }
    /// A key of a keyed container: by its number in ``BinaryKeys`` in a compact container.
    @inline(__always) func key(_ name: String, compact: Bool) {
        guard compact else { rawString(name); return }
        if let i = BinaryKeys.index[name] {
            varint(UInt64(i) << 1 | 1)
        } else {
            var name = name
            name.withUTF8 { u in
                varint(UInt64(u.count) << 1)
                bytes.append(contentsOf: u)
            }
        }
    }
    func double(_ d: Double) {
        bytes.append(Tag.double)
        withUnsafeBytes(of: d.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }
    /// Writes a container header; returns the offset of its length field.
    func header(_ tag: UInt8) -> Int {
        bytes.append(tag)
        let at = bytes.count
        bytes.append(contentsOf: tag == Tag.compactKeyed ? [0, 0, 0, 0] : [0, 0, 0, 0, 0, 0, 0, 0])
        return at
    }
    /// Where the body of the container whose length field is at `at` starts (a compact keyed
    /// container has no entry count).
    @inline(__always) func bodyStart(_ at: Int) -> Int { at + (bytes[at - 1] == Tag.compactKeyed ? 4 : 8) }
    /// Counts one more entry of the container at `at` and updates its body length, and the body
    /// lengths of the containers it is nested in (`ancestors`, by `nestedContainer`): a nested
    /// container's entries are written after its parent counted it, so the parent's length must grow
    /// with them, or a nested container in last position falls outside its parent.
    @inline(__always) func bump(_ at: Int, _ ancestors: [Int]) {
        writeU32(at, UInt32(bytes.count - bodyStart(at)))
        if bytes[at - 1] != Tag.compactKeyed { writeU32(at + 4, readU32(at + 4) + 1) }
        for a in ancestors { writeU32(a, UInt32(bytes.count - bodyStart(a))) }
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
        keyed(Key.self, ancestors: [])
    }
    func unkeyedContainer() -> any UnkeyedEncodingContainer { unkeyed(ancestors: []) }

    /// A new keyed container nested (by `nestedContainer`) in the containers at `ancestors`.
    func keyed<Key: CodingKey>(_ type: Key.Type, ancestors: [Int]) -> KeyedEncodingContainer<Key> {
        // A dictionary's keys are data, sorted: written whole, in the original form.
        let sorted = Key(intValue: 0) != nil ? SortedEntries() : nil
        let at = header(compact && sorted == nil ? Tag.compactKeyed : Tag.keyed)
        return KeyedEncodingContainer(KeyedBin<Key>(e: self, at: at, sorted: sorted, ancestors: ancestors))
    }
    /// A new unkeyed container nested (by `nestedUnkeyedContainer`) in the containers at `ancestors`.
    func unkeyed(ancestors: [Int]) -> UnkeyedBin { UnkeyedBin(e: self, at: header(Tag.unkeyed), ancestors: ancestors) }
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
    /// The containers this one is nested in, innermost last.
    let ancestors: [Int]
    var codingPath: [any CodingKey] { [] }

    /// Writes `key`, by number when this is a compact container.
    @inline(__always) func writeKey(_ key: Key) { e.key(key.stringValue, compact: e.bytes[at - 1] == Tag.compactKeyed) }

    @inline(__always) func entry(_ key: Key, _ write: () throws -> Void) rethrows {
        let start = e.bytes.count
        writeKey(key)
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
        e.bump(at, ancestors)
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
        writeKey(key)
        defer { e.bump(at, ancestors) }
        return e.keyed(NestedKey.self, ancestors: ancestors + [at])
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        writeKey(key)
        defer { e.bump(at, ancestors) }
        return e.unkeyed(ancestors: ancestors + [at])
    }
    mutating func superEncoder() -> any Encoder { e }
    mutating func superEncoder(forKey key: Key) -> any Encoder { e }
}

struct UnkeyedBin: UnkeyedEncodingContainer {
    let e: BinEncoder
    let at: Int
    /// The containers this one is nested in, innermost last.
    let ancestors: [Int]
    var codingPath: [any CodingKey] { [] }
    var count: Int { Int(e.readU32(at + 4)) }

    mutating func encodeNil() throws { e.bytes.append(Tag.null); e.bump(at, ancestors) }
    mutating func encode(_ value: Bool) throws { e.bytes.append(value ? Tag.yes : Tag.no); e.bump(at, ancestors) }
    mutating func encode(_ value: String) throws { e.string(value); e.bump(at, ancestors) }
    mutating func encode(_ value: Int) throws { e.int(Int64(value)); e.bump(at, ancestors) }
    mutating func encode(_ value: Int64) throws { e.int(value); e.bump(at, ancestors) }
    mutating func encode(_ value: Double) throws { e.double(value); e.bump(at, ancestors) }
    mutating func encode<T: Encodable>(_ value: T) throws { try e.encodeValue(value); e.bump(at, ancestors) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        defer { e.bump(at, ancestors) }
        return e.keyed(NestedKey.self, ancestors: ancestors + [at])
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        defer { e.bump(at, ancestors) }
        return e.unkeyed(ancestors: ancestors + [at])
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
