/// Synthetic values whose coding uses nested containers, the shapes the read-model records do not
/// (yet) use: an enum with associated values (synthesised coding nests a keyed container under the
/// case's key), and a hand-written coding with keyed and unkeyed containers nested in last position.
enum Shape: Codable, Hashable {
    case point
    case circle(radius: Int)
    case polygon([Int], label: String?)
    case group(Nested)
}

/// Keyed in keyed in keyed, and unkeyed in unkeyed, each container last in its parent.
struct Nested: Codable, Hashable {
    var id: Int
    var tags: [String]
    var grid: [[Int]]

    enum Keys: String, CodingKey { case id, inner, grid }
    enum InnerKeys: String, CodingKey { case tags }

    init(id: Int, tags: [String], grid: [[Int]]) {
        self.id = id
        self.tags = tags
        self.grid = grid
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(id, forKey: .id)
        var inner = c.nestedContainer(keyedBy: InnerKeys.self, forKey: .inner)
        var tagList = inner.nestedUnkeyedContainer(forKey: .tags)
        for t in tags { try tagList.encode(t) }
        var rows = c.nestedUnkeyedContainer(forKey: .grid)
        for row in grid {
            var r = rows.nestedUnkeyedContainer()
            for x in row { try r.encode(x) }
        }
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        id = try c.decode(Int.self, forKey: .id)
        let inner = try c.nestedContainer(keyedBy: InnerKeys.self, forKey: .inner)
        var tagList = try inner.nestedUnkeyedContainer(forKey: .tags)
        tags = []
        while !tagList.isAtEnd { tags.append(try tagList.decode(String.self)) }
        var rows = try c.nestedUnkeyedContainer(forKey: .grid)
        grid = []
        while !rows.isAtEnd {
            var r = try rows.nestedUnkeyedContainer()
            var row: [Int] = []
            while !r.isAtEnd { row.append(try r.decode(Int.self)) }
            grid.append(row)
        }
    }
}

/// Nested values between plain fields, and one in last position.
struct Holder: Codable, Hashable {
    var before: String
    var nested: Nested
    var shapes: [Shape]
    var after: Int?
    var last: Shape
}

extension RandomRecords {
    mutating func nested() -> Nested {
        Nested(id: anyInt(), tags: array(0...3) { $0.string() }, grid: array(0...3) { r in r.array(0...3) { $0.anyInt() } })
    }
    mutating func shape() -> Shape {
        switch int(0...3) {
        case 0: .point
        case 1: .circle(radius: anyInt())
        case 2: .polygon(array(0...4) { $0.anyInt() }, label: maybe { $0.string() })
        default: .group(nested())
        }
    }
    mutating func holder() -> Holder {
        Holder(before: string(), nested: nested(), shapes: array(0...3) { $0.shape() }, after: maybe { $0.anyInt() }, last: shape())
    }
}
