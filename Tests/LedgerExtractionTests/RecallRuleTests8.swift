import LedgerCore
import Testing
@testable import LedgerExtraction

/// English injuries worded without a wound verb, and event nouns that need "of".
@Suite("Recall rules: English injuries")
struct RecallRuleTests8 {
    static let cases: [RuleCase] = [
        RuleCase("w-injury-of-a-third", "Gunmen fired on a patrol near Hajin, leading to the death of two fighters and the injury of a third.",
                 ["killed 2 all total", "wounded 1 all total"]),
        RuleCase("w-injury-without-of", "The injury toll is not yet known, officials in Raqqa said.", [], absent: ["wounded"]),
        RuleCase("w-treated-for-wounds", "Medics treated four other residents of the building for wounds.", ["wounded 4 all total"], absent: ["killed 4"]),
        RuleCase("w-remained-in-hospital", "Nine people died in the blast and about 20 others remained in hospital on Sunday.",
                 ["killed 9 all total", "wounded 20 all total"], absent: ["killed 20"]),
        RuleCase("w-inflicting-wounds", "Shells fell on Mhardeh, inflicting wounds on six civilians, including a girl.",
                 ["wounded 6 civilians total", "wounded 1 children subset<6"]),
        RuleCase("w-hospitalised", "Eleven workers were hospitalised after the explosion at the depot in Jableh.", ["wounded 11 civilians total"]),
        RuleCase("k-martyrdom-of", "The shelling led to the martyrdom of five civilians, among them a child.",
                 ["killed 5 civilians total", "killed 1 children subset<5"]),
        RuleCase("k-rose-as-martyrs", "Four comrades rose as martyrs and a fifth fighter was hurt, the statement said.",
                 ["killed 4 all total", "wounded 1 all total"]),
        RuleCase("k-rose-to", "The toll rose to 14 on Monday.", ["killed 14 all total"]),
        RuleCase("w-neighbour", "The attackers wounded a neighbour who tried to help.", ["wounded 1 civilians total"]),
    ]

    @Test("English injury wordings and 'of' nouns", arguments: cases)
    func injuries(_ c: RuleCase) { expectRule(c) }
}
