import LedgerCore

/// A figure restated in one report (the lead and the body, the headline and the text) is one claim.
///
/// Two main-frame incident totals of one report with the same measure and value, compatible
/// categories and places, no dates that differ and a value above one, are one figure: the one that heads a breakdown
/// (else the first) stays, taking the other's date when it has none and the finer of the two places, and the other is
/// dropped. The claims are then numbered again in text order, so ids stay `hash-index`.
enum RestatementMerge {
    static func merge(_ claims: [Claim], scalars: [Unicode.Scalar] = []) -> [Claim] {
        var out = claims
        var dropped = Set<Int>()
        var redirect: [String: String] = [:]
        let parents = Set(claims.compactMap(\.parent))
        // Earlier own tolls by measure and value, so that a long page is not compared pair by pair.
        var earlier: [String: [Int]] = [:]
        var singles: [(Int, Int)] = []
        for j in out.indices where isOwnToll(out[j]) {
            let key = "\(out[j].measure.rawValue)|\(out[j].value)"
            defer { earlier[key, default: []].append(j) }
            if out[j].value == 1, let i = earlier[key]?.first(where: { !dropped.contains($0) && sameButOne(out[$0], out[j]) }) { singles.append((i, j)) }
            guard let i = earlier[key]?.first(where: { !dropped.contains($0) && same(out[$0], out[j], scalars, among: out) }) else { continue }
            let (keep, drop) = parents.contains(out[j].id) && !parents.contains(out[i].id) ? (j, i) : (i, j)
            // Both with a breakdown ("eight, including two civilians" … "a toll of eight, including six
            // soldiers and two herders"): the breakdowns join under the one kept; a child told by both is one.
            if parents.contains(out[drop].id) {
                for d in out.indices where out[d].parent == out[drop].id {
                    if let twin = out.indices.first(where: { k in
                        out[k].parent == out[keep].id && out[k].measure == out[d].measure && out[k].value == out[d].value
                            && out[k].category == out[d].category && out[k].role == out[d].role
                    }) {
                        dropped.insert(d)
                        redirect[out[d].id] = out[twin].id
                    }
                }
            }
            if out[keep].eventDate == nil { out[keep].eventDate = out[drop].eventDate }
            out[keep].place = StoryPlace.finer(out[keep].place, out[drop].place)
            out[keep].notes.append("restated in the same report: \"\(out[drop].span.text)\"")
            dropped.insert(drop)
            redirect[out[drop].id] = out[keep].id
        }
        // "One civilian was killed and two others were injured" … "one civilian died and two were hurt": a single death whose
        // sentence restates another figure of the first sentence is that death restated, not a second one.
        for (i, j) in singles where !dropped.contains(i) && !dropped.contains(j) && !scalars.isEmpty {
            let si = SentenceWords(scalars, around: (out[i].span.start, out[i].span.end))
            let sj = SentenceWords(scalars, around: (out[j].span.start, out[j].span.end))
            guard si.end <= sj.start else { continue }
            let coRestated = redirect.contains { d, k in
                guard let dc = claims.first(where: { $0.id == d }), let kc = claims.first(where: { $0.id == k }) else { return false }
                return dc.span.start >= sj.start && dc.span.end <= sj.end && kc.span.start >= si.start && kc.span.end <= si.end
            }
            guard coRestated else { continue }
            if out[i].eventDate == nil { out[i].eventDate = out[j].eventDate }
            out[i].notes.append("restated in the same report: \"\(out[j].span.text)\"")
            dropped.insert(j)
            redirect[out[j].id] = out[i].id
        }
        out = mergeDefiniteRestatements(out, scalars: scalars, dropped: &dropped, redirect: &redirect)
        guard !dropped.isEmpty else { return claims }
        return renumber(out, dropping: dropped, redirect: redirect)
    }

    /// Two single deaths that would be one restated figure but for the rule that one death told twice may be two people.
    static func sameButOne(_ a: Claim, _ b: Claim) -> Bool {
        guard a.measure == b.measure, a.value == 1, b.value == 1, a.category == b.category else { return false }
        if !StoryPlace.compatible(a.place, b.place) { return false }
        if let da = a.eventDate?.day, let db = b.eventDate?.day, da != db { return false }
        return true
    }

    static func isOwnToll(_ c: Claim) -> Bool {
        c.kind == .incident && c.role == .total && c.context == .main && c.supersededBy == nil
    }

