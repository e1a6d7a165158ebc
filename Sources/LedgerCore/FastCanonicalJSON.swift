/// A hand-written canonical JSON writer for the two payloads that make up almost every event
/// (`report_ingested` and `claim_extracted`), the append path's hot spot.
///
/// It writes what ``CanonicalJSON`` (Foundation's encoder with sorted keys, unescaped slashes)
/// writes for the same value: keys sorted by their UTF-8 bytes, nil optionals left out, no white
/// space, non-ASCII text as UTF-8, control characters escaped. A test compares the two byte for byte.
struct FastCanonicalJSON {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

    /// An object whose members are written in sorted key order.
    mutating func object(_ members: [(String, Member)]) {
        bytes.append(UInt8(ascii: "{"))
        var first = true
        for (key, member) in members.sorted(by: { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }) {
            if case .absent = member { continue }
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            string(key)
            bytes.append(UInt8(ascii: ":"))
            write(member)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    /// A member value; `.absent` is a nil optional, left out like Foundation's `encodeIfPresent`.
    indirect enum Member {
        case absent
        case string(String)
        case int(Int)
        case bool(Bool)
        case strings([String])
        case nested((inout FastCanonicalJSON) -> Void)
        case array([(inout FastCanonicalJSON) -> Void])

        static func optional(_ s: String?) -> Member { s.map(Member.string) ?? .absent }
    }

    mutating func write(_ member: Member) {
        switch member {
        case .absent: break
        case .string(let s): string(s)
        case .int(let i): bytes.append(contentsOf: String(i).utf8)
        case .bool(let b): bytes.append(contentsOf: (b ? "true" : "false").utf8)
        case .strings(let list):
            bytes.append(UInt8(ascii: "["))
            for (i, s) in list.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                string(s)
            }
            bytes.append(UInt8(ascii: "]"))
        case .nested(let body): body(&self)
        case .array(let items):
            bytes.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                item(&self)
            }
            bytes.append(UInt8(ascii: "]"))
        }
    }

    /// Text written as it is: a JSON literal (`null`, a number) the caller has formed.
    mutating func literal(_ text: String) { bytes.append(contentsOf: text.utf8) }

    private static let hex = Array("0123456789abcdef".utf8)

    mutating func string(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { buffer in
            var start = 0
            for (i, b) in buffer.enumerated() where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                bytes.append(contentsOf: buffer[start..<i])
                switch b {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                default:
                    bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, Self.hex[Int(b >> 4)], Self.hex[Int(b & 0xF)]])
                }
                start = i + 1
            }
            bytes.append(contentsOf: buffer[start...])
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

extension ReportMeta {
    func writeJSON(_ w: inout FastCanonicalJSON) {
        w.object([
            ("content_hash", .string(contentHash)), ("source", .optional(source)), ("publisher", .optional(publisher)),
            ("source_url", .optional(sourceURL)), ("published", .optional(published?.description)), ("language", .optional(language)),
            ("raw_sha256", .optional(rawHash)),
        ])
    }
}

extension ReportIngested {
    /// Canonical JSON of this payload.
    public func fastCanonicalJSON() -> [UInt8] {
        var w = FastCanonicalJSON(capacity: text.utf8.count + 512)
        w.object([("report", .nested { report.writeJSON(&$0) }), ("text", .string(text))])
        return w.bytes
    }
}

extension Claim {
    func writeJSON(_ w: inout FastCanonicalJSON) {
        let placeMember: FastCanonicalJSON.Member = place.map { p in
            .nested { $0.object([("name", .string(p.name)), ("text", .string(p.text)), ("admin1", .optional(p.admin1))]) }
        } ?? .absent
        let periodMember: FastCanonicalJSON.Member = period.map { p in
            .nested {
                $0.object([
                    ("start", .optional(p.start?.description)), ("end", .optional(p.end?.description)), ("text", .string(p.text)),
                    ("unresolved", .bool(p.unresolved)),
                ])
            }
        } ?? .absent
        let dateMember: FastCanonicalJSON.Member = eventDate.map { d in
            .nested {
                $0.object([
                    ("day", .optional(d.day?.description)), ("candidates", .strings(d.candidates.map(\.description))),
                    ("text", .string(d.text)), ("unresolved", .bool(d.unresolved)),
                ])
            }
        } ?? .absent
        w.object([
            ("id", .string(id)), ("measure", .string(measure.rawValue)), ("value", .int(value)), ("qualifier", .string(qualifier.rawValue)),
            ("kind", .string(kind.rawValue)), ("role", .string(role.rawValue)), ("parent", .optional(parent)),
            ("category", .string(category.rawValue)), ("category_text", .optional(categoryText)), ("place", placeMember),
            ("period", periodMember), ("event_date", dateMember), ("attributed_to", .optional(attributedTo)),
            ("exclusions", .strings(exclusions)), ("context", .string(context.rawValue)), ("provisional", .bool(provisional)),
            ("superseded_by", .optional(supersededBy)), ("incomplete", .bool(incomplete)), ("notes", .strings(notes)),
            ("span", .nested { $0.object([("start", .int(span.start)), ("end", .int(span.end)), ("text", .string(span.text))]) }),
            ("report", .string(report)),
        ])
    }
}

extension ClaimExtracted {
    /// Canonical JSON of this payload.
    public func fastCanonicalJSON() -> [UInt8] {
        var w = FastCanonicalJSON(capacity: 1024)
        w.object([("claim", .nested { claim.writeJSON(&$0) }), ("extractor_version", .string(extractorVersion))])
        return w.bytes
    }
}
