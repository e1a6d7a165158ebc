import LedgerCore

/// Short human forms of claim fields.
public enum ClaimFormatting {
    /// The claim's date (candidates joined by `|`) or its period as `start..end`.
    public static func when(_ claim: Claim) -> String {
        if let date = claim.eventDate {
            if date.candidates.count > 1 { return date.candidates.map(\.description).joined(separator: "|") }
            return date.day?.description ?? date.text
        }
        if let period = claim.period {
            return "\(period.start?.description ?? "…")..\(period.end?.description ?? "…")"
        }
        return ""
    }
}
