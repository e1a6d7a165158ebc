/// English number words: one to nineteen, tens, compounds, hundreds, thousands, `a dozen`, `half a million`.
enum EnglishNumbers {
    static let small: KeyMap<Int> = KeyMap([
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ])
    /// Misspellings of small number words seen in translated monitor copy.
    static let typos: KeyMap<Int> = KeyMap([
        "tree": 3, "thre": 3, "threee": 3, "fuor": 4, "foru": 4, "fvie": 5, "fiev": 5, "sevn": 7, "seveen": 7, "eigth": 8, "nien": 9, "tow": 2, "twoo": 2,
    ])
    static let scales: KeyMap<Int> = KeyMap(["hundred": 100, "thousand": 1000, "million": 1_000_000])

    /// Parses English number words at token `i`; returns the value and the index after them.
    static func parse(_ t: [Token], at i: Int, limit: Int) -> (value: Int, end: Int)? {
        guard i < limit, t[i].isWord, !t[i].arabic else { return nil }
        let k = t[i].key
        // Idioms.
        if k == "half", i + 2 < limit, t[i + 1].key == "a" {
            if t[i + 2].key == "dozen" { return (6, i + 3) }
            if t[i + 2].key == "million" { return (500_000, i + 3) }
        }
        if (k == "a" || k == "one"), i + 1 < limit, t[i + 1].key == "dozen" { return (12, i + 2) }
        if k == "a", i + 1 < limit, let s = scales[t[i + 1].key] {
            if let (v, e) = continueAfter(t, value: s, current: 0, total: s, at: i + 2, limit: limit, sawScale: true) { return (v, e) }
            return (s, i + 2)
        }
        if k == "a", i + 2 < limit, t[i + 1].key == "pair" || t[i + 1].key == "couple", t[i + 2].key == "of" { return (2, i + 3) }
        if k == "both" { return (2, i + 1) }
        // Misspelt number words of monitor translations ("fuor soldiers"), only right before a person noun.
        if let v = typos[k], i + 1 < limit, t[i + 1].victim != nil { return (v, i + 1) }
        guard small[k] != nil else { return nil }
        return continueAfter(t, value: 0, current: 0, total: 0, at: i, limit: limit, sawScale: false)
    }

    private static func continueAfter(_ t: [Token], value: Int, current c0: Int, total t0: Int, at start: Int, limit: Int, sawScale: Bool)
        -> (Int, Int)?
    {
        var total = sawScale ? 0 : t0
        var current = sawScale ? t0 : c0
        var j = start
        var last = start
        var lastWasTens = false
        var any = false
        while j < limit {
            guard t[j].isWord || t[j].isPunct("-") else { break }
            if t[j].isPunct("-") {
                // "twenty-five"
                if lastWasTens, !t[j].spaceBefore, j + 1 < limit, let u = small[t[j + 1].key], u < 10 { current += u; j += 2; last = j; lastWasTens = false; any = true; continue }
                break
            }
            let k = t[j].key
            if let v = small[k] {
                if lastWasTens && v < 10 { current += v; lastWasTens = false }
                else if current % 100 != 0 && current > 0 && !lastWasTens { break } else { current += v; lastWasTens = v >= 20 }
                j += 1; last = j; any = true; continue
            }
            if let s = scales[k], any || current > 0 {
                if s == 100 { current = max(current, 1) * 100 } else { total += max(current, 1) * s; current = 0 }
                lastWasTens = false
                j += 1; last = j; any = true; continue
            }
            if k == "and", any, j + 1 < limit, small[t[j + 1].key] != nil, current >= 100 || total >= 1000 {
                j += 1; continue
            }
            if k == "dozen", any, current > 0 && current < 20 { current *= 12; j += 1; last = j; continue }
            break
        }
        let v = total + current
        guard v > 0, last > start else { return sawScale ? nil : nil }
        return (v, last)
    }
}
