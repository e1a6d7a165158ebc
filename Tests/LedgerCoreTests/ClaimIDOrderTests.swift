import LedgerCore
import Testing

@Suite("Claim id order")
struct ClaimIDOrderTests {
    @Test("by report, then by number: -2 before -10")
    func numeric() {
        let ids = ["b0-1", "a9-10", "a9-2", "a9-0", "a9-11", "b0-0"]
        #expect(ClaimIDOrder.sorted(ids) == ["a9-0", "a9-2", "a9-10", "a9-11", "b0-0", "b0-1"])
    }

    @Test("an id without a number compares as text")
    func text() {
        #expect(ClaimIDOrder.sorted(["x", "a9-1", "inc-zz"]) == ["a9-1", "inc-zz", "x"])
    }

    /// ASCII prefixes compare by their bytes, others by their text: the same order either way, and mixed lists too.
    @Test("byte order on ASCII prefixes is the text's order")
    func asciiAndUnicode() {
        let ids = ["é1-2", "e1-2", "z-1", "Z-1", "ab-3", "a-30", "a-4", "ع-1", "e1-10"]
        let byText = ids.sorted { a, b in
            let (pa, na) = (a[..<a.lastIndex(of: "-")!], Int(a[a.index(after: a.lastIndex(of: "-")!)...])!)
            let (pb, nb) = (b[..<b.lastIndex(of: "-")!], Int(b[b.index(after: b.lastIndex(of: "-")!)...])!)
            return pa != pb ? pa < pb : na != nb ? na < nb : a < b
        }
        #expect(ClaimIDOrder.sorted(ids) == byText)
        #expect(ids.allSatisfy { a in ids.allSatisfy { b in ClaimIDOrder.precedes(a, b) == (byText.firstIndex(of: a)! < byText.firstIndex(of: b)!) } })
    }

    /// The packed keys sort as ``ClaimIDOrder/precedes(_:_:)`` does: prefixes of every length around
    /// the 16-byte packing limit, sharing their starts, numbers with leading zeros and signs; with
    /// every prefix packable, and with one too long to pack (the general sort).
    @Test("the packed sort gives the order of precedes", arguments: [16, 17])
    func packedMatchesPrecedes(longest: Int) {
        let base = "0123456789abcdefAZ_."
        let stems = [0, 1, 7, 8, 9, 15, 16, longest].flatMap { n in
            [String(base.prefix(n)), String(base.prefix(n)).uppercased(), String(base.reversed().prefix(n))]
        }
        let numbers = ["0", "1", "2", "10", "02", "+3", "11", "100"]
        let ids = stems.flatMap { stem in numbers.map { "\(stem)-\($0)" } }
        for list in [ids, ids.reversed(), stride(from: 0, to: ids.count, by: 3).map { ids[$0] } + ids] {
            #expect(ClaimIDOrder.sorted(list) == list.sorted(by: ClaimIDOrder.precedes))
            let tagged = list.enumerated().map { (tag: $0.offset, id: $0.element) }
            #expect(ClaimIDOrder.sorted(tagged, by: \.id).map(\.id) == list.sorted(by: ClaimIDOrder.precedes))
        }
    }
}
