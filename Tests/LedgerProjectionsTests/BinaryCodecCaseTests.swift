import Foundation
import LedgerCore
@testable import LedgerProjections
import Testing

/// Fixed cases of the binary format: the nested-container layout and inputs that used to trap.
@Suite struct BinaryCodecCaseTests {
    /// A container whose last entry is a nested container must count that container in its length.
    @Test func nestedContainerInLastPositionIsInsideItsParent() throws {
        let bytes = try BinaryCodec.encode(Shape.circle(radius: 5))
        #expect(bytes[0] == 9)  // compact: no entry count
        let length = Int(bytes[1]) | Int(bytes[2]) << 8 | Int(bytes[3]) << 16 | Int(bytes[4]) << 24
        #expect(length == bytes.count - 5)
        let original = try BinaryCodec.encode(Shape.circle(radius: 5), compact: false)
        #expect(original[0] == 7)
        let originalLength = Int(original[1]) | Int(original[2]) << 8 | Int(original[3]) << 16 | Int(original[4]) << 24
        #expect(originalLength == original.count - 9)
    }

    /// Strings ending in 12 or more lowercase hex digits are packed two digits to a byte and come back
    /// exactly; others are written whole.
    @Test(arguments: [
        ("", false), ("abc", false), ("0123456789a", false), ("0123456789ab", true), ("ABCDEF0123456789", false),
        ("inc-041b7a424a4a", true), ("x0123456789abc", true), ("é-00ff00ff00ff00ff", true), ("0123456789abcdeg", false),
        ("6ea410b332c40b796a55deb5ec6e1efaf63cbd8344a0088039e58f2a17c65c9c", true), ("6ea410b332c4-3", false),
    ])
    func hexStrings(_ text: String, packed: Bool) throws {
        let bytes = try BinaryCodec.encode(text)
        #expect(try BinaryCodec.decode(String.self, from: bytes) == text)
        #expect(bytes[0] == (packed ? 10 : 6))
        #expect(try BinaryCodec.decode([String].self, from: BinaryCodec.encode([text, text])) == [text, text])
        if packed { #expect(bytes.count < text.utf8.count) }
    }

    /// A 64-digit content hash takes 35 bytes, a claim's field names one byte each.
    @Test func compactSizes() throws {
        let hash = String(repeating: "0f", count: 32)
        #expect(try BinaryCodec.encode(hash).count == 35)
        struct Fields: Codable, Equatable { var measure: String; var qualifier: String; var unlisted_name: Int }
        let v = Fields(measure: "killed", qualifier: "exact", unlisted_name: 3)
        let bytes = try BinaryCodec.encode(v)
        // header 5, two numbered keys (1 byte) + strings (8, 7), a key written whole (14) + integer (2)
        #expect(bytes.count == 5 + 1 + 8 + 1 + 7 + 14 + 2)
        #expect(try BinaryCodec.decode(Fields.self, from: bytes) == v)
    }

    /// A value after such a container decodes (the parent's length used to end inside the nested one).
    @Test func valuesAfterANestedLastContainerDecode() throws {
        let shapes: [Shape] = [.circle(radius: 5), .polygon([1, 2], label: "p"), .group(Nested(id: 1, tags: ["a"], grid: [[1], []])), .point]
        #expect(try BinaryCodec.decode([Shape].self, from: BinaryCodec.encode(shapes)) == shapes)
        let holder = Holder(before: "b", nested: Nested(id: 7, tags: ["x", "y"], grid: [[3, 4]]), shapes: shapes, after: 9, last: .circle(radius: 2))
        #expect(try BinaryCodec.decode([Holder].self, from: BinaryCodec.encode([holder, holder])) == [holder, holder])
    }

    @Test(arguments: [
        [UInt8](),
        [7],  // a keyed container without its header
        [7, 200, 0, 0, 0, 1, 0, 0, 0],  // a body longer than the input
        [7, 2, 0, 0, 0, 9, 0, 0, 0, 0, 1],  // more entries than its body can hold
        [8, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0],
        [6, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01],  // a string of 2^64-1 bytes
        [6, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01],  // a varint too long
        [5, 1, 2, 3],  // a truncated double
        [9],  // a compact keyed container without its header
        [9, 200, 0, 0, 0],  // a body longer than the input
        [9, 2, 0, 0, 0, 0xFF, 0x7F],  // a key number past the list
        [9, 3, 0, 0, 0, 0x7F, 0, 0],  // a numbered key the value does not have
        [9, 2, 0, 0, 0, 0x40, 0],  // a key written whole, longer than the body
        [10, 1, 0x61],  // a hex string without its digits
        [10, 0, 0xFF, 0xFF, 0x03, 1],  // packed digits beyond the end
    ])
    func malformedInputThrows(_ bytes: [UInt8]) {
        #expect(throws: (any Error).self) { try BinaryCodec.decode([String].self, from: bytes) }
        #expect(throws: (any Error).self) { try BinaryCodec.decode(String.self, from: bytes) }
        #expect(throws: (any Error).self) { try BinaryCodec.decode(Holder.self, from: bytes) }
        #expect(throws: (any Error).self) { try BinaryCodec.decode(Double.self, from: bytes) }
    }

    /// A keyed entry whose key length runs past the end of the input.
    @Test func keyLengthBeyondTheEndThrows() {
        let bytes: [UInt8] = [7, 2, 0, 0, 0, 1, 0, 0, 0, 0xFF, 0x7F]
        #expect(throws: (any Error).self) { try BinaryCodec.decode(Holder.self, from: bytes) }
    }

    /// A stored integer too large for the field's type is an error, not a trap.
    @Test func integerOutOfRangeThrows() throws {
        struct Small: Codable { var x: Int8; var y: [UInt16] }
        struct Big: Codable { var x: Int; var y: [Int] }
        let bytes = try BinaryCodec.encode(Big(x: 300, y: [1]))
        #expect(throws: BinaryCodecError.self) { try BinaryCodec.decode(Small.self, from: bytes) }
        let negative = try BinaryCodec.encode(Big(x: 1, y: [-1]))
        #expect(throws: BinaryCodecError.self) { try BinaryCodec.decode(Small.self, from: negative) }
        let huge = try BinaryCodec.encode(Big(x: 1, y: [70_000]))
        #expect(throws: BinaryCodecError.self) { try BinaryCodec.decode(Small.self, from: huge) }
    }
}
