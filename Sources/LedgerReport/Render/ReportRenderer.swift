import Mustache

/// Renders page models with the report's Mustache templates (HTML-escaped by default).
public struct ReportRenderer: Sendable {
    let library: MustacheLibrary

    public init() throws {
        var library = MustacheLibrary()
        let templates: [(String, String)] = [
            ("header", Templates.header), ("footer", Templates.footer), ("sentence", Templates.sentence), ("name", Templates.name),
            ("evidence", Templates.evidence), ("overview", Templates.overview), ("series", Templates.series),
            ("reconciliation", Templates.reconciliation), ("totals", Templates.totals), ("incidents", Templates.incidents),
            ("discrepancies", Templates.discrepancies), ("claims", Templates.claims), ("source", Templates.source),
        ]
        for (name, text) in templates { try library.register(text, named: name) }
        self.library = library
    }

    /// One page: the model wrapped with the shared style, rendered with the template `name`.
    public func render(_ model: Any, template name: String, script: String? = nil) -> String {
        library.render(PageFrame(page: model, css: Style.css, csp: Style.contentSecurityPolicy, script: script), withTemplate: name) ?? ""
    }
}

/// What every template sees around its page model: the style, the policy and the optional script.
/// Mustache looks a name up in the page first, then here.
struct PageFrame: MustacheParent {
    var page: Any
    var css: String
    var csp: String
    var script: String?

    func child(named name: String) -> Any? {
        switch name {
        case "css": css
        case "csp": csp
        case "script": script
        default: Mirror(reflecting: page).children.first { $0.label == name }.map(\.value).flatMap(Self.unwrap)
        }
    }

    /// The value inside an optional (nil for `.none`), any other value as it is.
    static func unwrap(_ value: Any) -> Any? {
        let m = Mirror(reflecting: value)
        guard m.displayStyle == .optional else { return value }
        return m.children.first?.value
    }
}
