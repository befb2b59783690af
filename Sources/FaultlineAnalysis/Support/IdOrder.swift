/// Orders generated ids by their number: `e2` before `e10`, `c9` before `c11`.
///
/// Ids are a letter prefix and a decimal number; anything else falls back to plain string
/// order after all well-formed ids with the same prefix.
enum IdOrder {
    static func split(_ id: String) -> (prefix: Substring, number: Int?) {
        var idx = id.endIndex
        while idx > id.startIndex {
            let p = id.index(before: idx)
            guard id[p].isASCII, id[p].isNumber else { break }
            idx = p
        }
        return (id[..<idx], idx == id.endIndex ? nil : Int(id[idx...]))
    }

    static func less(_ a: String, _ b: String) -> Bool {
        let x = split(a), y = split(b)
        if x.prefix != y.prefix { return x.prefix < y.prefix }
        switch (x.number, y.number) {
        case let (m?, n?): return m != n ? m < n : a < b
        case (.some, .none): return true
        case (.none, .some): return false
        default: return a < b
        }
    }
}
