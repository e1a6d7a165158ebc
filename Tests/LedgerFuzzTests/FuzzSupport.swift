import Foundation
import LedgerCore
import LedgerExtraction
import PropertyBased

/// How long to fuzz. By default a quick run (a few hundred inputs per property) that `swift test`
/// can afford; `FUZZ_ITERATIONS=N` sets the inputs per property, `FUZZ_SECONDS=S` keeps generating
/// new inputs for S seconds (tools/fuzz.sh).
enum FuzzBudget {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }
    static var seconds: Double? { environment["FUZZ_SECONDS"].flatMap(Double.init) }
    static var iterations: Int { environment["FUZZ_ITERATIONS"].flatMap(Int.init) ?? 300 }

    /// Runs `round` (one `propertyCheck` of `count` inputs) until the budget is spent or it fails.
    /// Returns the number of inputs tried.
    static func run(_ name: String, _ round: (_ count: Int) async -> Bool) async -> Int {
        let started = Date()
        var tried = 0
        if let seconds {
            let deadline = started.addingTimeInterval(seconds)
            repeat {
                let ok = await round(50)
                tried += 50
                if !ok { break }
            } while Date() < deadline
        } else {
            _ = await round(iterations)
            tried = iterations
        }
        let elapsed = Date().timeIntervalSince(started)
        print("fuzz: \(name): \(tried) inputs in \(String(format: "%.1f", elapsed)) s")
        return tried
    }
}

/// Random text that looks like what the extractor reads, and like what breaks it: Arabic letters,
/// Arabic-Indic digits, tatweel, diacritics, bidi marks, casualty words and breakdown markers in
/// both languages, mojibake fragments, lone combining marks, astral characters.
enum ArabicText {
    static let fragments: [String] = [
        " ", " ", "\n", "، ", ". ", ": ", "؛ ", "؟", "(", ")", "«", "»", "\"", "“", "”", "-", "–", "/", "*", "#", "_",
        "قتل", "قُتل", "مقتل", "أصيب", "إصابة", "جريح", "قتيلاً", "عنصر", "عناصر", "عنصرين", "مدني", "مدنيين", "مدنياً",
        "طفل", "أطفال", "مواطنة", "بينهم", "من بينهم", "هم:", "وهم", "و", "في", "على", "أمس", "اليوم", "نحو", "أكثر من",
        "ما لا يقل عن", "قسد", "«قسد»", "قوات النظام", "التنظيم", "داعـش", "تن-ظيم", "دير الزور", "الشحيل", "ريف",
        "المرصد السوري", "وثّق", "حصيلة", "شهر", "شباط/فبراير", "منذ", "عشرات", "خمسة وعشرين", "ثماني", "ألفاً",
        "killed", "wounded", "civilians", "including", "of whom", "at least", "more than", "about", "SDF fighters",
        "soldiers", "people", "children", "women", "were", "was", "in", "near", "on", "Monday", "yesterday", "dozens",
        "twenty-five", "half a million", "casualties", "toll", "total", "the", "and",
        "0", "1", "3", "12", "74", "312", "1436", "12,480", "12.5", "-5", "1e9", "007", "99999999999",
        "9223372036854775807", "9223372036854775808", "99999999999999999999999999",
        "٠", "٣", "١٢", "٧٤", "١٢٬٤٨٠", "٣٫٥", "۱۲", "٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩",
        "\u{0640}", "\u{0640}\u{0640}\u{0640}", "\u{064B}", "\u{0651}", "\u{0652}", "\u{0670}",
        "\u{200E}", "\u{200F}", "\u{202B}", "\u{202E}", "\u{202C}", "\u{2067}", "\u{2069}", "\u{200D}", "\u{200C}", "\u{FEFF}",
        "\u{00A0}", "\u{2028}", "\u{0301}", "\u{0300}\u{0301}\u{0302}\u{0303}",
        "Ø§Ù„", "Ù‚ØªÙ„", "Ø¯ÙŠØ±", "Ã©", "â€™", "â€œ", "Ù…Ø¯Ù†ÙŠÙŠÙ†", "Ø", "Ù",
        "<p>", "</p>", "<script>", "&amp;", "&#x21;", "\r\n", "\t",
        "👍", "🇸🇾", "👨‍👩‍👧", "𝟙𝟚", "\u{10FFFF}",
    ]

    /// Scalar ranges a token can be drawn from.
    static let ranges: [ClosedRange<UInt32>] = [
        0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF,
        0x0660...0x0669, 0x06F0...0x06F9, 0x0030...0x0039, 0x064B...0x065F, 0x0300...0x036F,
        0x2000...0x206F, 0x0020...0x007E, 0x0080...0x00FF, 0x0000...0xD7FF, 0xE000...0xFFFF,
        0x1F300...0x1FAFF, 0x10000...0x10FFFF,
    ]

