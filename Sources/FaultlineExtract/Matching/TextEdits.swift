import Foundation

/// Foundation's whitespace trimming and text replacement without its bridging cost, for
/// lexicon loading and for hot loops (role keys, actor names). Results equal Foundation's.
extension Substring {
    /// `trimmingCharacters(in: .whitespaces)`: drops tabs and space separators (general
    /// category Zs, what `CharacterSet.whitespaces` holds) at both ends.
    func trimmingSpaces() -> String {
        // Nothing to trim when both ends are ASCII other than space and tab.
        if let f = utf8.first, let l = utf8.last, f < 0x80, l < 0x80, f != 0x20, f != 0x09, l != 0x20, l != 0x09 {
            return String(self)
        }
        let scalars = unicodeScalars
        var lo = scalars.startIndex, hi = scalars.endIndex
        while lo < hi, Self.isSpace(scalars[lo]) { lo = scalars.index(after: lo) }
        while hi > lo {
            let before = scalars.index(before: hi)
            guard Self.isSpace(scalars[before]) else { break }
            hi = before
        }
        return String(scalars[lo..<hi])
    }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || v == 0x09 }
        return s.properties.generalCategory == .spaceSeparator
    }
}

extension String {
    /// `trimmingCharacters(in: .whitespaces)` (see `Substring.trimmingSpaces`).
    func trimmingSpaces() -> String { self[...].trimmingSpaces() }

    /// `replacingOccurrences(of: target, with: replacement)`: done on bytes when this text
    /// and `target` are ASCII (where Foundation's search is a plain byte search), else by
    /// Foundation.
    func replacingText(_ target: String, with replacement: String) -> String {
        let t = Array(target.utf8)
        guard !t.isEmpty, t.allSatisfy({ $0 < 0x80 }), utf8.allSatisfy({ $0 < 0x80 }) else {
            return replacingOccurrences(of: target, with: replacement)
        }
        let u = Array(utf8)
        guard u.count >= t.count else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(u.count + replacement.utf8.count)
        var i = 0
        var replaced = false
        while i < u.count {
            if i + t.count <= u.count, u[i] == t[0], u[i..<(i + t.count)].elementsEqual(t) {
                out.append(contentsOf: replacement.utf8)
                i += t.count
                replaced = true
            } else {
                out.append(u[i])
                i += 1
            }
        }
        return replaced ? String(decoding: out, as: UTF8.self) : self
    }
}

/// Line and tab splitting on bytes, for lexicon files. `\n` and `\t` are characters of
/// their own wherever their byte appears (grapheme rules break around controls), except
/// that `\r\n` is one character; so these equal Swift's character splits.
extension Substring {
    /// `split(separator: "\n", omittingEmptySubsequences: false)`: a line feed right after
    /// a carriage return is part of the `\r\n` character and does not split.
    func lineSlices() -> [Substring] {
        byteSplit(omittingEmpty: false) { b, previous in b == 0x0A && previous != 0x0D }
    }

    /// `split(separator: "\t", omittingEmptySubsequences: false)`.
    func tabFields() -> [Substring] {
        byteSplit(omittingEmpty: false) { b, _ in b == 0x09 }
    }

    /// `split(separator: Character(separator), omittingEmptySubsequences:)` for an ASCII
    /// separator: on bytes when every scalar is a Latin letter or sign below U+0300 or in
    /// Latin Extended Additional (none of them joins a neighbouring character), else by
    /// characters.
    func simpleSplit(_ separator: Character, omittingEmpty: Bool = true) -> [Substring] {
        guard let sep = separator.asciiValue, isSimpleLatin else {
            return split(separator: separator, omittingEmptySubsequences: omittingEmpty)
        }
        return byteSplit(omittingEmpty: omittingEmpty) { b, _ in b == sep }
    }

    /// True when every scalar is below U+0300 or in U+1E00…U+1EFF (checked on the UTF-8
    /// lead bytes).
    var isSimpleLatin: Bool {
        var it = utf8.makeIterator()
        while let b = it.next() {
            if b < 0x80 || (b >= 0x80 && b < 0xC0) { continue }            // ASCII or continuation
            if b < 0xCC { continue }                                       // U+0080…U+02FF
            if b == 0xE1, let b1 = it.next(), b1 >= 0xB8 && b1 <= 0xBB { continue }  // U+1E00…U+1EFF
            return false
        }
        return true
    }

    /// Splits at bytes where `isSeparator(byte, previousByte)`, cutting on byte offsets.
    private func byteSplit(omittingEmpty: Bool, _ isSeparator: (UInt8, UInt8) -> Bool) -> [Substring] {
        var cuts: [Int] = []
        let u = utf8
        let counted: Int? = u.withContiguousStorageIfAvailable { buf -> Int in
            var previous: UInt8 = 0
            for (k, b) in buf.enumerated() {
                if isSeparator(b, previous) { cuts.append(k) }
                previous = b
            }
            return buf.count
        }
        let count: Int
        if let counted {
            count = counted
        } else {
            var previous: UInt8 = 0
            var k = 0
            for b in u {
                if isSeparator(b, previous) { cuts.append(k) }
                previous = b
                k += 1
            }
            count = k
        }
        var out: [Substring] = []
        out.reserveCapacity(cuts.count + 1)
        var lo = 0
        for cut in cuts + [count] {
            if !(omittingEmpty && cut == lo) {
                out.append(self[u.index(u.startIndex, offsetBy: lo)..<u.index(u.startIndex, offsetBy: cut)])
            }
            lo = cut + 1
        }
        return out
    }

    /// Foundation's `range(of: target)`: a byte search when this text and `target` are
    /// ASCII, else Foundation.
    func rangeOfText(_ target: String) -> Range<String.Index>? {
        let t = Array(target.utf8)
        guard !t.isEmpty, t.allSatisfy({ $0 < 0x80 }), utf8.allSatisfy({ $0 < 0x80 }) else { return range(of: target) }
        let u = Array(utf8)
        guard u.count >= t.count else { return nil }
        for i in 0...(u.count - t.count) where u[i..<(i + t.count)].elementsEqual(t) {
            let lo = utf8.index(utf8.startIndex, offsetBy: i)
            return lo..<utf8.index(lo, offsetBy: t.count)
        }
        return nil
    }
}

extension String {
    /// `split(separator: "\n", omittingEmptySubsequences: false)` (see `Substring.lineSlices`).
    func lineSlices() -> [Substring] { self[...].lineSlices() }

    /// `split(separator: "\t", omittingEmptySubsequences: false)`.
    func tabFields() -> [Substring] { self[...].tabFields() }

    /// See `Substring.simpleSplit`.
    func simpleSplit(_ separator: Character, omittingEmpty: Bool = true) -> [Substring] {
        self[...].simpleSplit(separator, omittingEmpty: omittingEmpty)
    }
}
