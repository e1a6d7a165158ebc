/// Lowercase hexadecimal digits as ``BinaryCodec`` packs them (tag `10`): only `0-9` and `a-f`, so
/// that a packed string decodes to exactly the bytes it was.
enum HexDigits {
    /// The value of an ASCII lowercase hex digit, nil for any other byte.
    @inline(__always) static func value(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    /// The ASCII digit of a value below 16.
    @inline(__always) static func digit(_ v: UInt8) -> UInt8 {
        v < 10 ? UInt8(ascii: "0") + v : UInt8(ascii: "a") + v - 10
    }
}
