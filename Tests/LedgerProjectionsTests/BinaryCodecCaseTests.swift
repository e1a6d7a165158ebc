import Foundation
import LedgerCore
@testable import LedgerProjections
import Testing

/// Fixed cases of the binary format: the nested-container layout and inputs that used to trap.
@Suite struct BinaryCodecCaseTests {
    /// A container whose last entry is a nested container must count that container in its length.
    @Test func nestedContainerInLastPositionIsInsideItsParent() throws {
        let bytes = try BinaryCodec.encode(Shape.circle(radius: 5))
        #expect(bytes[0] == 7)
        let length = Int(bytes[1]) | Int(bytes[2]) << 8 | Int(bytes[3]) << 16 | Int(bytes[4]) << 24
        #expect(length == bytes.count - 9)
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
