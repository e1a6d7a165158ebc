import Foundation

/// Small readers shared by the scenarios of the fifth helper's reading (`DroneCarTests` and after).
extension ScenarioLedger {
    /// `[incidents, low, high, best]` of the totals row of `measure` (and `period`, when given).
    func totals(_ measure: String, period: String? = nil) throws -> [Int?] {
        let row = try rows(["totals"]).first { $0.str("measure") == measure && (period == nil || $0.str("period") == period) }
        return [row?.int("incidents"), row?.int("low"), row?.int("high"), row?.int("best")]
    }

    /// The incidents of `measure`.
    func incidents(_ measure: String) throws -> [[String: Any]] {
        try rows(["incidents"]).filter { $0.str("measure") == measure }
    }

    /// The discrepancies' kinds, sorted.
    func discrepancyKinds() throws -> [String] {
        try rows(["discrepancies"]).compactMap { $0.str("kind") }.sorted()
    }
}

extension [String: Any] {
    /// An incident's sources as `name:value`.
    var sourceFigures: [String] {
        (self["sources"] as? [[String: Any]] ?? []).map { "\($0.str("source") ?? ""):\($0.int("value") ?? 0)" }
    }
}
