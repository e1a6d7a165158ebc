/// The character references a news page uses.
enum HTMLEntities {
    static let named: [String: Unicode.Scalar] = [
        "nbsp": "\u{00A0}", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "mdash": "\u{2014}",
        "ndash": "\u{2013}", "hellip": "\u{2026}", "laquo": "\u{00AB}", "raquo": "\u{00BB}", "lsquo": "\u{2018}",
        "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "bull": "\u{2022}", "middot": "\u{00B7}",
        "zwnj": "\u{200C}", "zwj": "\u{200D}", "lrm": "\u{200E}", "rlm": "\u{200F}", "shy": "\u{00AD}", "times": "\u{00D7}",
        "deg": "\u{00B0}", "copy": "\u{00A9}", "reg": "\u{00AE}", "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}",
    ]

    /// The character for `name` (what stands between `&` and `;`), or nil for an unknown reference.
    static func decode(_ name: String) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") { return UInt32(name.dropFirst(2), radix: 16).flatMap(valid) }
        if name.hasPrefix("#") { return UInt32(name.dropFirst(), radix: 10).flatMap(valid) }
        return named[name] ?? named[name.lowercased()]
    }

    /// A scalar a page may stand for: not NUL, not a surrogate, not past Unicode.
    static func valid(_ value: UInt32) -> Unicode.Scalar? {
        value == 0 ? nil : Unicode.Scalar(value)
    }
}
