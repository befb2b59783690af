import Foundation
import FaultlineText

/// Invariants of the tokenizer, folding and sentence splitter on any text.
public enum TextChecks {
    /// Tokens are in order, inside the text, spell exactly the bytes they cover (`_` read
    /// as a space), and only spacing, control and format characters fall between them.
    public static func tokens(of text: String, _ what: String) throws {
        let tokens = Tokenizer.tokens(text)
        let utf8 = Array(text.utf8)
        var previousEnd = 0
        for (k, t) in tokens.enumerated() {
            guard t.start >= previousEnd, t.start < t.end, t.end <= utf8.count else {
                throw FuzzFailure(what, "token \(k) «\(t.text)» has offsets \(t.start)..<\(t.end) after \(previousEnd) in \(utf8.count) bytes")
            }
            // The token spells the bytes it covers, with `_` read as a space.
            if !utf8[t.start..<t.end].map({ $0 == 0x5F ? 0x20 : $0 }).elementsEqual(t.text.utf8) {
                let covered = String(decoding: utf8[t.start..<t.end], as: UTF8.self)
                throw FuzzFailure(what, "token \(k) text «\(t.text)» but its offsets cover «\(covered)»")
            }
            let gap = String(decoding: utf8[previousEnd..<t.start], as: UTF8.self)
            if let visible = gap.unicodeScalars.first(where: { !isSkippable($0) }) {
                throw FuzzFailure(what, "character U+\(String(visible.value, radix: 16)) before token \(k) belongs to no token")
            }
            if t.key.isEmpty { throw FuzzFailure(what, "token \(k) «\(t.text)» has an empty key") }
            if t.kind == .word, t.text.utf8.contains(where: { $0 >= 0x80 }),
               case let nfd = Folding.key(t.text.decomposedStringWithCanonicalMapping), nfd != t.key {
                func hex(_ s: String) -> String { s.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") }
                throw FuzzFailure(what, "folding depends on normalisation form for «\(t.text)» [\(hex(t.text))]: key [\(hex(t.key))], key of NFD [\(hex(nfd))]")
            }
            previousEnd = t.end
        }
        let tail = String(decoding: utf8[previousEnd...], as: UTF8.self)
        if let visible = tail.unicodeScalars.first(where: { !isSkippable($0) }) {
            throw FuzzFailure(what, "character U+\(String(visible.value, radix: 16)) at the end belongs to no token")
        }
    }

    static func isSkippable(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace || s == "_" || s.value == 0x200B || s.value == 0xFEFF
            || s.properties.generalCategory == .control || s.properties.generalCategory == .format
    }

    /// Sentence ranges are non-empty, ordered, disjoint, on scalar boundaries, and leave
    /// only whitespace outside them.
    public static func sentenceRanges(of text: String, _ what: String) throws {
        let ranges = SentenceSplitter.utf8Ranges(in: text)
        let utf8 = Array(text.utf8)
        var previousEnd = 0
        for (k, r) in ranges.enumerated() {
            guard r.lowerBound >= previousEnd, !r.isEmpty, r.upperBound <= utf8.count else {
                throw FuzzFailure(what, "sentence range \(k) \(r) after \(previousEnd) in \(utf8.count) bytes")
            }
            if String(validating: utf8[r], as: UTF8.self) == nil {
                throw FuzzFailure(what, "sentence range \(k) \(r) cuts a character")
            }
            let gap = utf8[previousEnd..<r.lowerBound]
            if gap.contains(where: { !SentenceSplitter.isSpaceByte($0) }) {
                throw FuzzFailure(what, "text before sentence \(k) belongs to no sentence")
            }
            previousEnd = r.upperBound
        }
        if utf8[previousEnd...].contains(where: { !SentenceSplitter.isSpaceByte($0) }) {
            throw FuzzFailure(what, "text after the last sentence belongs to no sentence")
        }
    }
}

extension SentenceSplitter {
    static func isSpaceByte(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
}
