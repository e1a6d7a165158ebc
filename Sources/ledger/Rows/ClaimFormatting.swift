import LedgerCore

/// Short human forms of claim fields.
enum ClaimFormatting {
    static func when(_ claim: Claim) -> String {
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
