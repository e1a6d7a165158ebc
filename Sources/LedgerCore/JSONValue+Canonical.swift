extension JSONValue {
    /// This value as canonical JSON (keys sorted by their UTF-8 bytes, no white space, `/` unescaped),
    /// written without a `JSONEncoder`: for columns written on the append path.
    ///
    /// Integers, strings, booleans, null, arrays and objects are written as ``CanonicalJSON`` writes
    /// them (a test compares the two). A `.number` is written as Swift prints a `Double`.
    public func canonicalJSONString() -> String {
        var w = FastCanonicalJSON(capacity: 256)
        write(&w)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    private func write(_ w: inout FastCanonicalJSON) {
        switch self {
        case .null: w.literal("null")
        case .bool(let b): w.write(.bool(b))
        case .integer(let i): w.write(.int(Int(i)))
        case .number(let d): w.literal(d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d))
        case .string(let s): w.string(s)
        case .array(let items): w.write(.array(items.map { item in { item.write(&$0) } }))
        case .object(let members): w.object(members.map { key, value in (key, .nested { value.write(&$0) }) })
        }
    }
}
