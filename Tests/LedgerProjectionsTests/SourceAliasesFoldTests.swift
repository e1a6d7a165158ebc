import Testing
@testable import LedgerProjections

/// `SourceAliases.fold` is one pass over the scalars; it must fold every name as the plain definition
/// does (lower case, Arabic diacritics and tatweel dropped, words split on white space and joined by
/// one space, a leading "the" dropped), or one organisation would split into two sources.
@Suite struct SourceAliasesFoldTests {
    /// The definition, written plainly (the fold before it was made one pass).
    static func reference(_ s: String) -> String {
        var out = ""
        for u in s.lowercased().unicodeScalars where !(0x064B...0x065F).contains(u.value) && u.value != 0x0640 {
            out.unicodeScalars.append(u)
        }
        var words = out.split(whereSeparator: \.isWhitespace)
        if words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    static let pieces = [
        "The", "the", "THE", "theatre", " ", "  ", "\t", "\n", "\r\n", "\u{A0}", "\u{2009}", "\u{3000}", "SOHR", "North Press",
        "المرصد", "السوري", "\u{064E}", "\u{0651}", "\u{0640}", "قوات", "É", "İ", "ΣΑΣ", "ß", "Ⅻ", "-", "(ANHA)", "24", "٢٤", "\u{301}",
    ]

    @Test func foldsAsTheDefinition() {
        for seed in UInt64(1)...3_000 {
            var g = RandomRecords(seed: seed)
            let s = g.array(0...7) { $0.pick(Self.pieces) }.joined()
            #expect(SourceAliases.fold(s) == Self.reference(s), "seed \(seed): \(s.debugDescription)")
        }
    }

    @Test func everyNameInTheTableFoldsAsTheDefinition() {
        func n(_ s: String) -> String { "  the  " + s.uppercased() + "\u{0640} " }
        for (canonical, names) in SourceAliases.table {
            for n in names + [canonical, n(canonical)] {
                #expect(SourceAliases.fold(n) == Self.reference(n), "\(n.debugDescription)")
            }
        }
    }

    @Test func namesOfOneOrganisationAreOneSource() {
        #expect(SourceAliases.canonical("  the Syrian  Observatory ") == "Syrian Observatory for Human Rights")
        #expect(SourceAliases.canonical("المرصدُ السوريّ") == "Syrian Observatory for Human Rights")
        #expect(SourceAliases.canonical("Some Local Page") == "Some Local Page")
    }
}
