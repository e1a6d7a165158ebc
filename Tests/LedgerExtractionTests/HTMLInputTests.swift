import Foundation
import LedgerCore
import Testing
@testable import LedgerExtraction

/// Issue 15, item 4: web pages are read as HTML, their offsets still point into the page.
@Suite("Web pages as input")
struct HTMLInputTests {
    static let page = """
        <!DOCTYPE html>
        <html lang="ar"><head><meta charset="utf-8"><title>مقتل ثلاثة مدنيين في الشحيل</title>
        <script>var killed = 500; document.write('<p>قتل 900 مدني</p>'); if (a < b && c > d) {}</script>
        <style>.x::before { content: "killed 77"; }</style></head>
        <body>
        <nav><ul><li>الرئيسية</li><li>قتل 44 شخصاً في خبر آخر</li></ul></nav>
        <div class="article-body">
        <p>قُتل ثلاثة مدنيين&nbsp;وأصيب خمسة آخرون في قصف على بلدة الشحيل بريف دير الزور الشرقي يوم الإثنين.</p>
        <p>ووثّق المرصد منذ مطلع العام مقتل 61 شخصاً، هم:</p>
        <ul><li>40 من قسد</li><li>21 مدنياً</li></ul>
        <!-- killed 40 -->
        <p>Two SDF fighters were killed near Dhiban &amp; 4 wounded&#x21;</p>
        </div>
        <aside class="most-read"><p>مقتل 12 عنصراً في هجوم</p></aside>
        <div class="sidebar-related"><p>Five soldiers killed in Palmyra</p></div>
        <div id="comments"><p>Nine people were killed, a reader says</p></div>
        <footer>© 2024 — 17 killed</footer>
        </body></html>
        """

    static func extract(_ text: String) -> [Claim] {
        Extractor().extract(text: text, report: ReportMeta(contentHash: String(repeating: "0", count: 64), published: Day(iso: "2024-03-05"))).claims
    }

    @Test("the article's figures, and none from scripts, styles, comments, navigation, sidebars or the footer")
    func articleOnly() {
        let claims = Self.extract(Self.page)
        let figures = claims.map { "\($0.measure.rawValue) \($0.value)" }
        #expect(figures == ["killed 3", "wounded 5", "killed 61", "killed 40", "killed 21", "killed 2", "wounded 4"])
        let parts = claims.filter { $0.role == .part }
        #expect(parts.count == 2 && parts.allSatisfy { $0.parent == claims[2].id }, "the <li>s are the 61's breakdown")
    }

    @Test("every span is the page's own text at its offsets")
    func offsets() {
        let scalars = Array(Self.page.unicodeScalars)
        for claim in Self.extract(Self.page) {
            let text = String(String.UnicodeScalarView(scalars[claim.span.start..<claim.span.end]))
            #expect(text == claim.span.text)
        }
    }

    @Test("entities are decoded: named, decimal and hex")
    func entities() {
        let page = "<html><body><p>&#1602;&#1578;&#1604; 3 &#x645;&#x62F;&#x646;&#x64A;&#x64A;&#x646; &amp; others</p><p>x</p></body></html>"
        let text = HTMLText.extract(Array(page.unicodeScalars)).map { String(String.UnicodeScalarView($0.scalars)) }
        #expect(text?.contains("قتل 3 مدنيين & others") == true)
        #expect(Self.extract(page).map(\.value) == [3])
    }

    @Test("prose that mentions a tag or compares numbers is not read as a page")
    func notHTML() {
        for text in ["Clashes left 3 < 5 dead, officials said <sic>.\n", "The <b> tag is bold.\nFour civilians were killed.\n"] {
            #expect(!HTMLText.looksLikeHTML(Array(text.unicodeScalars)))
        }
    }

    @Test("a page declaring windows-1256 in its meta charset is read in it")
    func declaredCharset() throws {
        let body = "<html><head><meta charset=\"windows-1256\"></head><body><p>قتل ثلاثة مدنيين في قصف على الشحيل</p></body></html>"
        var inverse: [UInt32: UInt8] = [:]
        for (i, u) in Windows1256.high.enumerated() { inverse[UInt32(u)] = UInt8(0x80 + i) }
        let bytes = body.unicodeScalars.map { $0.value < 0x80 ? UInt8($0.value) : inverse[$0.value]! }
        #expect(try ReportDecoder.decode(bytes, path: "p.html") == body)
    }
}
