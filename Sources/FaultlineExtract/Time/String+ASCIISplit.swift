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
