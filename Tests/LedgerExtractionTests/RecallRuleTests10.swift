import LedgerCore
import Testing
@testable import LedgerExtraction

/// Tolls worded around victims, crimes and restated numerals.
@Suite("Recall rules: victims of killings, crime counts, restated numerals")
struct RecallRuleTests10 {
    static let cases: [RuleCase] = [
        RuleCase("v-murders-victims", "Since March the monitor has recorded 40 murders in Homs, with 46 victims in all: three children, 9 women and 34 men.",
                 ["operations 40 all total", "killed 46 all total", "killed 3 children part<46", "killed 9 women part<46", "killed 34 all part<46"],
                 absent: ["killed 40"]),
        RuleCase("v-crimes-left-dead", "• Hama: 7 murder crimes left six men and a girl dead.", ["operations 7 all total", "killed 6 all total", "killed 1 children total"],
                 absent: ["killed 7"]),
        RuleCase("v-victims-with-injuries-stay-vague", "The blasts left 30 victims, and the injured were taken to Qamishli.", [], absent: ["killed 30"]),
        RuleCase("v-dahaya-wounded-who-died", "ارتفع عدد ضحايا انفجار السيارة المفخخة في مدينة جرابلس إلى 9، بينهم 3 أطفال، بعد وفاة 2 من الجرحى.",
                 ["killed 9 all total", "killed 3 children subset<9"]),
        RuleCase("t4-puts-at", "The monitor puts the number of people killed in such attacks since early 2024 at no fewer than 61.", ["killed 61 all total"]),
        RuleCase("d13-definite-numeral", "وبحسب المراسل فإن بين القتلى الـ8 خمس نساء.", ["killed 5 women total"], absent: ["killed 8"]),
        RuleCase("d21-reporter", "A roadside bomb killed two soldiers and a reporter near Nawa.", ["killed 2 regime total", "killed 1 civilians total"]),
        RuleCase("l-comma-list", "The monitor said those killed were three boys, a woman and an old man.",
                 ["killed 3 children total", "killed 1 women total", "killed 1 all total"]),
        RuleCase("x4-one-of-our-positions", "The attackers struck one of our positions before dawn and five comrades fell as martyrs.",
                 ["killed 5 all total"], absent: ["killed 1"]),
        RuleCase("x2-taken-captive", "Three shepherds were killed and at least 12 others taken captive near Sukhnah.",
                 ["killed 3 civilians total", "captured 12 all total"], absent: ["killed 12"]),
        RuleCase("c2-kills-and-injures", "A car bomb in Azaz kills and injures about 40 people.", ["killed_or_wounded 40 all total"], absent: ["killed 40"]),
        RuleCase("l-comma-speaker", "Two civilians died in the shelling, a doctor said.", ["killed 2 civilians total"], absent: ["killed 1"]),
    ]

    @Test("victims of killings, crime counts, restated numerals", arguments: cases)
    func tolls(_ c: RuleCase) { expectRule(c) }
}
