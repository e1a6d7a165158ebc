import Foundation

/// Walks a page's scalars once, writing its readable text into an ``HTMLText``.
struct HTMLReader {
    let page: [Unicode.Scalar]
    var output = HTMLText()
    var i = 0
    /// White space seen since the last text: runs of it (line breaks in the source included) are one space.
    var pendingSpace = false

    init(page: [Unicode.Scalar]) { self.page = page }

    mutating func run() {
        while i < page.count {
            let s = page[i]
            if s == "<", let tag = HTMLTag.parse(page, at: i) {
                handle(tag)
            } else if s == "&" {
                entity()
            } else if s.properties.isWhitespace {
                pendingSpace = true
                i += 1
            } else {
                text(s, from: i, to: i + 1)
                i += 1
            }
        }
    }

    mutating func text(_ s: Unicode.Scalar, from start: Int, to end: Int) {
        if pendingSpace, let last = output.scalars.last, last != "\n", last != " " { output.emit(" ", from: start, to: start) }
        pendingSpace = false
        output.emit(s, from: start, to: end)
    }

    mutating func handle(_ tag: HTMLTag) {
        let start = i
        i = tag.end
        switch tag.kind {
        case .comment, .declaration:
            return
        case .open where HTMLText.droppedElements.contains(tag.name) || tag.isChrome:
            if !tag.selfClosing { i = HTMLTag.endOfElement(page, named: tag.name, from: i) }
            output.breakLine(at: start)
            pendingSpace = false
        case .open where tag.name == "li":
            output.breakLine(at: start)
            output.emit("•", from: start, to: tag.end)
            output.emit(" ", from: start, to: tag.end)
            pendingSpace = false
        case .open, .close:
            if HTMLText.blockElements.contains(tag.name) || tag.name == "li" {
                output.breakLine(at: start)
                pendingSpace = false
            } else if tag.name == "td" || tag.name == "th" {
                pendingSpace = true
            }
        }
    }

    /// `&name;`, `&#NNN;` or `&#xHH;`: the character, mapped to the whole entity; anything else is text.
    mutating func entity() {
        var j = i + 1
        while j < page.count, j - i <= 10, page[j] != ";", page[j].properties.isAlphabetic || page[j].properties.numericType != nil || page[j] == "#" { j += 1 }
        if j < page.count, page[j] == ";", let value = HTMLEntities.decode(String(String.UnicodeScalarView(page[(i + 1)..<j]))) {
            if value.properties.isWhitespace { pendingSpace = true } else { text(value, from: i, to: j + 1) }
            i = j + 1
            return
        }
        text("&", from: i, to: i + 1)
        i += 1
    }
}
