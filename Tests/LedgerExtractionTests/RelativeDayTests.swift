import LedgerCore
import Testing
@testable import LedgerExtraction

/// A date told as a distance back ("two days ago", "a week earlier", "قبل يومين", "قبل ذلك بيومين"): an
/// AP-style car-bomb story recalling "another car bomb two days earlier" put that bombing on the
/// report's own day, a second incident at the same town. Sentences are our own.
@Suite("Dates: days and weeks back")
struct RelativeDayTests {
    static func day(_ sentence: String, published: String = "2025-02-04") -> (day: String?, candidates: [String]) {
        let e = extract("A car bomb killed 15 people in Manbij on Monday, the civil defence said.\n\n" + sentence, published: published)
        let recalled = e.claims.first { $0.value != 15 }
        return (recalled?.eventDate?.day?.description, recalled?.eventDate?.candidates.map(\.description) ?? [])
    }

    @Test func agoCountsBackFromTheReportsDay() {
        #expect(Self.day("Two days ago, a car bomb in Manbij killed four civilians.").day == "2025-02-02")
        #expect(Self.day("قبل يومين، قُتل أربعة مدنيين بانفجار سيارة مفخخة في منبج.").day == "2025-02-02")
        #expect(Self.day("وقُتل أربعة مدنيين قبل ثلاثة أيام بانفجار في منبج.").day == "2025-02-01")
        #expect(Self.day("وقُتل أربعة مدنيين منذ أسبوع بانفجار في منبج.").day == "2025-01-28")
        #expect(Self.day("Four civilians were killed in Manbij 3 days ago.").day == "2025-02-01")
    }

    @Test func earlierCountsBackFromTheStorysDayOrTheOneBefore() {
        // The story's day is the report's or the one before it: both are candidates, the report's first.
        #expect(Self.day("Two days earlier, another car bomb in Manbij killed four civilians.").candidates == ["2025-02-02", "2025-02-01"])
        #expect(Self.day("وقبل ذلك بيومين، قُتل أربعة مدنيين بانفجار سيارة مفخخة في منبج.").candidates == ["2025-02-02", "2025-02-01"])
        #expect(Self.day("The day before, a car bomb in Manbij killed four civilians.").candidates == ["2025-02-03", "2025-02-02"])
        #expect(Self.day("A week earlier, a car bomb in Manbij killed four civilians.").candidates == ["2025-01-28", "2025-01-27"])
    }

    @Test func countsThatAreNoDates() {
        // A count of victims or of days of fighting is no date.
        #expect(Self.day("The two men were killed in Manbij on Monday.").day == "2025-02-03")
        #expect(Self.day("Four civilians were killed in Manbij after three days of clashes.").day != "2025-02-01")
    }
}
