/// The folded words of the sentence a claim's evidence sits in, read from the original text.
///
/// The context rules run after the claims are assembled and read only the claims and the text, so
/// they work on the sentence around a span: from the previous full stop (or line break) to the next.
struct SentenceWords: Sendable {
    /// Folded words in text order.
    var words: [Key]
    /// Every word, and each word without a leading `و`, `ب`, `ل` or `وب`: a phrase none of whose words
    /// is here is not in the sentence, found without a scan (a page of figures asks hundreds of phrases
    /// of thousands of sentences).
    var vocabulary: Set<Key> = []
    /// Scalar offset of each word in the original text.
    var offsets: [Int] = []
    /// Scalar offsets of the sentence in the original text.
    var start: Int
    var end: Int

    static let stops: Set<Unicode.Scalar> = [".", "!", "?", "\n", "؟", "\r"]

    /// How far from its figure a sentence is read: a longer run of text without a stop is not prose,
    /// and a cue that far away is not about the figure (this also keeps the cost of a page bounded).
    static let reach = 400

    init(_ scalars: [Unicode.Scalar], around span: (start: Int, end: Int)) {
        var a = min(max(0, span.start), scalars.count), b = min(max(a, span.end), scalars.count)
        let (lo, hi) = (max(0, a - Self.reach), min(scalars.count, b + Self.reach))
        while a > lo, !Self.stops.contains(scalars[a - 1]) || Self.isDecimalPoint(scalars, a - 1) { a -= 1 }
        while b < hi, !Self.stops.contains(scalars[b]) || Self.isDecimalPoint(scalars, b) { b += 1 }
        (start, end) = (a, b)
        var out: [Key] = []
        var word = String.UnicodeScalarView()
        for (i, s) in zip(a..<b, scalars[a..<b]) {
            if s.properties.isAlphabetic || s.properties.numericType != nil || s == "'" || s == "’" {
                if word.isEmpty { offsets.append(i) }
                word.append(s)
                continue
            }
            if !word.isEmpty { out.append(Fold.key(String(word))); word = String.UnicodeScalarView() }
        }
        if !word.isEmpty { out.append(Fold.key(String(word))) }
        words = out
        indexVocabulary()
    }

    private mutating func indexVocabulary() {
        vocabulary = []
        for w in words {
            vocabulary.insert(w)
            for prefix in Self.prefixes where w.string.hasPrefix(prefix) { vocabulary.insert(Key(String(w.string.dropFirst(prefix.count)))) }
        }
    }

    /// The clause a figure belongs to: the words before a word that raises a running count over a
    /// period after it ("…killed two men, bringing the number killed since January to 91", «…، ليرتفع
    /// عدد القتلى منذ مطلع العام …»): the count's period and words are not the figure's. The whole
    /// sentence otherwise, and when the raised figure is the event's own toll ("a third child died,
    /// bringing the toll to three": the increment rules read both).
    func clause(of span: (start: Int, end: Int)) -> SentenceWords {
        guard let k = words.indices.first(where: { offsets[$0] >= span.end && isRaisingWord($0) }),
              words[k...].contains(where: { Self.periodWords.contains($0.string) }) else { return self }
        var head = self
        head.words = Array(words[..<k])
        head.offsets = Array(offsets[..<k])
        head.end = offsets[k]
        head.indexVocabulary()
        return head
    }

    /// The words from word `k` to the sentence's end (a clause after a contrast word).
    func tail(fromWord k: Int) -> SentenceWords {
        var tail = self
        tail.words = Array(words[k...])
        tail.offsets = Array(offsets[k...])
        tail.start = k < offsets.count ? offsets[k] : end
        tail.indexVocabulary()
        return tail
    }

    /// Words of a running count's period: "since", «منذ», "this year", «العام الجاري».
    static let periodWords: Set<String> = Set(["since", "منذ", "ومنذ", "year", "العام", "عام", "السنه", "الجاري", "month", "الشهر"].map { Fold.key($0).string })

    private func isRaisingWord(_ k: Int) -> Bool {
        if ClaimAssembler.raisingWordsArabic.contains(words[k]) { return true }
        return ClaimAssembler.raisingWordsEnglish.contains(words[k]) && words[(k + 1)..<min(words.count, k + 20)].contains { $0.string == "to" }
    }

    static let prefixes = ["و", "ب", "ل", "وب"]

    static func isDecimalPoint(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        s[i] == "." && i > 0 && i + 1 < s.count && s[i - 1].properties.numericType != nil && s[i + 1].properties.numericType != nil
    }

    /// Whether the sentence holds one of `phrases` (each a space-separated sequence of words, folded
    /// here); a word may carry a leading `و` or `ب` in Arabic.
    func contains(any phrases: [[Key]]) -> Bool {
        phrases.contains { p in firstIndex(of: p) != nil }
    }

    /// Up to `n` words starting at or after scalar offset `offset`.
    func wordsAfter(_ offset: Int, _ n: Int) -> ArraySlice<Key> {
        guard let k = offsets.firstIndex(where: { $0 >= offset }) else { return [] }
        return words[k...].prefix(n)
    }

    /// Up to `n` words ending before scalar offset `offset`.
    func wordsBefore(_ offset: Int, _ n: Int) -> ArraySlice<Key> {
        let k = offsets.firstIndex(where: { $0 >= offset }) ?? words.count
        return words[..<k].suffix(n)
    }

    func firstIndex(of phrase: [Key]) -> Int? {
        guard !phrase.isEmpty, words.count >= phrase.count, phrase.allSatisfy({ vocabulary.contains($0) }) else { return nil }
        for i in 0...(words.count - phrase.count) where (0..<phrase.count).allSatisfy({ Self.same(words[i + $0], phrase[$0]) }) {
            return i
        }
        return nil
    }

    static func same(_ w: Key, _ p: Key) -> Bool {
        if w == p { return true }
        let s = w.string
        for prefix in prefixes where s.hasPrefix(prefix) && Key(String(s.dropFirst(prefix.count))) == p { return true }
        return false
    }

    static func phrases(_ list: [String]) -> [[Key]] {
        list.map { $0.split(separator: " ").map { Fold.key($0) } }
    }
}
