import Foundation
import FaultlineText

/// Matching keys for personal names across spellings and transliterations.
///
/// The press writes one name many ways: with and without diacritics (`Erdoğan`/`Erdogan`,
/// `Çavuşoğlu`/`Cavusoglu`), and Slavic names in several romanisations (`Zelenskiy`,
/// `Zelenskyy`, `Zelenskyi`, `Zelensky`; `Dmitriy`/`Dmitry`; `Sergey`/`Sergei`;
/// `Nechayev`/`Nechaev`; `Shoygu`/`Shoigu`). The key removes diacritics, hyphens and
/// apostrophes, folds the `-skiy`/`-skyy`/`-skyi`/`-ski` endings to one, drops `y` before
/// `e` after a vowel (`Nechayev`, `Yevgeny`), reads `y` as `i` and collapses doubled `i`.
/// Different names stay different; only spelling variants of one name meet.
enum PersonNames {
    /// The key of one word of a name.
    static func wordKey(_ word: some StringProtocol) -> String {
        if let k = asciiWordKey(word) { return k }
        // Latin letters with diacritics (`Nguyễn`, `Erdoğan`): their bases are the ASCII word
        // `Folding.stripped` gives, keyed on bytes.
        if let bases = latinBases(word), let k = asciiWordKey(String(decoding: bases, as: UTF8.self)) { return k }
        return wordKeyByCharacters(word)
    }

    /// `Folding.stripped(word)` (not yet lowercased) when every scalar is a Latin letter whose
    /// canonical decomposition is an ASCII letter plus combining marks U+0300…U+036F (or such
    /// a mark alone, or `Đ`/`đ`/`Ð`); nil otherwise. Dropping every mark makes the canonical
    /// reordering of a full decomposition irrelevant, so a table per scalar gives the same
    /// letters as Foundation's decomposition of the word, without decomposing it.
    static func latinBases(_ word: some StringProtocol) -> [UInt8]? {
        let table = latinBaseTable
        var out: [UInt8] = []
        out.reserveCapacity(word.utf8.count)
        for scalar in word.unicodeScalars {
            let v = Int(scalar.value)
            let b: UInt8
            if v < 0x250 { b = table[v] } else if v >= 0x1E00 && v < 0x1F00 { b = table[0x250 + v - 0x1E00] } else { return nil }
            if b == 0 { return nil }
            if b != 0xFF { out.append(b) }
        }
        return out
    }

    /// The name with each precomposed Latin letter written as its ASCII base letter
    /// (`Nguyễn Văn Đức` → `Nguyen Van Duc`), when every other scalar is ASCII (not NUL);
    /// nil for an ASCII name and for any other text.
    ///
    /// Such a name has the same `PersonNameInfo` as its bases: each scalar is one character
    /// (no combining marks), the word separators are ASCII and kept, and the character path
    /// keys every word by its `latinBases`, which this replacement is. The ASCII paths then
    /// key it on bytes: the character path cost thousands of instructions per name.
    static func precomposedLatinBases(_ name: String) -> String? {
        // Most names are ASCII: one pass over the bytes says so before any scalar is decoded
        // or byte array grown.
        var bytes = name
        if bytes.withUTF8({ u in !u.contains { $0 >= 0x80 } }) { return nil }
        let table = latinBaseTable
        var out: [UInt8] = []
        var latin = false
        for scalar in name.unicodeScalars {
            let v = Int(scalar.value)
            if v < 0x80 {
                guard v != 0 else { return nil }
                out.append(UInt8(v))
                continue
            }
            let b: UInt8
            if v < 0x250 { b = table[v] } else if v >= 0x1E00 && v < 0x1F00 { b = table[0x250 + v - 0x1E00] } else { return nil }
            // A letter only (not a mark, nor a scalar the table does not cover).
            guard (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) else { return nil }
            if !latin { latin = true; out.reserveCapacity(name.utf8.count) }
            out.append(b)
        }
        return latin ? String(decoding: out, as: UTF8.self) : nil
    }

