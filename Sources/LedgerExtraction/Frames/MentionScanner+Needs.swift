import LedgerCore

/// How far a trigger looks for the word it needs (`فقد … حياته`, `lost N members`).
extension MentionScanner {
    /// `فقد` finds `حياته` anywhere in its clause (`فقد عنصر في قوى الأمن الداخلي “الأسايش”، مساء السبت، حياته`);
    /// `lost` needs its object right after it (`lost 14 members`, not `contact … was lost … its militiamen`); others look
    /// eight words ahead.
    func needsWindowEnd(_ i: Int) -> Int {
        let hi = range.upperBound
        let k = t[i].key
        if Self.shortNeeds.contains(k) {
            // "All contact with a patrol … was lost": contact is lost, not men.
            if (max(range.lowerBound, i - 14)..<i).contains(where: { t[$0].key == "contact" || t[$0].key == "contacts" }) { return i + 1 }
            return min(hi, i + 8)
        }
        // «لقي ما لا يقل عن 5 أشخاص بينهم نساء وأطفال مصرعهم»: the subject, its qualifier and its subset stand between
        // «لقي» and «مصرعهم»; the clause, up to sixteen words, is the window.
        if Self.metForms.contains(k) {
            var j = i + 1
            while j < min(hi, i + 16), !t[j].isPunct("."), !t[j].isPunct(";"), !t[j].isPunct("،"), !t[j].isPunct(",") { j += 1 }
            return max(j, min(hi, i + 9))
        }
        guard t[i].stems.contains(where: { $0.stem.hasPrefix("فقد") }) else { return min(hi, i + 9) }
        var j = i + 1
        while j < min(hi, i + 30), !t[j].isPunct("."), !t[j].isPunct(";") { j += 1 }
        return max(j, min(hi, i + 9))
    }
    static let sonsWords: KeySet = Lexicon.keys(["أبنائها", "أبنائه", "أبنائهم", "أبناءها", "أبناءه", "شبابها", "أطفالها", "رجالها", "خيرة"])

    /// `فقدت بلدة الكرك ثلاثة من أبنائها`: who lost people is a place, a family or a tribe, and the people are its sons.
    func lostItsSons(after i: Int) -> Bool {
        ((i + 1)..<min(range.upperBound, i + 10)).contains { j in
            Self.sonsWords.contains(t[j].key) || t[j].stems.contains(where: { Self.sonsWords.contains($0.stem) })
        }
    }

    static let shortNeeds: KeySet = ["lost", "lose", "loses", "losing"]

    /// `فقد عنصر …`: a person after `فقد` is who lost his life, never a missing person (the complement may be cut off).
    func personAfter(_ i: Int) -> Bool {
        i + 1 < range.upperBound && t[i + 1].victim != nil
    }

    static let metForms: KeySet = Lexicon.keys(["لقي", "ولقي", "لقوا", "ولقوا", "لقيت", "ولقيت", "لقيا", "لقين"])
}
