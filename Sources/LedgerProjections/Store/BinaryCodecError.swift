/// Why ``BinaryCodec`` could not decode a stored value: the bytes are truncated, corrupt, or not of
/// the type asked for. Decoding never traps on any input; it throws this (or a `DecodingError` for a
/// missing key).
public struct BinaryCodecError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was wrong.
    public var reason: String
    /// The byte offset at which it was found.
    public var offset: Int

    public init(_ reason: String, at offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    public var description: String { "binary read model: \(reason) at byte \(offset) (run `ledger rebuild` to re-derive it)" }
}
