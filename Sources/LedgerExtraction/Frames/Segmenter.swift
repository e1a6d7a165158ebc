/// A sentence of the body: a token range within one line.
struct Sentence: Sendable {
    var range: Range<Int>
    var line: Int
    /// The line is part of the headline block above the body.
    var headline: Bool
    /// The line opens with a bullet or dash.
    var bullet: Bool
    /// The sentence is the last of its line and the line ends with a colon.
    var endsWithColon: Bool
    /// First sentence of its line.
    var firstInLine: Bool
}

/// Splits tokens into lines and sentences, dropping site chrome, "read also" lines, view counters and
/// repeated paragraphs.
enum Segmenter {
    static let chromeStarts: [[String]] = [
        ["اقرا", "ايضا"], ["اقرا", "المزيد"], ["اقرا", "ايضاً"], ["read", "also"], ["read", "more"], ["see", "also"], ["related"],
        ["you", "might", "also", "like"], ["check", "also"], ["share", "it"], ["leave", "a", "reply"], ["skip", "to"],
        ["subscribe"], ["اعداد"], ["تحرير"], ["reporting", "by"], ["editing", "by"], ["writing", "by"], ["ربما", "يعجبك"],
        ["النسخ", "ممنوع"], ["الوضع", "المظلم"], ["النشره", "الاخباريه"], ["logo"], ["camera", "icon"], ["كاريكاتير"],
        ["اشترك", "في", "قائمتنا"], ["only"], ["copyright"], ["all", "rights"], ["جميع", "الحقوق"], ["شارك"], ["tags"], ["الوسوم"],
        ["pic", "."], ["advertisement"], ["اعلان"],
    ]

    static func segment(_ tokens: [Token]) -> [Sentence] {
        // Lines.
        var lines: [Range<Int>] = []
        var s = 0
        for (i, t) in tokens.enumerated() where t.kind == .newline {
            if i > s { lines.append(s..<i) }
            s = i + 1
        }
        if s < tokens.count { lines.append(s..<tokens.count) }
        var kept: [(Range<Int>, Int)] = []
        var seen = Set<String>()
        for (li, r) in lines.enumerated() {
            let words = r.filter { tokens[$0].isWord }
            let numbers = r.filter { tokens[$0].isNumber }
            if words.isEmpty { continue }  // lone numbers, dates in digits, separators
            var chrome = false
            for pat in chromeStarts where pat.count <= words.count {
                var ok = true
                for (k, w) in pat.enumerated() where tokens[words[k]].key != w && !(w == "." && tokens[words[k]].key.isEmpty) { ok = false; break }
                if ok {
                    // A long line glued to chrome ("...الجديدة!خلال الـ72 ساعة") keeps its text after the chrome.
                    chrome = true
                    if pat.first == "اشترك", let bang = r.first(where: { tokens[$0].isPunct("!") }), bang + 1 < r.upperBound {
                        kept.append(((bang + 1)..<r.upperBound, li))
                    }
                    break
                }
            }
            if chrome { continue }
            if words.count <= 3 && numbers.count >= 2 { continue }  // date banners
            let key = r.map { tokens[$0].key }.joined(separator: " ")
            if words.count >= 5 {
                if seen.contains(key) { continue }
                seen.insert(key)
            }
            kept.append((r, li))
        }
        // Headline block: lines before the first long or full-stop-ended line.
        var bodyStart = kept.count
        for (k, (r, _)) in kept.enumerated() {
            let n = r.count
            let lastIsStop = r.last.map { [".", "!", "?", ":"].contains(tokens[$0].key) } ?? false
            if n >= 25 || (lastIsStop && n >= 8) { bodyStart = k; break }
        }
        var out: [Sentence] = []
        for (k, (r, li)) in kept.enumerated() {
            let first = tokens[r.lowerBound]
            let bullet = first.kind == .punct && ["-", "–", "•", "*", "·", "▪", "○", "●"].contains(first.key)
            var start = r.lowerBound
            var firstInLine = true
            var i = r.lowerBound
            while i < r.upperBound {
                let t = tokens[i]
                if t.kind == .punct, [".", "!", "?"].contains(t.key) {
                    var j = i + 1
                    while j < r.upperBound, tokens[j].kind == .punct, [".", "!", "?", "\""].contains(tokens[j].key) { j += 1 }
                    if j > start, j - start >= 1 {
                        out.append(Sentence(range: start..<j, line: li, headline: k < bodyStart, bullet: bullet && firstInLine, endsWithColon: false, firstInLine: firstInLine))
                        firstInLine = false
                    }
                    start = j
                    i = j
                    continue
                }
                i += 1
            }
            if start < r.upperBound {
                out.append(Sentence(range: start..<r.upperBound, line: li, headline: k < bodyStart, bullet: bullet && firstInLine, endsWithColon: false, firstInLine: firstInLine))
            }
            if let last = out.indices.last, let lt = r.last, tokens[lt].isPunct(":") || (tokens[lt].isPunct("\"") && r.count > 1 && tokens[lt - 1].isPunct(":")) {
                out[last].endsWithColon = true
            }
        }
        return out
    }
}
