/// The kinds of event the log holds. The raw values are stored in the `events.type` column.
public enum EventType: String, Codable, Sendable, CaseIterable {
    /// A report was ingested: its full text, content hash and metadata (the log is self-contained).
    case reportIngested = "report_ingested"
    /// The extractor read one claim from a report.
    case claimExtracted = "claim_extracted"
    /// A person corrected fields of a claim, with a reason.
    case claimCorrected = "claim_corrected"
    /// A person retracted a claim, with a reason.
    case claimRetracted = "claim_retracted"
    /// A person declared claims to be about one incident.
    case claimsLinked = "claims_linked"
    /// A person declared claims not to be about one incident.
    case claimsUnlinked = "claims_unlinked"
    /// A report was marked as a republished copy of another.
    case reportMarkedRepublication = "report_marked_republication"
    /// A person withdrew an earlier `claims_linked` or `claims_unlinked` decision: the projections
    /// read the log as if that decision had never been made.
    case decisionWithdrawn = "decision_withdrawn"
}
