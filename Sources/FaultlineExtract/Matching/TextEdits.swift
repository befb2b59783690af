import Foundation

/// Foundation's whitespace trimming and text replacement without its bridging cost, for
/// lexicon loading and for hot loops (role keys, actor names). Results equal Foundation's.
extension Substring {
    /// `trimmingCharacters(in: .whitespaces)`: drops tabs and space separators (general
    /// category Zs, what `CharacterSet.whitespaces` holds) at both ends.
    func trimmingSpaces() -> String {
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
        var out: [Substring] = []
        let u = utf8
        var start = u.startIndex
        var previous: UInt8 = 0
        var i = u.startIndex
        while i < u.endIndex {
            let b = u[i]
            if b == 0x0A && previous != 0x0D {
                out.append(self[start..<i])
                start = u.index(after: i)
            }
            previous = b
            i = u.index(after: i)
        }
        out.append(self[start..<u.endIndex])
        return out
    }

    /// `split(separator: "\t", omittingEmptySubsequences: false)`.
    func tabFields() -> [Substring] {
        var out: [Substring] = []
        let u = utf8
        var start = u.startIndex
        var i = u.startIndex
        while i < u.endIndex {
            if u[i] == 0x09 {
                out.append(self[start..<i])
                start = u.index(after: i)
            }
            i = u.index(after: i)
        }
        out.append(self[start..<u.endIndex])
        return out
    }
}

extension String {
    /// `split(separator: "\n", omittingEmptySubsequences: false)` (see `Substring.lineSlices`).
    func lineSlices() -> [Substring] { self[...].lineSlices() }

    /// `split(separator: "\t", omittingEmptySubsequences: false)`.
    func tabFields() -> [Substring] { self[...].tabFields() }
}
