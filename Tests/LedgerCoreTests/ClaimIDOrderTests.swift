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
}