    static func same(_ a: Claim, _ b: Claim, _ scalars: [Unicode.Scalar] = [], among claims: [Claim] = []) -> Bool {
        // A single death stated twice is as often two people (a father and his son) as one restated.
        guard a.measure == b.measure, a.value == b.value, a.value >= 2 || namesOne(a, b, scalars) else { return false }
        guard a.category == b.category || (a.category == .all && isAnyone(a)) || (b.category == .all && isAnyone(b)) else { return false }
        // "Deir ez-Zor" in the headline and "al-Mayadin" in the lead are one place; two towns are not.
        if !StoryPlace.compatible(a.place, b.place) { return false }
        if let da = a.eventDate?.day, let db = b.eventDate?.day, da != db { return false }
        if addsTo(b, scalars) { return false }
        return !separateAttacks(a, b, scalars, among: claims)
    }

    static let additionWords: Set<String> = ["more", "another", "additional", "further", "إضافيين", "اضافيين", "جدد", "جديدة"]

    /// "four more corpses were recovered", "another four people": a figure told as more than one before adds to it.
    static func addsTo(_ c: Claim, _ scalars: [Unicode.Scalar]) -> Bool {
        if c.span.text.lowercased().split(separator: " ").prefix(3).contains(where: { additionWords.contains(String($0)) }) { return true }
        guard c.span.start <= scalars.count, c.span.start > 0 else { return false }
        let before = String(String.UnicodeScalarView(scalars[max(0, c.span.start - 12)..<c.span.start])).lowercased()
        return before.split(separator: " ").last.map { additionWords.contains(String($0)) } ?? false
    }

    /// One death told first in words and then by name ("a young man was shot dead …; … Karim Nasser was
    /// killed"), or the same name twice: the name identifies the one already counted. Two different names are
    /// two people, and two unnamed single deaths may be too (a father and his son).
    static func namesOne(_ a: Claim, _ b: Claim, _ scalars: [Unicode.Scalar] = []) -> Bool {
        let note = MentionScanner.namedVictimNote
        let na = a.notes.contains(note), nb = b.notes.contains(note)
        switch (na, nb) {
        case (true, true): return a.span.text == b.span.text || PersonName.same(name(of: a, scalars), name(of: b, scalars))
        case (true, false), (false, true): return true
        case (false, false): return false
        }
    }

    /// The name a named single death is told by: its span, or for "…, a teacher," in apposition the name before it.
    static func name(of c: Claim, _ scalars: [Unicode.Scalar]) -> String {
        let text = c.span.text
        guard text.hasPrefix("a ") || text.hasPrefix("an "), c.span.start <= scalars.count else { return text }
        let before = String(String.UnicodeScalarView(scalars[max(0, c.span.start - 80)..<c.span.start]))
        return PersonName.trailing(before) ?? text
    }

    /// Words for victims that say nothing of who they were: an `all` figure in these words may restate a
    /// figure of one group ("two soldiers" … "two people"); one of other people ("both attackers") may not.
    static let anyoneWords: Set<String> = [
        "people", "persons", "person", "individuals", "dead", "victims", "casualties", "bodies", "lives", "others", "fighters", "members",
        "أشخاص", "اشخاص", "شخص", "شخصا", "شخصاً", "قتلى", "قتيلا", "قتيلاً", "قتيل", "ضحايا", "ضحية", "جثث", "آخرين", "اخرين", "آخرون", "اخرون", "آخران", "اخران",
    ]

    static func isAnyone(_ c: Claim) -> Bool {
        guard let text = c.categoryText?.lowercased() else { return true }
        return text.split(separator: " ").contains { anyoneWords.contains(String($0)) }
    }

    static func renumber(_ claims: [Claim], dropping dropped: Set<Int>, redirect: [String: String]) -> [Claim] {
        var newID: [String: String] = [:]
        var n = 0
        for (k, c) in claims.enumerated() where !dropped.contains(k) {
            let prefix = c.id.split(separator: "-", omittingEmptySubsequences: false).dropLast().joined(separator: "-")
            newID[c.id] = "\(prefix)-\(n)"
            n += 1
        }
        func map(_ id: String?) -> String? { id.map { redirect[$0] ?? $0 }.flatMap { newID[$0] } }
        return claims.enumerated().filter { !dropped.contains($0.offset) }.map { _, c in
            var c = c
            c.id = newID[c.id] ?? c.id
            c.parent = map(c.parent)
            c.supersededBy = map(c.supersededBy)
            return c
        }
    }
}
