extension String {
    /// `split(separator: Character(separator), omittingEmptySubsequences:)` for an ASCII
    /// separator, cutting at bytes when the text is all ASCII (each character one byte, so
    /// the pieces are the same) instead of walking characters: the time rules split keys
    /// and values such as `twenty-five` or `2016-12-14` at hyphens many times per document.
    /// Text beyond ASCII takes `split` itself.
    func splitKeepingCharacters(_ separator: UInt8, omittingEmptySubsequences: Bool = true) -> [Substring] {
        var copy = self
        let pieces: [Range<Int>]? = copy.withUTF8 { u in
            var out: [Range<Int>] = []
            var start = 0
            for k in 0..<u.count {
                let b = u[k]
                if b >= 0x80 { return nil }
                guard b == separator else { continue }
                if !omittingEmptySubsequences || k > start { out.append(start..<k) }
                start = k + 1
            }
            if !omittingEmptySubsequences || u.count > start { out.append(start..<u.count) }
            return out
        }
        guard let pieces else {
            return split(separator: Character(Unicode.Scalar(separator)), omittingEmptySubsequences: omittingEmptySubsequences)
        }
        let base = utf8.startIndex
        return pieces.map { r in self[utf8.index(base, offsetBy: r.lowerBound)..<utf8.index(base, offsetBy: r.upperBound)] }
    }
}

extension String {
    /// The two pieces of `splitKeepingCharacters(separator)` as strings when there are exactly
    /// two (`twenty-five` → `twenty`, `five`), else nil. ASCII text is cut at its bytes with no
    /// array of pieces (hyphenated words reach the number and duration rules at every
    /// candidate token, and most of them are not numbers); other text takes the general split.
    func twoPieces(splitAt separator: UInt8) -> (String, String)? {
        var copy = self
        // Outer nil: beyond ASCII. Pieces are non-empty runs between separators, as
        // `splitKeepingCharacters` cuts them (empty pieces omitted).
        let cut: (Range<Int>, Range<Int>)?? = copy.withUTF8 { u in
            var first: Range<Int>?, second: Range<Int>?
            var start = 0
            for k in 0...u.count {
                if k < u.count {
                    let b = u[k]
                    if b >= 0x80 { return nil }
                    guard b == separator else { continue }
                }
                if k > start {
                    if first == nil { first = start..<k } else if second == nil { second = start..<k } else { return .some(nil) }
                }
                start = k + 1
            }
            guard let first, let second else { return .some(nil) }
            return .some((first, second))
        }
        switch cut {
        case .none:
            let pieces = splitKeepingCharacters(separator)
            return pieces.count == 2 ? (String(pieces[0]), String(pieces[1])) : nil
        case .some(.none):
            return nil
        case .some(.some(let (a, b))):
            return copy.withUTF8 { u in
                (String(decoding: UnsafeBufferPointer(rebasing: u[a]), as: UTF8.self),
                 String(decoding: UnsafeBufferPointer(rebasing: u[b]), as: UTF8.self))
            }
        }
    }
}
