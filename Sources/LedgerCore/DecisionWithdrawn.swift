/// Payload of ``EventType/decisionWithdrawn``: a person takes back the `claims_linked` or
/// `claims_unlinked` event at `eventSeq`. Nothing is deleted; the projections treat the withdrawn
/// decision as if it had never been made (the pairs it named get their earlier word back, or the
/// automatic rule). A withdrawal naming any other event is kept in the log and changes nothing.
public struct DecisionWithdrawn: Codable, Hashable, Sendable {
    /// The sequence number of the withdrawn link or unlink event.
    public var eventSeq: Int64
    public var reason: String

    public init(eventSeq: Int64, reason: String) {
        self.eventSeq = eventSeq
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey {
        case eventSeq = "event_seq"
        case reason
    }
}
