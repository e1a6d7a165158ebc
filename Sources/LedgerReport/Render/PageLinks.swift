import LedgerCore

/// How pages link to one another: file names, and a query string the server keeps on every link so
/// that a page viewed `as_of` a time links to pages as of the same time.
public struct PageLinks: Hashable, Sendable {
    /// `""` for the static site; `?as_of=…&through=…` when served with a query.
    public var suffix: String

    public init(query: ReportQuery? = nil) {
        var items: [String] = []
        if let a = query?.asOf { items.append("as_of=" + Self.encode(a)) }
        if let t = query?.through { items.append("through=" + Self.encode(t)) }
        suffix = items.isEmpty ? "" : "?" + items.joined(separator: "&")
    }

    public func page(_ name: String) -> String { name + suffix }
    public func claim(_ id: String) -> String { "claims.html" + suffix + "#c-" + id }
    public func incident(_ id: String) -> String { "incidents.html" + suffix + "#" + id }
    public func discrepancy(_ id: String) -> String { "discrepancies.html" + suffix + "#" + id }
    public func source(_ key: String) -> String { Self.sourceFile(key) + suffix }

    /// The file of a source's page: its key hashed (names may be Arabic or hold any character).
    public static func sourceFile(_ key: String) -> String {
        "source-" + String(EventHash.sha256Hex(Array(key.utf8)).prefix(10)) + ".html"
    }

    /// Percent-encodes all but unreserved characters.
    static func encode(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: ":"):
                out.append(Character(Unicode.Scalar(b)))
            default:
                out += "%" + String(b, radix: 16, uppercase: true).leftPad(2)
            }
        }
        return out
    }
}

extension String {
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
