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
    static let chromeStarts: [[Key]] = [
        ["اقرا", "ايضا"], ["اقرا", "المزيد"], ["اقرا", "ايضاً"], ["read", "also"], ["read", "more"], ["see", "also"], ["related"],
        ["you", "might", "also", "like"], ["check", "also"], ["share", "it"], ["leave", "a", "reply"], ["skip", "to"],
        ["subscribe"], ["اعداد"], ["تحرير"], ["reporting", "by"], ["editing", "by"], ["writing", "by"], ["ربما", "يعجبك"],
        ["النسخ", "ممنوع"], ["الوضع", "المظلم"], ["النشره", "الاخباريه"], ["logo"], ["camera", "icon"], ["كاريكاتير"],
        ["اشترك", "في", "قائمتنا"], ["only"], ["copyright"], ["all", "rights"], ["جميع", "الحقوق"], ["شارك"], ["tags"], ["الوسوم"],
        ["pic", "."], ["advertisement"], ["اعلان"],
    ]

    /// Headers of a block of links to other stories; the short lines under them are other stories' headlines.
    static let relatedHeaders: [[Key]] = [
        ["you", "might", "also", "like"], ["you", "may", "also", "like"], ["related"], ["related", "articles"], ["related", "news"],
        ["related", "posts"], ["read", "more"], ["read", "also"], ["more", "stories"], ["more", "from"], ["most", "read"], ["latest", "news"],
        ["ربما", "يعجبك", "ايضا"], ["مواضيع", "ذات", "صله"], ["اخبار", "ذات", "صله"], ["اقرا", "ايضا"], ["اقرا", "المزيد"], ["الاكثر", "قراءه"],
        ["اخر", "الاخبار"], ["قد", "يهمك"], ["المزيد", "من", "الاخبار"],
    ]
    /// Places outside Syria that tickers and sidebars carry ("LIVE | Gaza: death toll passes …").
    static let offTopicPlaces: KeySet = Lexicon.keys([
        "gaza", "ukraine", "ukrainian", "kyiv", "kiev", "sudan", "khartoum", "yemen", "lebanon", "beirut's", "israel", "israeli", "rafah",
        "غزه", "غزة", "اوكرانيا", "أوكرانيا", "كييف", "السودان", "اليمن", "لبنان", "اسرائيل", "إسرائيل", "رفح", "الضفة", "الخرطوم",
    ])
    static let syriaWords: KeySet = Lexicon.keys([
        "syria", "syrian", "syria's", "سوريا", "سوريه", "السوري", "السوريه", "السورية", "دمشق", "damascus", "sdf", "قسد", "داعش", "isis",
        "daesh", "euphrates", "الفرات",
    ])
    static let tickerWords: KeySet = Lexicon.keys(["live", "breaking", "عاجل", "مباشر", "updates", "ticker"])

    /// A headline-block line about another country, with nothing tying it to Syria.
    static func offTopic(_ tokens: [Token], _ r: Range<Int>) -> Bool {
        var foreign = false
        var i = r.lowerBound
        while i < r.upperBound {
            let k = tokens[i].key
            if tokens[i].isWord {
                if syriaWords.contains(k) || tokens[i].stems.contains(where: { syriaWords.contains($0.stem) }) { return false }
                if Gazetteer.table.match(tokens, at: i, limit: r.upperBound) != nil { return false }
                if offTopicPlaces.contains(k) || tokens[i].stems.contains(where: { offTopicPlaces.contains($0.stem) }) { foreign = true }
            }
            i += 1
        }
        return foreign
    }

    /// Marks that end a sentence, and what may follow them in the same sentence (a closing quote).
    static let sentenceStops: KeySet = [".", "!", "?"]
    /// English months written short with a full stop before the day ("on Oct. 7", "Sept. 12").
    static let shortMonths: KeySet = ["jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec"]

    /// Whether the full stop at `i` ends a short month name followed by its day: no sentence ends there.
    static func abbreviatedMonth(_ tokens: [Token], at i: Int, in r: Range<Int>) -> Bool {
        guard tokens[i].isPunct("."), i > r.lowerBound, i + 1 < r.upperBound, tokens[i + 1].isNumber,
              let d = tokens[i + 1].value, (1...31).contains(d) else { return false }
        let m = tokens[i - 1]
        return m.isWord && m.capital && shortMonths.contains(m.key) && !tokens[i].spaceBefore
    }
    static let sentenceEnds: KeySet = [".", "!", "?", "\""]

    static func segment(_ tokens: [Token]) -> [Sentence] {
        // Lines.
        var lines: [Range<Int>] = []
        var s = 0
        let soft = softBreaks(tokens)
        for i in tokens.indices where tokens[i].kind == .newline && !soft.contains(i) {
            if i > s { lines.append(s..<i) }
            s = i + 1
        }
        if s < tokens.count { lines.append(s..<tokens.count) }
        var kept: [(Range<Int>, Int)] = []
        var seen = Set<Key>()
        var lineBytes: [UInt8] = []
        var inRelated = false
        for (li, r) in lines.enumerated() {
            let words = r.filter { tokens[$0].isWord }
            let numbers = r.filter { tokens[$0].isNumber }
            if words.isEmpty { continue }  // lone numbers, dates in digits, separators
            if words.count <= 5 {
                var header = false
                for pat in relatedHeaders where pat.count <= words.count && words.count <= pat.count + 1 {
                    var ok = true
                    for (k, w) in pat.enumerated() where tokens[words[k]].key != w { ok = false; break }
                    if ok { header = true; break }
                }
                if header { inRelated = true; continue }
            }
            if inRelated {
                // Other stories' headlines: short lines with no closing full stop.
                let endsStop = r.last.map { tokens[$0].isPunct(".") } ?? false
                if r.count < 25 && !endsStop { continue }
                inRelated = false
            }
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
            if words.count >= 5 {
                // A repeated paragraph: the same keys, space-separated, as a line seen before.
                lineBytes.removeAll(keepingCapacity: true)
                for j in r {
                    if j > r.lowerBound { lineBytes.append(0x20) }
                    lineBytes.append(contentsOf: tokens[j].key.string.utf8)
                }
                if !seen.insert(Key(String(decoding: lineBytes, as: UTF8.self))).inserted { continue }
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
        // Tickers and sidebars above the article's own headline.
        if bodyStart > 1 {
            var drop = Set<Int>()
            for k in 0..<bodyStart {
                let r = kept[k].0
                let first = r.first(where: { tokens[$0].isWord }).map { tokens[$0].key } ?? ""
                if offTopic(tokens, r) || (tickerWords.contains(first) && k + 1 < bodyStart) { drop.insert(k) }
            }
            if !drop.isEmpty {
                kept = kept.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
                bodyStart -= drop.count
            }
        }
        var out: [Sentence] = []
        for (k, (r, li)) in kept.enumerated() {
            let first = tokens[r.lowerBound]
            let bullet = first.kind == .punct && ["-", "–", "•", "*", "·", "▪", "○", "●"].contains(first.key)
            var start = r.lowerBound
            var firstInLine = true
            var i = r.lowerBound
            while i < r.upperBound {
                if tokens[i].kind == .punct, sentenceStops.contains(tokens[i].key), !abbreviatedMonth(tokens, at: i, in: r) {
                    var j = i + 1
                    while j < r.upperBound, tokens[j].kind == .punct, sentenceEnds.contains(tokens[j].key) { j += 1 }
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
