import Foundation
import LedgerCore
import LedgerExtraction
import PropertyBased
import Testing

/// `ReportDecoder.decode` on any bytes: it returns text or throws a `ReportInputError`, never
/// anything else and never crashes; what it returns is not empty, has no NUL, and is the bytes
/// themselves when they were plain UTF-8; and what it returns keeps the extraction contract.
@Suite("Report decoder fuzzing")
struct DecoderFuzzTests {
    /// Byte strings mixing random bytes, valid UTF-8 pieces, byte-order marks and NULs.
    static let pieces: [[UInt8]] = [
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x00], [0x00, 0x00], [0x0A], [0x20], [0x09], [0x0D, 0x0A], [0x1B], [0x7F],
        Array("قتل 3 مدنيين".utf8), Array("killed 4".utf8), Array("Ù‚ØªÙ„".utf8), Array("٣".utf8), Array("👍".utf8),
        [0xC3, 0x28], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF5, 0x80, 0x80, 0x80],
        [0xD8, 0x00], [0x00, 0xD8], [0x3D, 0xD8, 0x4D, 0xDE],  // UTF-16 pieces, a surrogate pair
    ]

    static func bytes(_ tokens: [Int]) -> [UInt8] {
        var out: [UInt8] = []
        for v in tokens {
            if v % 2 == 0 { out.append(UInt8(truncatingIfNeeded: v >> 1)) } else { out += pieces[(v >> 1) % pieces.count] }
        }
        return out
    }

    static let tokens = Gen.int(in: 0...Int(UInt16.max)).array(of: 0...300)
    static let limit = Gen.int(in: 0...400)

    @Test("random bytes decode to text or to a ReportInputError, and decoded text keeps the extraction contract")
    func randomBytes() async {
        await FuzzBudget.run("decoder, random bytes") { count in
            var ok = true
            await propertyCheck(count: count, input: Self.tokens, Self.limit) { tokens, limit in
                let bytes = Self.bytes(tokens)
                let problems = Self.check(bytes, maxBytes: limit)
                if !problems.isEmpty { ok = false }
                #expect(problems.isEmpty, "\(bytes.count) bytes \(bytes.prefix(64)): \(problems.prefix(5).joined(separator: "; "))")
            }
            return ok
        }
    }

    static func check(_ bytes: [UInt8], maxBytes: Int) -> [String] {
        var problems: [String] = []
        do {
            let text = try ReportDecoder.decode(bytes, path: "fuzz.txt", maxBytes: maxBytes)
            if bytes.count > maxBytes { problems.append("accepted \(bytes.count) bytes over the \(maxBytes)-byte limit") }
            if text.unicodeScalars.contains("\u{0}") { problems.append("decoded text holds a NUL") }
            if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{FEFF}" }) {
                problems.append("decoded text is empty or white space")
            }
            // Plain UTF-8: no byte-order mark, valid, and no zero byte (zero bytes are how UTF-16
            // without a mark is recognised: "00 20 00 FF FE D8 00 0A" is read as UTF-16BE).
            let plainUTF8 = !bytes.starts(with: [0xEF, 0xBB, 0xBF]) && !bytes.starts(with: [0xFF, 0xFE])
                && !bytes.starts(with: [0xFE, 0xFF]) && !bytes.contains(0) && String(validating: bytes, as: UTF8.self) != nil
            if plainUTF8 && Array(text.utf8) != bytes { problems.append("UTF-8 input was not returned as it was") }
            problems += ExtractionInvariants.check(text)
        } catch let error as ReportInputError {
            if !error.description.hasPrefix("fuzz.txt: ") { problems.append("error does not name the file: \(error)") }
            if bytes.count > maxBytes, case .tooLarge = error {} else if bytes.count > maxBytes {
                problems.append("over the limit but refused as \(error)")
            }
        } catch {
            problems.append("threw \(type(of: error)), not a ReportInputError: \(error)")
        }
        return problems
    }

    /// Refusing text as "not language" is right when it is mostly digits and punctuation, or when
    /// most of its letters are of other scripts; never when half of it is Arabic or Latin letters and
    /// those are most of its letters.
    static func wronglyRefused(_ text: String, letters: Int, visible: Int) -> [String] {
        let alphabetic = text.unicodeScalars.prefix(65_536).filter { $0.properties.isAlphabetic }.count
        guard letters * 2 >= visible && letters * 2 > alphabetic else { return [] }
        return ["refused as not language with \(letters) Arabic or Latin letters of \(visible), \(alphabetic) letters in all"]
    }

    /// Found by the property below (issue 21): "阧ٜ" is one Arabic mark and one CJK letter. The
    /// decoder refused it rightly (half its letters are not Arabic or Latin); the property's old
    /// oracle, which counted only Arabic and Latin letters against visible characters, called that
    /// wrong.
    @Test("half of its letters in another script: refused, and the oracle agrees")
    func otherScriptHalf() {
        #expect(throws: ReportInputError.notLanguage(path: "fuzz.txt", letters: 1, visible: 2)) {
            try ReportDecoder.decode(Array("阧ٜ".utf8), path: "fuzz.txt")
        }
        #expect(Self.wronglyRefused("阧ٜ", letters: 1, visible: 2).isEmpty)
        #expect(!Self.wronglyRefused("ab12", letters: 2, visible: 4).isEmpty)
    }

    /// Found by the property above (seed id2O++aAi05m66ZEKUEArI1JYMMjt6l+7ADbG1ket0o=): bytes with
    /// UTF-16's pattern of zero bytes and no mark are UTF-16, not UTF-8 returned as it was; the old
    /// oracle called every unmarked input UTF-8.
    @Test("zero bytes in UTF-16's pattern without a mark: read as UTF-16, and the oracle agrees")
    func unmarkedUTF16() {
        let bytes: [UInt8] = [0x00, 0x20, 0x00, 0xFF, 0xFE, 0xD8, 0x00, 0x0A]
        #expect(Self.check(bytes, maxBytes: 8).isEmpty)
    }

    @Test("every valid UTF-8 text within the limit is accepted unless it is empty, binary, white space or mostly not letters")
    func validText() async {
        await FuzzBudget.run("decoder, valid text") { count in
            var ok = true
            await propertyCheck(count: count, input: ArabicText.generator(maxTokens: 60)) { text in
                var problems: [String] = []
                let bytes = Array(text.utf8)
                do {
                    let decoded = try ReportDecoder.decode(bytes, path: "fuzz.txt")
                    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) == false && decoded != text { problems.append("text changed") }
                } catch ReportInputError.empty, ReportInputError.binary {
                    // White space only, or control characters / NUL: refusing it is right.
                } catch ReportInputError.notLanguage(_, let letters, let visible) {
                    problems += Self.wronglyRefused(text, letters: letters, visible: visible)
                } catch {
                    problems.append("valid UTF-8 refused: \(error)")
                }
                if !problems.isEmpty { ok = false }
                #expect(problems.isEmpty, "\(text.debugDescription): \(problems.joined(separator: "; "))")
            }
            return ok
        }
    }
}
