import Foundation
import LedgerCore
import Testing

/// Issue 14, item 6: the same article saved in different ways has one identity.
@Suite("Report identity: the normalised text")
struct ReportIdentityTests {
    static let article = "مقتل مدنيين اثنين في الشحيل\nTwo civilians were killed in al-Shuhayl.\n"

    @Test("line ends, a byte-order mark, trailing white space and final newlines do not change the identity",
          arguments: [
              article, article.replacingOccurrences(of: "\n", with: "\r\n"), "\u{FEFF}" + article,
              article.replacingOccurrences(of: "\n", with: "  \t\n"), article + "\n\n  \n", String(article.dropLast()),
              article.replacingOccurrences(of: "\n", with: "\r"),
          ])
    func sameArticle(_ variant: String) {
        #expect(ReportIdentity.normalized(variant) == Self.article)
    }

    @Test("NFC: a decomposed accent is the composed one")
    func nfc() {
        let decomposed = "Cafe\u{301} bombing: 3 killed\n"
        #expect(Array(ReportIdentity.normalized(decomposed).unicodeScalars) == Array("Caf\u{E9} bombing: 3 killed\n".unicodeScalars))
    }

    @Test("a clean UTF-8 file is its own normal form (identities of ledgers made before stay the same)")
    func cleanIsItself() {
        #expect(ReportIdentity.normalized(Self.article) == Self.article)
    }

    @Test("a change of wording, figure or leading indentation is another report")
    func differences() {
        let base = ReportIdentity.normalized(Self.article)
        #expect(ReportIdentity.normalized(Self.article.replacingOccurrences(of: "Two", with: "Three")) != base)
        #expect(ReportIdentity.normalized("  " + Self.article) != base)
        #expect(ReportIdentity.normalized(Self.article.replacingOccurrences(of: "\n", with: "\n\n")) != base)
    }
}
