/// The key names ``BinaryCodec`` writes as a number instead of a string: every field name of the
/// stored read models (claims, incidents, series points, discrepancies, reports, link facts,
/// checkpoints), most frequent first, so that the common ones take one byte.
///
/// The list is part of the stored format: entries are only ever appended, never reordered or
/// removed (a stored value refers to its keys by position). A key not in the list is written whole.
enum BinaryKeys {
    static let names: [String] = [
        "text", "start", "end", "seq", "value", "category", "report", "qualifier", "measure", "span",
        "recorded_at", "id", "place", "publisher", "exclusions", "kind", "original", "role", "parent",
        "category_text", "period", "event_date", "unresolved", "attributed_to", "context", "provisional",
        "superseded_by", "incomplete", "notes", "current", "extractor_version", "corrections", "retraction",
        "claim_id", "admin1", "source", "name", "report_day", "day", "hash", "published", "state", "copy_of",
        "original_publisher", "candidates", "evidence", "group", "status", "linked_by", "supersedes",
        "place_text", "last_day", "low", "high", "best", "rule", "sources", "members", "breakdown",
        "ambiguous", "recalled_by", "series", "scope", "period_start", "period_end", "position", "delta",
        "severity", "summary", "stated", "other", "gap", "side_a", "side_b", "incidents", "claims",
        "reports", "republications", "links", "lastSeq", "places",
    ]

    /// Each name's position in ``names``.
    static let index: [String: Int] = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })

    /// The names as UTF-8 bytes, for comparing a stored key with a wanted one without a `String`.
    static let bytes: [[UInt8]] = names.map { Array($0.utf8) }
}
