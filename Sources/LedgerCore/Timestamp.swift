import Foundation

/// Recorded times are UTC ISO-8601 with milliseconds: `2026-11-24T02:01:40.123Z`.
///
/// They sort as text, so `--as-of` is a plain string comparison in SQL.
public enum Timestamp {
    public static func now() -> String { format(Date()) }

    public static func format(_ date: Date) -> String {
        let ms = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let day = Day(ordinal: Int(floorDiv(ms, 86_400_000)))
        let msOfDay = ms - floorDiv(ms, 86_400_000) * 86_400_000
        let h = msOfDay / 3_600_000, m = msOfDay / 60_000 % 60, s = msOfDay / 1000 % 60, f = msOfDay % 1000
        return "\(day)T\(pad(h, 2)):\(pad(m, 2)):\(pad(s, 2)).\(pad(f, 3))Z"
    }

    /// Accepts `YYYY-MM-DD` (the end of that day, so "as of 1 March" includes all of 1 March),
    /// `YYYY-MM-DDTHH:MM[:SS[.fff]]` with an optional `Z`, and returns the canonical form.
    public static func parseUpperBound(_ text: String) -> String? {
        if text.count == 10, let d = Day(iso: text) { return "\(d)T23:59:59.999Z" }
        return parse(text)
    }

    /// Parses a timestamp given on the command line into the canonical form (start of day for a bare date).
    public static func parse(_ text: String) -> String? {
        if text.count == 10, let d = Day(iso: text) { return "\(d)T00:00:00.000Z" }
        guard text.count >= 16, let d = Day(iso: text) else { return nil }
        let chars = Array(text)
        guard chars[10] == "T" || chars[10] == " " else { return nil }
        let rest = String(chars[11...]).replacingOccurrences(of: "Z", with: "")
        let hms = rest.split(separator: ":")
        guard hms.count >= 2, let h = Int(hms[0]), let m = Int(hms[1]), (0..<24).contains(h), (0..<60).contains(m)
        else { return nil }
        var s = 0, f = 0
        if hms.count >= 3 {
            let sec = hms[2].split(separator: ".")
            guard let sv = Int(sec[0]), (0..<61).contains(sv) else { return nil }
            s = sv
            if sec.count > 1 { f = Int(String(sec[1].prefix(3)).padding(toLength: 3, withPad: "0", startingAt: 0)) ?? 0 }
        }
        return "\(d)T\(pad(h, 2)):\(pad(m, 2)):\(pad(s, 2)).\(pad(f, 3))Z"
    }

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : (a - b + 1) / b }

    private static func pad(_ v: some BinaryInteger, _ n: Int) -> String {
        let s = String(v)
        return s.count >= n ? s : String(repeating: "0", count: n - s.count) + s
    }
}
