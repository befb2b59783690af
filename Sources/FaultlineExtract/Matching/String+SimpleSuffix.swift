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
        let a = utf8, b = suffix.utf8
        guard a.count >= b.count, a.suffix(b.count).elementsEqual(b) else { return false }
        return a.allSatisfy { $0 < 0x80 } || hasSuffix(suffix)
    }
}
