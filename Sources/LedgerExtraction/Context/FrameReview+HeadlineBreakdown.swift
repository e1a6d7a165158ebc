import LedgerCore

/// A headline that gives the sum of a breakdown the body states figure by figure: "29 soldiers and
/// militants killed in desert battles" over "13 militants and 16 soldiers were killed". The body's
/// figures are the headline's parts, not incidents beside it (counted both ways the dead count twice).
extension FrameReview {
    func headlineBreakdown(_ claims: [Claim]) -> [Claim] {
        let headlineEnd = scalars.firstIndex(of: "\n") ?? 0
        var out = claims
        for h in out.indices where isOwnToll(out[h]) && out[h].span.start < headlineEnd && out[h].value >= 2 {
            let x = out[h]
            // The body's own tolls of the measure, grouped by the sentence they stand in.
            // (A town of the same district counts: "Drone kills three near Qamishli" over "near Amuda, killing two fighters and a
            // driver"; the figures must still add up to the headline's exactly.)
            let nearby = out.indices.filter { j in
                j != h && out[j].span.start >= headlineEnd && isOwnToll(out[j]) && out[j].measure == x.measure && out[j].parent == nil
                    && out[j].supersededBy == nil && StoryPlace.near(x.place, out[j].place)
            }
            let later = nearby.filter { StoryPlace.compatible(x.place, out[$0].place) }
            // "مقتل مدير مركز الإسعاف وأربعة مدنيين" over "قتل خمسة مدنيين بينهم مدير مركز الإسعاف": the headline's four are
            // the body's five but the one named, a part of the body's toll.
            if let t = later.first(where: { j in
                out[j].value > x.value && out.contains { $0.parent == out[j].id && $0.role == .subset && $0.value + x.value == out[j].value }
            }) {
                out[h].role = .part
                out[h].parent = out[t].id
                out[h].notes.append("the headline's figure beside one named: a part of the body's toll")
                continue
            }
            for group in sentenceRuns(nearby, in: out) where group.count >= 2 {
                let values = group.map { out[$0].value }
                guard values.reduce(0, +) == x.value, Set(group.map { out[$0].category }).count == group.count else { continue }
                for j in group {
                    out[j].role = .part
                    out[j].parent = x.id
                    out[j].notes.append("a part of the headline's toll")
                }
                out[h].category = .all
                out[h].notes.append("the headline's sum of the figures that follow: \(values.map(String.init).joined(separator: " + "))")
                break
            }
        }
        return out
    }

    /// The indices, split into runs of claims that stand in one sentence (no full stop or line break between them).
    private func sentenceRuns(_ indices: [Int], in claims: [Claim]) -> [[Int]] {
        var runs: [[Int]] = []
        for j in indices.sorted(by: { claims[$0].span.start < claims[$1].span.start }) {
            if let last = runs.last?.last, !breaks(from: claims[last].span.end, to: claims[j].span.start) {
                runs[runs.count - 1].append(j)
            } else {
                runs.append([j])
            }
        }
        return runs
    }

    private func breaks(from a: Int, to b: Int) -> Bool {
        guard a < b, b <= scalars.count else { return true }
        return scalars[a..<b].contains { $0 == "." || $0 == "\n" || $0 == "!" || $0 == "?" }
    }
}
