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
