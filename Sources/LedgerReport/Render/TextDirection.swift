/// The writing direction of a piece of text, for the `dir` and `lang` attributes of the element
/// holding it: Arabic when Arabic letters outnumber Latin ones.
public struct TextDirection: Hashable, Sendable {
    /// `rtl` or `ltr`.
    public var dir: String
    /// `ar` or `en`.
    public var lang: String

    public static let arabic = TextDirection(dir: "rtl", lang: "ar")
    public static let english = TextDirection(dir: "ltr", lang: "en")

    /// The direction of `text`.
    public static func of(_ text: String) -> TextDirection {
        var arabic = 0, latin = 0
        for s in text.unicodeScalars {
            switch s.value {
            case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: arabic += 1
            case 0x41...0x5A, 0x61...0x7A: latin += 1
            default: break
            }
        }
        return arabic > latin ? .arabic : .english
    }

    /// Whether `text` holds any Arabic letter (a name to isolate with `<bdi>` in a left-to-right line).
    public static func hasArabic(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) || (0xFB50...0xFEFF).contains($0.value) }
    }
}
