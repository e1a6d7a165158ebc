import Foundation

/// One tag of a page, read where a `<` starts one.
struct HTMLTag {
    enum Kind { case open, close, comment, declaration }

    var kind: Kind
    /// The element's name in lower case (`p`, `li`, `script`).
    var name: String
    /// The `class` and `id` attributes' values, lower-cased, for spotting page chrome.
    var classAndID: String
    var selfClosing: Bool
    /// The index just past the tag's `>`.
    var end: Int

    /// Whether the element is page chrome by its class or id (a "most read" box, a share bar, a menu).
    var isChrome: Bool {
        kind == .open && !classAndID.isEmpty && HTMLText.chromeMarkers.contains { classAndID.contains($0) }
    }

    /// The tag starting at `page[at]` (a `<`), or nil when the `<` is text ("3 < 5", "<<").
    static func parse(_ page: [Unicode.Scalar], at start: Int) -> HTMLTag? {
        var j = start + 1
        guard j < page.count else { return nil }
        if page[j] == "!" {
            if j + 2 < page.count, page[j + 1] == "-", page[j + 2] == "-" {
                return HTMLTag(kind: .comment, name: "", classAndID: "", selfClosing: true, end: endOfComment(page, from: j + 3))
            }
            return HTMLTag(kind: .declaration, name: "", classAndID: "", selfClosing: true, end: closingBracket(page, from: j))
        }
        let closing = page[j] == "/"
        if closing { j += 1 }
        var name = ""
        while j < page.count, page[j].properties.isASCIIHexDigit || ("a"..."z").contains(page[j]) || ("A"..."Z").contains(page[j]) || ("0"..."9").contains(page[j]) {
            name.unicodeScalars.append(page[j])
            j += 1
        }
        guard !name.isEmpty, let first = name.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) else { return nil }
        let end = closingBracket(page, from: j)
        let inside = String(String.UnicodeScalarView(page[j..<max(j, end - 1)])).lowercased()
        return HTMLTag(kind: closing ? .close : .open, name: name.lowercased(), classAndID: attributes(inside),
                       selfClosing: inside.hasSuffix("/"), end: end)
    }

    /// The values of `class="…"` and `id="…"` in a tag's inside, run together.
    static func attributes(_ inside: String) -> String {
        var found = ""
        for key in ["class=", "id="] {
            var rest = inside[...]
            while let r = rest.range(of: key) {
                if r.lowerBound > rest.startIndex, let before = rest[..<r.lowerBound].last, before.isLetter || before == "-" {
                    rest = rest[r.upperBound...]
                    continue
                }
                let value = rest[r.upperBound...].drop { $0 == "\"" || $0 == "'" }
                found += " " + value.prefix { $0 != "\"" && $0 != "'" && $0 != ">" }
                rest = rest[r.upperBound...]
            }
        }
        return found
    }

    /// Just past the `>` that ends a tag, skipping `>` inside quoted attribute values.
    static func closingBracket(_ page: [Unicode.Scalar], from start: Int) -> Int {
        var j = start
        var quote: Unicode.Scalar?
        while j < page.count {
            let c = page[j]
            if let q = quote { if c == q { quote = nil } } else if c == "\"" || c == "'" { quote = c } else if c == ">" { return j + 1 }
            j += 1
        }
        return page.count
    }

    static func endOfComment(_ page: [Unicode.Scalar], from start: Int) -> Int {
        var j = start
        while j + 2 < page.count {
            if page[j] == "-", page[j + 1] == "-", page[j + 2] == ">" { return j + 3 }
            j += 1
        }
        return page.count
    }

    /// Just past the end tag that closes an element opened before `start`, counting nested elements of
    /// the same name; for `<script>` and `<style>` the first `</script>` / `</style>` (their content is not markup).
    static func endOfElement(_ page: [Unicode.Scalar], named name: String, from start: Int) -> Int {
        let raw = name == "script" || name == "style"
        var depth = 1
        var j = start
        while j < page.count {
            if page[j] == "<", let tag = parse(page, at: j), tag.name == name || (raw && tag.kind == .comment) {
                if tag.kind == .close, tag.name == name {
                    depth -= 1
                    if depth == 0 { return tag.end }
                } else if tag.kind == .open, !raw, !tag.selfClosing {
                    depth += 1
                }
                j = raw ? j + 1 : tag.end
            } else {
                j += 1
            }
        }
        return page.count
    }
}
