import LedgerCore

/// One row of the event log, as stored.
public struct StoredEvent: Hashable, Sendable {
    public var seq: Int64
    public var type: EventType
    /// The canonical JSON payload, exactly the bytes that were hashed.
    public var payload: String
    public var recordedAt: String
    public var prevHash: String
    public var hash: String

    public init(seq: Int64, type: EventType, payload: String, recordedAt: String, prevHash: String, hash: String) {
        self.seq = seq
        self.type = type
        self.payload = payload
        self.recordedAt = recordedAt
        self.prevHash = prevHash
        self.hash = hash
    }

    /// Decodes the payload.
    public func decoded() throws -> EventPayload {
        try EventPayload.decode(type: type, json: Array(payload.utf8))
    }
}

/// The last event of the chain.
public struct ChainHead: Hashable, Sendable {
    public var seq: Int64
    public var hash: String

    /// The head at event `seq`, whose hash is `hash`.
    public init(seq: Int64, hash: String) {
        self.seq = seq
        self.hash = hash
    }

    public static let empty = ChainHead(seq: 0, hash: EventHash.genesis)
}
