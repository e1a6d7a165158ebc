import Foundation

/// Canonical JSON as stored in the event log: keys sorted, no white space, `/` unescaped.
///
/// A payload is encoded once, when its event is appended, and its bytes are hashed and stored as
/// they are; nothing re-encodes a stored payload, so hashes never depend on an encoder's version.
public enum CanonicalJSON {
    public static func encode(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(bytes))
    }

    public static func string(_ value: some Encodable) throws -> String {
        String(decoding: try encode(value), as: UTF8.self)
    }
}
