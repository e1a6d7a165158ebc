/// Personal names written in Latin letters, compared as a reader would: "al-Hussein" is "Ahmad Saleh al-Hussein"
/// told again by the surname.
enum PersonName {
    static let particles: Set<String> = ["al", "el", "bin", "ibn", "bint", "abu", "abd", "abdul", "abdel", "ad", "ar", "as", "ash", "az"]

    /// A name's words, lower-cased, without particles ("Ahmad Saleh al-Hussein" → ahmad, saleh, hussein).
    static func words(_ name: String) -> [String] {
        name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{2019}" }).map(String.init)
            .filter { !particles.contains($0) && !$0.isEmpty }
    }

    /// Whether two names are one person's: equal, or the shorter (one word or more) ends the longer of at least two
    /// words (a surname restating the full name given earlier).
    static func same(_ a: String, _ b: String) -> Bool {
        let (wa, wb) = (words(a), words(b))
        guard !wa.isEmpty, !wb.isEmpty, wa.allSatisfy(isNameWord), wb.allSatisfy(isNameWord) else { return false }
        if wa == wb { return true }
        let (short, long) = wa.count < wb.count ? (wa, wb) : (wb, wa)
        return long.count >= 2 && Array(long.suffix(short.count)) == short
    }

    static func isNameWord(_ w: String) -> Bool { w.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "'" } }

    /// The capitalised name that ends `text` before a comma ("… killed Ahmad al-Hussein, " → "Ahmad al-Hussein").
    static func trailing(_ text: String) -> String? {
        var s = Substring(text)
        while let l = s.last, l == " " || l == "," { s = s.dropLast() }
        var out: [Substring] = []
        for w in s.split(separator: " ").reversed() {
            let bare = w.split(separator: "-").last ?? w
            guard let f = bare.first, f.isUppercase || particles.contains(w.lowercased()) else { break }
            out.insert(w, at: 0)
        }
        while let f = out.first, particles.contains(f.lowercased()) { out.removeFirst() }
        return out.count >= 2 ? out.joined(separator: " ") : nil
    }
}
