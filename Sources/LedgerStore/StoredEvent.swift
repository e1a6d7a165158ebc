import LedgerCore

/// One row of the event log, as stored.
public struct StoredEvent: Hashable, Sendable {
    public var seq: Int64
    public var type: EventType { didSet { value = nil } }
    /// The canonical JSON payload, exactly the bytes that were hashed.
    public var payload: String { didSet { value = nil } }
    public var recordedAt: String
    public var prevHash: String
    public var hash: String
    /// The value `payload` encodes, when the event was built from it in this process (an append
    /// keeps it for its hook, so the projector does not decode what was just encoded). Not part of
    /// the event's identity: two events are equal when their stored columns are. Setting `type` or
    /// `payload` forgets it.
    var value: EventPayload?

    public init(seq: Int64, type: EventType, payload: String, recordedAt: String, prevHash: String, hash: String) {
        self.seq = seq
        self.type = type
        self.payload = payload
        self.recordedAt = recordedAt
        self.prevHash = prevHash
        self.hash = hash
    }

    /// The payload's value: the one it was encoded from, or decoded from its canonical JSON.
    public func decoded() throws -> EventPayload {
        if let value { return value }
        return try EventPayload.decode(type: type, json: Array(payload.utf8))
    }

    public static func == (a: StoredEvent, b: StoredEvent) -> Bool {
        a.seq == b.seq && a.type == b.type && a.payload == b.payload && a.recordedAt == b.recordedAt
            && a.prevHash == b.prevHash && a.hash == b.hash
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(seq)
        hasher.combine(hash)
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
