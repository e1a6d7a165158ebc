import LedgerCore

/// A subset is never larger than what it is picked out of.
extension ClaimAssembler {
    /// «قتلت 78 مدنياً، بينهم 14 طفلاً و7 سيدات، قضى منهم 10 أشخاص تحت التعذيب», "…, including 3 women, 12 of whom …":
    /// a subset larger than the subset or part it was hung under is picked out of that figure's own parent (the ten
    /// were a subset of the seven women).
    mutating func subsetsNoLargerThanParents(_ thisSentence: [Int]) {
        for k in thisSentence where drafts[k].role == .subset {
            var p = drafts[k].parent
            while let q = p, drafts[q].value < drafts[k].value, drafts[q].role != .total, let up = drafts[q].parent { p = up }
            if let q = p, q != drafts[k].parent, drafts[q].value >= drafts[k].value, drafts[q].measure == drafts[k].measure { drafts[k].parent = q }
        }
    }
}
