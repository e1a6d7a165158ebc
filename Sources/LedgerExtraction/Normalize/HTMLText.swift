import Foundation

/// The readable text of a web page, with a map back to the page's own characters.
///
/// A saved news page is stored as it is (its offsets are what an auditor checks against the file);
/// the extractor reads only its text. Markup becomes white space: block elements (`<p>`, `<div>`,
/// `<br>`, headings, table rows) end a line, a list item starts a bulleted line ("• "), so that
/// breakdowns in `<li>`s read as the bullet lists they are. Scripts, styles, comments, forms, SVG,
/// navigation, headers' and footers' chrome and sidebars ("most read", "related", share bars, menus:
/// by their tag or their `class`/`id`) are dropped whole. Entities (`&nbsp;`, `&amp;`, `&#1605;`,
/// `&#x645;`) are decoded. Every output scalar keeps the range of page scalars it came from.
struct HTMLText {
    var scalars: [Unicode.Scalar] = []
    var starts: [Int] = []
    var ends: [Int] = []

    /// Elements whose content is never article text.
    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select", "nav", "footer", "aside",
        "figure", "video", "audio", "canvas", "object",
    ]
    /// Elements that end a line.
    static let blockElements: Set<String> = [
        "p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article", "header",
        "blockquote", "ul", "ol", "title", "main", "dd", "dt", "pre", "time",
    ]
    /// Words in a `class` or `id` that mark page chrome rather than the article.
    static let chromeMarkers = [
        "sidebar", "most-read", "mostread", "most_read", "related", "popular", "trending", "share", "social", "breadcrumb",
        "menu", "navbar", "comments", "newsletter", "widget", "advert", "cookie", "subscribe", "read-also", "readmore", "tags",
    ]

    /// Whether `text` is a web page rather than prose that mentions a tag.
    static func looksLikeHTML(_ text: [Unicode.Scalar]) -> Bool {
        // Every report passes here: prose without a '<' is answered without building a string.
        guard text.prefix(4096).contains("<") else { return false }
        let head = String(String.UnicodeScalarView(text.prefix(4096))).lowercased()
        if head.contains("<!doctype html") || head.contains("<html") || head.contains("<body") { return true }
        let tags = ["<p>", "<p ", "<br", "<div", "<li>", "<span", "</p>", "</div>"].reduce(0) { $0 + head.components(separatedBy: $1).count - 1 }
        return tags >= 3
    }

    /// The text of the page, or nil when `page` does not look like HTML.
    static func extract(_ page: [Unicode.Scalar]) -> HTMLText? {
        guard looksLikeHTML(page) else { return nil }
        var reader = HTMLReader(page: page)
        reader.run()
        return reader.output
    }

    mutating func emit(_ s: Unicode.Scalar, from start: Int, to end: Int) {
        scalars.append(s)
        starts.append(start)
        ends.append(end)
    }

    /// Ends the current line unless it is already ended (a run of block tags makes one break).
    mutating func breakLine(at position: Int) {
        if let last = scalars.last, last == "\n" { return }
        if scalars.isEmpty { return }
        emit("\n", from: position, to: position)
    }
}
