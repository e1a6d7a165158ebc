import LedgerCore
import Testing

@Suite("Days")
struct DayTests {
    @Test("ISO days parse, canonical or not, and impossible dates are refused", arguments: [
        ("2023-06-09", Day(year: 2023, month: 6, day: 9)),
        ("2024-02-29T10:00:00.000Z", Day(year: 2024, month: 2, day: 29)),
        ("2023-6-1", Day(year: 2023, month: 6, day: 1)),
        ("2023-02-29", nil),
        ("2023-13-01", nil),
        ("2023-00-10", nil),
        ("2023/06/09", nil),
        ("23-06-09", nil),
        ("", nil),
        ("٢٠٢٣-٠٦-٠٩", nil),
    ])
    func parse(_ text: String, _ expected: Day?) {
        #expect(Day(iso: text) == expected)
    }

    @Test("every day of four years round-trips through its text")
    func roundTrip() {
        let start = Day(year: 2022, month: 1, day: 1)!
        for n in 0..<(4 * 366) {
            let d = start.adding(days: n)
            #expect(Day(iso: d.description) == d)
            #expect(Day(iso: Substring(d.description + "T00:00:00Z")) == d)
        }
    }
}
