import LedgerCore
import Testing
@testable import LedgerExtraction

/// A sentence of one construction of the language and the figures a careful coder takes from it.
///
/// Each figure is written `measure value category role`, with `<parentValue` after a part or a subset:
/// `"killed 19 military part<26"`. Every figure of `figures` must be read (as a multiset); no figure may
/// start with one of `absent` (`"killed 3"` forbids any killed figure of 3, `"operations"` any operations count).
struct RuleCase: Sendable, CustomTestStringConvertible {
    var id: String
    var text: String
    var figures: [String]
    var absent: [String]
    var testDescription: String { id }

    init(_ id: String, _ text: String, _ figures: [String], absent: [String] = []) {
        self.id = id
        self.text = text
        self.figures = figures
        self.absent = absent
    }
}

/// `"killed 4 iran_backed subset<19"` for each claim.
func ruleFigures(_ cs: [Claim]) -> [String] {
    let byId = Dictionary(cs.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    return cs.map { c in
        var s = "\(c.measure.rawValue) \(c.value) \(c.category.rawValue) \(c.role.rawValue)"
        if let p = c.parent, let pc = byId[p] { s += "<\(pc.value)" }
        return s
    }
}

/// Checks a case: every expected figure is read, no forbidden one is, and the extraction keeps its invariants.
func expectRule(_ c: RuleCase, sourceLocation: SourceLocation = #_sourceLocation) {
    let e = extract(c.text)
    checkInvariants(e, text: c.text)
    var got = ruleFigures(e.claims)
    let all = got
    for f in c.figures {
        if let k = got.firstIndex(of: f) { got.remove(at: k) } else { Issue.record("\(c.id): missing \(f) in \(all)", sourceLocation: sourceLocation) }
    }
    for a in c.absent {
        for f in all where f == a || f.hasPrefix(a + " ") { Issue.record("\(c.id): unexpected \(f) in \(all)", sourceLocation: sourceLocation) }
    }
}
