import Foundation

/// Splits a SQL file into its statements, for a protocol that takes one statement per query.
///
/// Statements end at a `;` outside quotes, dollar-quoted bodies (`$$ ... $$`) and `--` comments.
enum SQLScript {
    static func statements(_ sql: String) -> [String] {
        var out: [String] = []
        var current = ""
        var inDollar = false, inQuote = false, inComment = false
        var chars = Array(sql)[...]
        while let c = chars.popFirst() {
            if inComment {
                if c == "\n" { inComment = false; current.append(c) }
                continue
            }
            if !inDollar && !inQuote && c == "-" && chars.first == "-" { inComment = true; continue }
            if !inQuote && c == "$" && chars.first == "$" {
                inDollar.toggle()
                current.append("$$")
                chars = chars.dropFirst()
                continue
            }
            if !inDollar && c == "'" { inQuote.toggle() }
            if !inDollar && !inQuote && c == ";" {
                let statement = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if !statement.isEmpty { out.append(statement) }
                current = ""
                continue
            }
            current.append(c)
        }
        let last = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !last.isEmpty { out.append(last) }
        return out
    }
}