    /// Per scalar of U+0000…U+024F then U+1E00…U+1EFF: the ASCII base letter, 0xFF for a
    /// combining mark that decomposes to marks U+0300…U+036F only, 0 for anything else.
    /// Built once from Foundation's decomposition of each scalar.
    static let latinBaseTable: [UInt8] = {
        let scalars = Array(0..<0x250) + Array(0x1E00..<0x1F00)
        return scalars.map { v -> UInt8 in
            if v == 0x0110 || v == 0x00D0 { return 0x44 }                  // Đ Ð → D
            if v == 0x0111 { return 0x64 }                                 // đ → d
            guard let s = Unicode.Scalar(UInt32(v)) else { return 0 }
            let d = Array(String(Character(s)).decomposedStringWithCanonicalMapping.unicodeScalars)
            func isMark(_ u: Unicode.Scalar) -> Bool { (0x0300...0x036F).contains(u.value) }
            guard let first = d.first, d.dropFirst().allSatisfy(isMark) else { return 0 }
            if isMark(first) { return 0xFF }
            return first.value < 0x80 ? UInt8(first.value) : 0
        }
    }()

    /// `wordKey` character by character (any text; the definition `asciiWordKey` follows).
    static func wordKeyByCharacters(_ word: some StringProtocol) -> String {
        var s = word.utf8.allSatisfy({ $0 < 0x80 }) ? word.lowercased() : Folding.stripped(word)
        s.removeAll { $0 == "-" || $0 == "'" || $0 == "\u{2019}" || $0 == "." }
        for (suffix, replacement) in [("skyy", "sky"), ("skyi", "sky"), ("skiy", "sky"), ("skii", "sky"), ("ski", "sky")] where s.hasSuffix(suffix) {
            s = String(s.dropLast(suffix.count)) + replacement
            break
        }
        var out = ""
        var previous: Character? = nil
        let chars = Array(s)
        for (i, c) in chars.enumerated() {
            var ch = c
            if ch == "y" {
                let next = i + 1 < chars.count ? chars[i + 1] : nil
                let afterVowelOrStart = previous == nil || "aeiou".contains(previous!)
                if next == "e", afterVowelOrStart { continue }   // Yevgeny, Nechayev
                ch = "i"
            }
            if ch == "i", previous == "i" { continue }
            out.append(ch)
            previous = ch
        }
        return out
    }

    /// `wordKey` of an ASCII word without line breaks, on bytes (the same steps; there a
    /// byte is a character); nil for other words.
    static func asciiWordKey(_ word: some StringProtocol) -> String? {
        var s: [UInt8] = []
        s.reserveCapacity(word.utf8.count)
        for b in word.utf8 {
            guard b < 0x80, b != 0x0D else { return nil }
            if b == 0x2D || b == 0x27 || b == 0x2E { continue }            // - ' .
            s.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
        }
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        appendASCIIWordKey(&s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The last steps of `asciiWordKey` on a word already lowercased and without `-`, `'`
    /// and `.` (`s`, consumed): the ending fold, then the `y`/`i` rules; appended to `out`.
    static func appendASCIIWordKey(_ s: inout [UInt8], to out: inout [UInt8]) {
        // Every ending starts with `sk` three or four bytes from the end: words without one
        // (nearly all) skip the table.
        let n = s.count
        if (n >= 3 && s[n - 3] == 0x73 && s[n - 2] == 0x6B) || (n >= 4 && s[n - 4] == 0x73 && s[n - 3] == 0x6B) {
            for (suffix, replacement) in asciiSuffixes where s.count >= suffix.count && s.suffix(suffix.count).elementsEqual(suffix) {
                s.removeLast(suffix.count)
                s += replacement
                break
            }
        }
        var previous: UInt8? = nil
        for (i, c) in s.enumerated() {
            var ch = c
            if ch == 0x79 {                                                // y
                let next: UInt8? = i + 1 < s.count ? s[i + 1] : nil
                let afterVowelOrStart = previous.map { $0 == 0x61 || $0 == 0x65 || $0 == 0x69 || $0 == 0x6F || $0 == 0x75 } ?? true
                if next == 0x65, afterVowelOrStart { continue }            // Yevgeny, Nechayev
                ch = 0x69                                                  // i
            }
            if ch == 0x69, previous == 0x69 { continue }
            out.append(ch)
            previous = ch
        }
    }

    /// `key` of an ASCII name in one pass over its bytes, without the word array and the
    /// per-word strings (names are keyed on every mention); nil for other names.
    static func asciiKey(_ name: some StringProtocol) -> String? {
        // Read in place where the text is contiguous (native strings and their slices):
        // iterating a generic text's UTF-8 view cost about a hundred instructions a byte.
        if let k = name.utf8.withContiguousStorageIfAvailable({ asciiKey(bytes: $0) }) { return k }
        var copy = String(name)
        return copy.withUTF8 { asciiKey(bytes: $0) }
    }

    /// `asciiKey` of UTF-8 bytes.
    static func asciiKey(bytes u: UnsafeBufferPointer<UInt8>) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * u.count + 2) { buf -> String? in
            var writer = ASCIIKeyWriter(scratch: buf, textLength: u.count)
            guard writer.add(u) else { return nil }
            return writer.key()
        }
    }

