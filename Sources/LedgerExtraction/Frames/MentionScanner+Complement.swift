import LedgerCore

/// The noun a trigger needs as its own complement ("suffered a gunshot wound"): not an object that is a figure.
extension MentionScanner {
    /// "another suffered a gunshot wound", "sustained an injury": "a"/"an" after a trigger that needs a noun opens that
    /// noun (within three words, no person before it), so the figure before the verb is its subject.
    func articleOpensNeededNoun(_ h: Int) -> Bool {
        guard let tr = t[h].trig, tr.hasNeeds, h + 1 < range.upperBound, t[h + 1].key == "a" || t[h + 1].key == "an" else { return false }
        // ("stabbed a shopkeeper to death": a person after the article is the object.)
        for j in (h + 2)..<min(range.upperBound, h + 5) {
            if t[j].victimInfo != nil || !t[j].isWord { return false }
            if tr.needs.contains(t[j].key) { return true }
        }
        return false
    }

    /// Whether a "(" before token `i` in the sentence is not closed before it: `i` is inside brackets.
    func openBracket(before i: Int) -> Bool {
        var depth = 0
        for j in range.lowerBound..<min(i, range.upperBound) where t[j].kind == .punct {
            if t[j].isPunct("(") { depth += 1 } else if t[j].isPunct(")") { depth = max(0, depth - 1) }
        }
        return depth > 0
    }
}
