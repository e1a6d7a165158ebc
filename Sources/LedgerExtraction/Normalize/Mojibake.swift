/// Detection and repair of UTF-8 text that was decoded as Windows-1252 and saved again (`Ø§Ù„…`).
enum Mojibake {
    /// True when the density of `Ø`/`Ù` (and friends) says the text is mojibake.
    static func looksBroken(_ scalars: [Unicode.Scalar]) -> Bool {
        var marks = 0, letters = 0
        for s in scalars {
            switch s.value {
            case 0xD8, 0xD9, 0xDA, 0xDB: marks += 1; letters += 1
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x0600...0x06FF: letters += 1
            default: break
            }
        }
        return marks >= 4 && marks * 5 >= letters
    }

    /// Windows-1252 byte for scalars in 0x80...0x9F positions.
    static let cp1252: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]

    @inline(__always)
    static func byte(_ s: Unicode.Scalar) -> UInt8? {
        if s.value < 0x100 { return UInt8(s.value) }
        return cp1252[s.value]
    }

    /// Repairs what can be repaired. Every output scalar carries the original index range it came from.
    /// Sequences that do not decode stay as they were (partial repair).
    static func repair(_ input: [Unicode.Scalar], starts: [Int], ends: [Int])
        -> (scalars: [Unicode.Scalar], starts: [Int], ends: [Int], repaired: Int)
    {
        var out: [Unicode.Scalar] = [], os: [Int] = [], oe: [Int] = []
        out.reserveCapacity(input.count); os.reserveCapacity(input.count); oe.reserveCapacity(input.count)
        var repaired = 0
        var i = 0
        let n = input.count
        while i < n {
            let s = input[i]
            if let b0 = byte(s), b0 >= 0xC2, b0 <= 0xF4 {
                let len = b0 >= 0xF0 ? 4 : (b0 >= 0xE0 ? 3 : 2)
                if i + len <= n {
                    var cp = UInt32(b0) & (len == 2 ? 0x1F : (len == 3 ? 0x0F : 0x07))
                    var ok = true
                    for k in 1..<len {
                        guard let b = byte(input[i + k]), b & 0xC0 == 0x80 else { ok = false; break }
                        cp = cp << 6 | UInt32(b & 0x3F)
                    }
                    if ok, cp >= 0x80, let u = Unicode.Scalar(cp) {
                        out.append(u); os.append(starts[i]); oe.append(ends[i + len - 1])
                        repaired += 1
                        i += len
                        continue
                    }
                }
            }
            out.append(s); os.append(starts[i]); oe.append(ends[i])
            i += 1
        }
        return (out, os, oe, repaired)
    }
}
