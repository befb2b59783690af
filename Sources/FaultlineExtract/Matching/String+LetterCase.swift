extension String {
    /// The number of letters (Unicode `Alphabetic` scalars) and whether one of them is
    /// lowercase (Unicode `Lowercase`): what `unicodeScalars.filter(\.properties.isAlphabetic)`
    /// and a lowercase test over that list answer.
    ///
    /// Asked of tokens on every sentence (case masks of lexicon phrases, datelines, country
    /// words read as names). Scalar properties cost hundreds of instructions each, so ASCII
    /// scalars, whose letters are exactly `A`…`Z` and `a`…`z`, are classified by value; only
    /// other scalars ask their properties.
    var letterCase: (letters: Int, hasLowercaseLetter: Bool) {
        var letters = 0
        var lower = false
        for s in unicodeScalars {
            let v = s.value
            if v < 0x80 {
                if v >= 0x61 && v <= 0x7A { letters += 1; lower = true } else if v >= 0x41 && v <= 0x5A { letters += 1 }
            } else if s.properties.isAlphabetic {
                letters += 1
                if !lower, s.properties.isLowercase { lower = true }
            }
        }
        return (letters, lower)
    }
}
