import Crypto

/// The hash chain: `hash = SHA-256(previous hash ‖ type ‖ payload ‖ recorded time)`, lowercase hex.
///
/// The four parts are joined with a 0x1F unit separator so that no shift of bytes between two
/// fields can produce the same input. The first event's previous hash is ``genesis``.
public enum EventHash {
    /// The previous hash of the first event: 64 zeros.
    public static let genesis = String(repeating: "0", count: 64)

    public static func compute(previous: String, type: String, payload: some Sequence<UInt8>, recordedAt: String) -> String {
        var hasher = SHA256()
        feed(&hasher, previous)
        hasher.update(data: [0x1F])
        feed(&hasher, type)
        hasher.update(data: [0x1F])
        let handled: Void? = payload.withContiguousStorageIfAvailable { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        if handled == nil { hasher.update(data: Array(payload)) }
        hasher.update(data: [0x1F])
        feed(&hasher, recordedAt)
        return hex(hasher.finalize())
    }

    /// The same hash from raw bytes, written as 64 lowercase hex bytes at `hexOut`.
    ///
    /// The append and verify hot paths call this with pointers into the payload buffer and into
    /// SQLite's column memory, so that no `String` or `Array` is built per event (profiles showed the
    /// copies and reference counting cost as much as SHA-256 itself).
    public static func compute(
        previous: UnsafeRawBufferPointer, type: UnsafeRawBufferPointer, payload: UnsafeRawBufferPointer,
        recordedAt: UnsafeRawBufferPointer, hexOut: UnsafeMutableRawPointer
    ) {
        var hasher = SHA256()
        var separator: UInt8 = 0x1F
        withUnsafeBytes(of: &separator) { sep in
            hasher.update(bufferPointer: previous)
            hasher.update(bufferPointer: sep)
            hasher.update(bufferPointer: type)
            hasher.update(bufferPointer: sep)
            hasher.update(bufferPointer: payload)
            hasher.update(bufferPointer: sep)
            hasher.update(bufferPointer: recordedAt)
        }
        hasher.finalize().withUnsafeBytes { digest in writeHex(digest, to: hexOut) }
    }

    /// Writes `bytes` as lowercase hex (two bytes out per byte in).
    @inline(__always)
    static func writeHex(_ bytes: UnsafeRawBufferPointer, to out: UnsafeMutableRawPointer) {
        var i = 0
        for b in bytes {
            out.storeBytes(of: hexDigit(b >> 4), toByteOffset: i, as: UInt8.self)
            out.storeBytes(of: hexDigit(b & 0x0F), toByteOffset: i + 1, as: UInt8.self)
            i += 2
        }
    }

    @inline(__always)
    private static func hexDigit(_ nibble: UInt8) -> UInt8 { nibble < 10 ? 0x30 + nibble : 0x57 + nibble }

    /// Hashes a string's UTF-8 bytes without copying them.
    private static func feed(_ hasher: inout SHA256, _ string: String) {
        var string = string
        string.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
    }

    /// SHA-256 of arbitrary bytes, lowercase hex (the content hash of a report).
    public static func sha256Hex(_ bytes: some Sequence<UInt8>) -> String {
        hex(SHA256.hash(data: Array(bytes)))
    }

    private static let digits = Array("0123456789abcdef".utf8)

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        var out = [UInt8]()
        out.reserveCapacity(64)
        for b in digest {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