    /// `asciiKey` of the texts of `tokens[first]` and of `tokens[rest]` joined by single
    /// spaces, without joining them; nil when one of them is not ASCII (`key` then reads
    /// the joined name by characters).
    ///
    /// The space separates words and nothing else, so the key of the joined name is the
    /// keys of the texts one after another: `startsKnownName` keys a country word and the
    /// capitalised words after it this way, each token's text read in place.
    static func asciiKey(of tokens: [Token], first: Int, then rest: Range<Int>) -> String? {
        var total = tokens[first].text.utf8.count
        for k in rest { total += tokens[k].text.utf8.count }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * total + 2) { buf -> String? in
            var writer = ASCIIKeyWriter(scratch: buf, textLength: total)
            guard writer.add(text: tokens[first].text) else { return nil }
            for k in rest {
                guard writer.add(text: tokens[k].text) else { return nil }
            }
            return writer.key()
        }
    }

    /// The steps of `asciiKey` over text given in parts (a separator between two parts), on
    /// scratch memory: the current word and the key written so far live in one buffer of
    /// twice the text's length (a word's key is never longer than the word), so no byte
    /// arrays are grown per name. The tables are read from their globals once per name.
    struct ASCIIKeyWriter {
        private let word: UnsafeMutableBufferPointer<UInt8>
        private let out: UnsafeMutableBufferPointer<UInt8>
        private let separator = PersonNames.asciiSeparator, letter = PersonNames.asciiLetterOrNumber
        private let suffixes = PersonNames.asciiSuffixes
        private var n = 0, o = 0
        private var hasLetter = false

        /// `scratch` holds at least `2 * textLength + 2` bytes.
        init(scratch: UnsafeMutableBufferPointer<UInt8>, textLength: Int) {
            word = UnsafeMutableBufferPointer(rebasing: scratch[0..<(textLength + 1)])
            out = UnsafeMutableBufferPointer(rebasing: scratch[(textLength + 1)...])
        }

        /// Adds one part; false when a byte is not ASCII.
        mutating func add(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
            for i in 0..<u.count {
                let b = u[i]
                guard b < 0x80 else { return false }
                if separator[Int(b)] {
                    endWord()
                    continue
                }
                if letter[Int(b)] { hasLetter = true }
                if b != 0x2D && b != 0x27 && b != 0x2E { word[n] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b; n += 1 }   // - ' .
            }
            endWord()
            return true
        }

        /// `add` of a string's bytes, read in place; false also when they are not contiguous.
        mutating func add(text: String) -> Bool {
            text.utf8.withContiguousStorageIfAvailable { add($0) } ?? false
        }

        /// A separator: the word read so far, if it holds a letter or digit, gives its key.
        private mutating func endWord() {
            if hasLetter { PersonNames.writeASCIIWordKey(word, n, suffixes: suffixes, to: out, at: &o) }
            n = 0; hasLetter = false
        }

        func key() -> String { String(decoding: UnsafeBufferPointer(rebasing: out[0..<o]), as: UTF8.self) }
    }

    /// `parts` of an ASCII name in one pass over its bytes: the steps of `asciiKey`,
    /// `asciiSurnameKey` and the ASCII path of `words` side by side; nil for other names.
    static func asciiParts(_ name: String) -> (key: String, surnameKey: String, wordCount: Int)? {
        asciiInfo(name).map { ($0.key, $0.surnameKey, $0.wordCount) }
    }

    /// What `PersonNameInfo` needs of an ASCII name, in one pass over its bytes: `parts`
    /// and `plainSpaceRuns` side by side (`plain` is nil where `plainSpaceRuns` is). Nil for
    /// other names.
    ///
    /// Words and keys are written into one stack scratch buffer (no byte arrays per name):
    /// a word's key is never longer than the word (the suffix table only shortens or keeps
    /// it), so `u.count` bytes hold the word and as many the keys. Each byte is classed by
    /// one lookup in `asciiByteClass` (a name is keyed once per document, but every byte of
    /// it took three table reads and three comparisons).
    static func asciiInfo(_ name: String)
        -> (key: String, surnameKey: String, wordCount: Int, plain: (hasSpace: Bool, count: Int)?)? {
        typealias Info = (key: String, surnameKey: String, wordCount: Int, plain: (hasSpace: Bool, count: Int)?)
        var name = name
        let classes = asciiByteClass, suffixes = asciiSuffixes
        return name.withUTF8 { u -> Info? in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * u.count + 2) { buf -> Info? in
                let word = UnsafeMutableBufferPointer(rebasing: buf[0..<(u.count + 1)])
                let out = UnsafeMutableBufferPointer(rebasing: buf[(u.count + 1)...])
                var n = 0, o = 0
                // The last word is kept as a byte range (`asciiSurnameKey` copies every run),
                // and where its key was written in `out` (`lastKey`).
                var runStart = 0, lastStart = -1, lastEnd = -1
                var lastKeyStart = 0, lastKeyEnd = 0
                var hasLetter = false
                var count = 0
                // `plainSpaceRuns`: runs between spaces, and whether the last holds a letter.
                var hasSpace = false, otherSeparator = false, spaceRuns = 0, inSpaceRun = false, spaceRunHasLetter = false
                for i in 0..<u.count {
                    let b = u[i]
                    let c = classes[Int(b)]
                    if c & asciiClassSeparator != 0 {
                        if c & asciiClassNotASCII != 0 { return nil }
                        if b == 0x20 { hasSpace = true; inSpaceRun = false } else { otherSeparator = true }
                        if hasLetter {
                            count += 1
                            lastKeyStart = o
                            writeASCIIWordKey(word, n, suffixes: suffixes, to: out, at: &o)
                            lastKeyEnd = o
                            lastStart = runStart; lastEnd = i
                        }
                        n = 0; hasLetter = false; runStart = i + 1
                        continue
                    }
                    if !inSpaceRun { inSpaceRun = true; spaceRuns += 1; spaceRunHasLetter = false }
                    if c & asciiClassLetter != 0 { hasLetter = true; spaceRunHasLetter = true }
                    if c & asciiClassDropped == 0 { word[n] = b | (c & asciiClassUpper); n += 1 }        // lowercased; - ' . dropped
                }
                if hasLetter {
                    count += 1
                    lastKeyStart = o
                    writeASCIIWordKey(word, n, suffixes: suffixes, to: out, at: &o)
                    lastKeyEnd = o
                    lastStart = runStart; lastEnd = u.count
                }
                let plain: (hasSpace: Bool, count: Int)? = !otherSeparator && spaceRuns > 0 && spaceRunHasLetter ? (hasSpace, spaceRuns) : nil
                let key = String(decoding: UnsafeBufferPointer(rebasing: out[0..<o]), as: UTF8.self)
                guard lastStart >= 0 else { return (key, "", count, plain) }
                // The last run lowercased, its articles dropped (each tested in turn on what
                // is left), then without `-'.`. Every article starts with `a` or `e`: other
                // last words (nearly all) skip the test.
                var from = 0
                let first = u[lastStart] | 0x20
                if first == 0x61 || first == 0x65 {
                    for p in asciiArticles where lastEnd - lastStart - from >= p.count
                        && p.indices.allSatisfy({ k in let b = u[lastStart + from + k]; return (b >= 0x41 && b <= 0x5A ? b + 0x20 : b) == p[k] }) {
                        from += p.count
                    }
                }
                // No article (nearly always): the surname is the last word as the key read
                // it, so its key is the one already written, the whole key for one word.
                if from == 0 {
                    if lastKeyStart == 0 && lastKeyEnd == o { return (key, key, count, plain) }
                    return (key, String(decoding: UnsafeBufferPointer(rebasing: out[lastKeyStart..<lastKeyEnd]), as: UTF8.self), count, plain)
                }
                n = 0
                for i in (lastStart + from)..<lastEnd { let b = u[i]; word[n] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b; n += 1 }
                var m = 0
                for i in 0..<n where word[i] != 0x2D && word[i] != 0x27 && word[i] != 0x2E { word[m] = word[i]; m += 1 }
                o = 0
                writeASCIIWordKey(word, m, suffixes: suffixes, to: out, at: &o)
                return (key, String(decoding: UnsafeBufferPointer(rebasing: out[0..<o]), as: UTF8.self), count, plain)
            }
        }
    }

    /// Bits of `asciiByteClass`: `Upper` is 0x20 itself (OR-ing it lowercases the letter);
    /// a byte from 0x80 up is classed separator and not ASCII, so the separator test is
    /// the only one most bytes take.
    static let asciiClassUpper: UInt8 = 0x20
    static let asciiClassSeparator: UInt8 = 0x01
    static let asciiClassLetter: UInt8 = 0x02
    static let asciiClassDropped: UInt8 = 0x04
    static let asciiClassNotASCII: UInt8 = 0x08

    /// Per byte: `asciiSeparator`, `asciiLetterOrNumber`, whether the key drops it (`-'.`)
    /// and whether it is an uppercase ASCII letter, as the bits above; precomputed so that
    /// `asciiInfo` reads one table per byte.
    static let asciiByteClass: [UInt8] = (0..<256).map { v -> UInt8 in
        guard v < 0x80 else { return asciiClassSeparator | asciiClassNotASCII }
        var c: UInt8 = 0
        if asciiSeparator[v] { c |= asciiClassSeparator }
        if asciiLetterOrNumber[v] { c |= asciiClassLetter }
        if v == 0x2D || v == 0x27 || v == 0x2E { c |= asciiClassDropped }
        if v >= 0x41 && v <= 0x5A { c |= asciiClassUpper }
        return c
    }

    /// `appendASCIIWordKey` on scratch memory: the word is `word[0..<count]` (lowercased,
    /// without `-'.`; its ending may be rewritten in place), its key is written from
    /// `out[o]` on and `o` advanced. `suffixes` is `asciiSuffixes`, passed in so that the
    /// global is read once per name.
    static func writeASCIIWordKey(_ word: UnsafeMutableBufferPointer<UInt8>, _ count: Int, suffixes: [([UInt8], [UInt8])],
                                  to out: UnsafeMutableBufferPointer<UInt8>, at o: inout Int) {
        var n = count
        // Every ending starts with `sk` three or four bytes from the end: words without one
        // (nearly all) skip the table.
        if (n >= 3 && word[n - 3] == 0x73 && word[n - 2] == 0x6B) || (n >= 4 && word[n - 4] == 0x73 && word[n - 3] == 0x6B) {
            for (suffix, replacement) in suffixes where n >= suffix.count && suffix.indices.allSatisfy({ word[n - suffix.count + $0] == suffix[$0] }) {
                n -= suffix.count
                for r in replacement { word[n] = r; n += 1 }
                break
            }
        }
        var previous: UInt8 = 0, started = false                           // no previous yet
        for i in 0..<n {
            var ch = word[i]
            if ch == 0x79 {                                                // y
                let afterVowelOrStart = !started || previous == 0x61 || previous == 0x65 || previous == 0x69 || previous == 0x6F || previous == 0x75
                if i + 1 < n, word[i + 1] == 0x65, afterVowelOrStart { continue }   // Yevgeny, Nechayev
                ch = 0x69                                                  // i
            }
            if ch == 0x69, started, previous == 0x69 { continue }
            out[o] = ch
            o += 1
            previous = ch
            started = true
        }
    }

    /// `surnameKey` of an ASCII name on its bytes; nil for other names.
    static func asciiSurnameKey(_ name: some StringProtocol) -> String? {
        // The last word: the last run between separators that holds a letter or digit.
        var last: [UInt8] = []
        var run: [UInt8] = []
        var hasLetter = false
        for b in name.utf8 {
            guard b < 0x80 else { return nil }
            if asciiSeparator[Int(b)] {
                if hasLetter { swap(&last, &run) }
                run.removeAll(keepingCapacity: true); hasLetter = false
                continue
            }
            if asciiLetterOrNumber[Int(b)] { hasLetter = true }
            run.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
        }
        if hasLetter { swap(&last, &run) }
        guard !last.isEmpty else { return "" }
        for p in asciiArticles where last.starts(with: p) { last.removeFirst(p.count) }
        var word = last.filter { $0 != 0x2D && $0 != 0x27 && $0 != 0x2E }  // - ' .
        var out: [UInt8] = []
        out.reserveCapacity(word.count)
        appendASCIIWordKey(&word, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The Arabic articles `surnameKey` drops, in its order.
    static let asciiArticles: [[UInt8]] = ["al-", "el-", "ad-", "as-"].map { Array($0.utf8) }

    static let asciiSuffixes: [([UInt8], [UInt8])] = [("skyy", "sky"), ("skyi", "sky"), ("skiy", "sky"), ("skii", "sky"), ("ski", "sky")]
        .map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// The key of a whole name (`Recep Tayyip Erdoğan` → `receptaiiperdogan`). Word breaks
    /// are not kept, so `Kim Jong Un` and `Kim Jong-un` meet.
    static func key(_ name: some StringProtocol) -> String {
        asciiKey(name) ?? words(name).map { wordKey($0) }.joined()
    }

    /// The surname key: the last word, without an Arabic article (`al-Assad` → `assad`).
    static func surnameKey(_ name: some StringProtocol) -> String {
        asciiSurnameKey(name) ?? surnameKeyByCharacters(name)
    }

    /// `surnameKey` character by character (any text; `asciiSurnameKey` follows it).
    static func surnameKeyByCharacters(_ name: some StringProtocol) -> String {
        surnameKey(lastWord: words(name).last)
    }

    /// The steps of `surnameKeyByCharacters` after finding the last word.
    static func surnameKey(lastWord: Substring?) -> String {
        guard let lastWord else { return "" }
        // `Folding.stripped` from the Latin table when it covers the word (see `latinBases`).
        var last = latinBases(lastWord).map { String(decoding: $0, as: UTF8.self).lowercased() } ?? Folding.stripped(lastWord)
        for p in ["al-", "el-", "ad-", "as-"] where last.hasPrefix(p) { last = String(last.dropFirst(p.count)) }
        return wordKey(last)
    }

    /// `key`, `surnameKey` and the number of `words` of a name, splitting a non-ASCII name
    /// into words once for all three.
    static func parts(_ name: String) -> (key: String, surnameKey: String, wordCount: Int) {
        if let p = asciiParts(name) { return p }
        let w = words(name)
        return (w.map { wordKey($0) }.joined(), surnameKey(lastWord: w.last), w.count)
    }

    /// `name.contains(" ")` and the count and last part of `name.split(separator: " ")`, on
    /// bytes when every space is a character of its own: a space after a scalar below U+0600
    /// (no prepended mark) and before one below U+0300 or a precomposed Latin letter
    /// (nothing attached to it). Other names take the character-level calls.
    static func spaceSplit(_ name: String) -> (hasSpace: Bool, count: Int, last: String) {
        let u = name.utf8
        var standalone = true
        var i = u.startIndex
        var previous: UInt32 = 0
        while i < u.endIndex {
            let b = u[i]
            if b == 0x20 {
                let next = u.index(after: i)
                if previous >= 0x600 { standalone = false; break }
                if next < u.endIndex, u[next] >= 0x80 {
                    let v = name.unicodeScalars[next].value
                    if v >= 0x300 && !(v >= 0x1E00 && v < 0x1F00) { standalone = false; break }
                }
            }
            if b < 0x80 || b >= 0xC0 { previous = b < 0x80 ? UInt32(b) : name.unicodeScalars[i].value }
            i = u.index(after: i)
        }
        guard standalone else {
            let parts = name.split(separator: " ")
            return (name.contains(" "), parts.count, String(parts.last ?? ""))
        }
        var count = 0, hasSpace = false
        var last: Range<String.Index>? = nil
        var start: String.Index? = nil
        i = u.startIndex
        while i < u.endIndex {
            if u[i] == 0x20 {
                hasSpace = true
                if let s = start { count += 1; last = s..<i; start = nil }
            } else if start == nil {
                start = i
            }
            i = u.index(after: i)
        }
        if let s = start { count += 1; last = s..<u.endIndex }
        return (hasSpace, count, last.map { String(name[$0]) } ?? "")
    }

    /// For an ASCII name whose only `words` separator is the space and whose last run
    /// between spaces holds a letter or digit: whether it has a space and how many runs
    /// between spaces it has (`spaceSplit`'s `hasSpace` and `count`; its `last` is then the
    /// last word of `words`). Nil for other names. One byte pass, no strings.
    static func plainSpaceRuns(_ name: String) -> (hasSpace: Bool, count: Int)? {
        var name = name
        return name.withUTF8 { u -> (hasSpace: Bool, count: Int)? in
            let separator = asciiSeparator, letter = asciiLetterOrNumber
            var hasSpace = false, count = 0, inRun = false, runHasLetter = false
            for b in u {
                guard b < 0x80 else { return nil }
                if b == 0x20 {
                    hasSpace = true; inRun = false
                    continue
                }
                if separator[Int(b)] { return nil }
                if !inRun { inRun = true; count += 1; runHasLetter = false }
                if letter[Int(b)] { runHasLetter = true }
            }
            return count > 0 && runHasLetter ? (hasSpace, count) : nil
        }
    }

    /// The words of a name: runs between spaces, `_` and punctuation other than the inner
    /// `-`, `'` and `.` of `Ki-moon`, `O'Brien`, `J.D.`.
    static func words(_ name: some StringProtocol) -> [Substring] {
        let s = Substring(name)
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: one byte is one character (`\r\n` is one, but both bytes separate).
            var out: [Substring] = []
            var start: String.Index? = nil
            var hasLetter = false
            var i = s.utf8.startIndex
            while i < s.utf8.endIndex {
                let b = s.utf8[i]
                if asciiSeparator[Int(b)] {
                    if let st = start, hasLetter { out.append(s[st..<i]) }
                    start = nil; hasLetter = false
                } else {
                    if start == nil { start = i }
                    if asciiLetterOrNumber[Int(b)] { hasLetter = true }
                }
                i = s.utf8.index(after: i)
            }
            if let st = start, hasLetter { out.append(s[st..<s.endIndex]) }
            return out
        }
        return wordsByCharacters(s)
    }

    /// `words` character by character (any text; the ASCII path above follows it).
    static func wordsByCharacters(_ s: Substring) -> [Substring] {
        s.split { c in
            c == " " || c == "_" || c == "," || c == ";" || c == ":" || c == "(" || c == ")" || c == "\"" || c == "/"
                || c.isWhitespace
        }.filter { $0.contains { $0.isLetter || $0.isNumber } }
    }

    /// The separators of `words` and its letter-or-number test, for ASCII characters.
    static let asciiSeparator: [Bool] = (0..<128).map { v in
        let c = Character(Unicode.Scalar(UInt8(v)))
        return c == " " || c == "_" || c == "," || c == ";" || c == ":" || c == "(" || c == ")" || c == "\"" || c == "/"
            || c.isWhitespace
    }
    static let asciiLetterOrNumber: [Bool] = (0..<128).map { v in
        let c = Character(Unicode.Scalar(UInt8(v)))
        return c.isLetter || c.isNumber
    }
}
