extension String {
    /// The same answer as `hasSuffix(suffix)`, without Unicode comparison in the usual case,
    /// for a suffix whose characters each have one canonical spelling (ASCII letters and
    /// punctuation, `’`).
    ///
    /// `hasSuffix` compares characters under canonical equivalence, which costs over a
    /// thousand instructions per call and was asked for every token. For such a suffix its
    /// bytes ending the string is necessary; for ASCII text it is also sufficient, and other
    /// text is left to `hasSuffix`.
    func hasSimpleSuffix(_ suffix: String) -> Bool {
        // Most words fail on their last byte; only those are compared in full.
        guard let last = suffix.utf8.last else { return true }
        guard utf8.last == last else { return false }
        var text = self, end = suffix
        let (bytesMatch, ascii) = text.withUTF8 { a in
            end.withUTF8 { b -> (Bool, Bool) in
                guard a.count >= b.count else { return (false, false) }
                let tail = UnsafeBufferPointer(rebasing: a[(a.count - b.count)...])
                return (tail.elementsEqual(b), !a.contains { $0 >= 0x80 })
            }
        }
        return bytesMatch && (ascii || hasSuffix(suffix))
    }
}
