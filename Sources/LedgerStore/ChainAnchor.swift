import Foundation

/// A hash written down earlier to check that the chain still contains it, as people copy it: the
/// whole 64-digit hash or a prefix of at least eight hex digits (the 16 digits `ledger log` prints),
/// in upper or lower case.
public struct ChainAnchor: Hashable, Sendable {
    /// Why an anchor cannot be checked: a usage error, never a verdict on the chain.
    public enum Problem: Error, CustomStringConvertible, Equatable, Sendable {
        case malformed(String)
        case ambiguous(String, events: [Int64])

        public var description: String {
            switch self {
            case .malformed(let text):
                "the anchor '\(text)' is not a hash: give 8 to 64 hex digits (a prefix of a head hash that `ledger verify` or `ledger log` printed)"
            case .ambiguous(let prefix, let events):
                "the anchor \(prefix) matches more than one event (\(events.map { "#\($0)" }.joined(separator: ", ")), ...): give more digits"
            }
        }
    }

    /// The shortest prefix accepted: 8 hex digits, one chance in four billion of matching by accident.
    public static let minimumDigits = 8

    /// The prefix in lower case, as the log stores hashes.
    public let prefix: String
    private let bytes: [UInt8]

    public init(parsing text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard (Self.minimumDigits...64).contains(trimmed.utf8.count),
              trimmed.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        else { throw Problem.malformed(text) }
        prefix = trimmed
        bytes = Array(trimmed.utf8)
    }

    /// Whether a stored hash (lower-case hex bytes) begins with this anchor.
    func matches(_ hash: UnsafeRawBufferPointer) -> Bool {
        guard hash.count >= bytes.count else { return false }
        return bytes.withUnsafeBytes { Ledger.same(UnsafeRawBufferPointer(rebasing: hash[0..<$0.count]), $0) }
    }
}