    /// One token: a fragment (a third of the time) or a scalar from one of the ranges.
    static func token(_ v: Int) -> String {
        if v % 3 == 0 { return fragments[(v / 3) % fragments.count] }
        let range = ranges[(v / 3) % ranges.count]
        let offset = UInt32((v / (3 * ranges.count)) % (Int(range.upperBound - range.lowerBound) + 1))
        guard let scalar = Unicode.Scalar(range.lowerBound + offset) else { return "\u{0640}" }
        return String(Character(scalar))
    }

    /// Texts of up to `maxTokens` tokens. Shrinks towards fewer tokens and earlier fragments.
    static func generator(maxTokens: Int = 120) -> Generator<String, some SendableSequenceType> {
        Gen.int(in: 0...Int(UInt32.max)).array(of: 0...maxTokens).map { tokens in tokens.map(token).joined() }
    }

    /// UTF-8 bytes read as Windows-1252 and written out again as UTF-8.
    static func mojibake(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for byte in text.utf8 { out.append(Unicode.Scalar(byte)) }
        return String(out)
    }
}

/// What must hold for any extraction of any text.
enum ExtractionInvariants {
    static func meta(for text: String) -> ReportMeta {
        ReportMeta(contentHash: EventHash.sha256Hex(Array(text.utf8)), source: "fuzz.txt", published: Day(iso: "2023-06-10"))
    }

    /// Every way `extraction` breaks the contract for `text`; empty when it holds.
    static func violations(text: String, meta: ReportMeta, extraction: Extraction) -> [String] {
        var problems: [String] = []
        let scalars = Array(text.unicodeScalars)
        var ids = Set<String>()
        for claim in extraction.claims where !ids.insert(claim.id).inserted {
            problems.append("claim id \(claim.id) is used twice")
        }
        var parentOf: [String: String] = [:]
        for claim in extraction.claims {
            let c = "claim \(claim.id)"
            if claim.value < 0 { problems.append("\(c): negative value \(claim.value)") }
            if claim.report != meta.contentHash { problems.append("\(c): report \(claim.report) is not the report's content hash") }
            let span = claim.span
            if span.start < 0 || span.start > span.end || span.end > scalars.count {
                problems.append("\(c): span \(span.start)..<\(span.end) outside the text (\(scalars.count) scalars)")
            } else {
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: scalars[span.start..<span.end])
                if String(slice) != span.text {
                    problems.append("\(c): span text \(span.text.debugDescription) is not the text at \(span.start)..<\(span.end), \(String(slice).debugDescription)")
                }
            }
            if let parent = claim.parent {
                if parent == claim.id { problems.append("\(c) is its own parent") }
                if !ids.contains(parent) { problems.append("\(c): parent \(parent) is not a claim of this report") }
                if claim.role == .total { problems.append("\(c): a total with a parent") }
                parentOf[claim.id] = parent
            } else if claim.role != .total {
                problems.append("\(c): a \(claim.role.rawValue) without a parent")
            }
            if let newer = claim.supersededBy, !ids.contains(newer) {
                problems.append("\(c): superseded by \(newer), which is not a claim of this report")
            }
        }
        // No cycles among parents.
        for start in parentOf.keys {
            var seen: Set<String> = [start]
            var node = start
            while let next = parentOf[node] {
                if !seen.insert(next).inserted { problems.append("claim \(start): its parents form a cycle"); break }
                node = next
            }
        }
        return problems
    }

    /// Extracts `text` twice (the extractor is a pure function) and returns every violation.
    static func check(_ text: String) -> [String] {
        let meta = meta(for: text)
        let started = Date()
        let first = Extractor().extract(text: text, report: meta)
        let seconds = Date().timeIntervalSince(started)
        var problems = violations(text: text, meta: meta, extraction: first)
        let second = Extractor().extract(text: text, report: meta)
        if first != second { problems.append("two extractions of the same text differ") }
        // Generous for a debug build: a short text that takes seconds has a runaway loop or pattern.
        // Timed only in the timed fuzz run (tools/fuzz.sh, in CI's tools/ci-extra.sh): `swift test` on a
        // busy machine asserts nothing about the wall clock.
        if FuzzBudget.seconds != nil && text.unicodeScalars.count < 20_000 && seconds > 5 {
            problems.append("extraction took \(String(format: "%.1f", seconds)) s for \(text.unicodeScalars.count) scalars")
        }
        return problems
    }
}
