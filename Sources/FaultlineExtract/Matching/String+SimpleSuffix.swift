extension String {
    /// The same answer as `hasSuffix(suffix)`, without Unicode comparison in the usual case,
    /// for a suffix whose characters each have one canonical spelling (ASCII letters and
    /// punctuation, `’`).
    ///
    /// `hasSuffix` compares characters under canonical equivalence, which costs over a
    /// thousand instructions per call and was asked for every token. For such a suffix its
    /// bytes ending the string is necessary; for ASCII text it is also sufficient, and other
    /// text is left to `hasSuffix`. Most words fail on their last byte, read in place.
    func hasSimpleSuffix(_ suffix: StaticString) -> Bool {
        var text = self
        let (bytesMatch, ascii) = suffix.withUTF8Buffer { b in
            text.withUTF8 { a -> (Bool, Bool) in
                guard a.count >= b.count else { return (false, false) }
                guard let last = b.last else { return (true, true) }
                guard a[a.count - 1] == last else { return (false, false) }
                let tail = UnsafeBufferPointer(rebasing: a[(a.count - b.count)...])
                return (tail.elementsEqual(b), !a.contains { $0 >= 0x80 })
            }
        }
        return bytesMatch && (ascii || hasSuffix(suffix.description))
    }
}
