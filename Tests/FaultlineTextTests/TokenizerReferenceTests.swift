import XCTest
import Foundation
@testable import FaultlineText

/// The byte-level tokenizer and the table-driven key against the scalar-by-scalar
/// implementation they replaced (kept here verbatim as the reference), on the example
/// corpus and on text chosen to hit every branch: scripts, marks, controls, separators.
final class TokenizerReferenceTests: XCTestCase {
    static let tricky: [String] = [
        "Thổ_Nhĩ_Kỳ hoà hòa THỦY thuỷ Ðà Nẵng ĐÀ NẴNG đ Đ",
        "Nga và Thổ Nhĩ Kỳ đã nhất trí ngừng bắn tại Aleppo từ 22h ngày 14/12/2016.",
        "Tho\u{302}\u{309} Nhi\u{303} Ky\u{300} (NFD) và hòa".decomposedStringWithCanonicalMapping,
        "U.S. officials met the U.N. envoy, e.g. in Geneva; Russia's army; O'Brien’s al-Assad Jean-Marc",
        "10:30 14.12.2016 3,5 1/2 -5 5- 2016-12-14T10:30 ... … -- — – ' ’ ‘ “ ” « »",
        "İstanbul İİ ǅ ǈ ẞ ß ﬁ ﬀ Σ ς σ ΆΈΉ άέή Ǻǻ Ṍṍ Ḉḉ Ǖǘ ȁ ȃ",
        "Москва Київ Ёлка ё Ѐ ѐ Й й — Ελλάδα ΑΘΗΝΑ Ἀθῆναι",
        "北京 東京 서울 한국 \u{1112}\u{1161}\u{11AB} مرحبا שלום हिन्दी ภาษาไทย",
        "zero\u{200B}width\u{200C}non\u{200D}joiner\u{FEFF}bom\u{2060} nbsp\u{00A0}here thin\u{2009}space",
        "ctl \u{0}\u{1}\u{7}\u{8}\u{B}\u{C}\u{1B}[31mred\u{7F}\u{85}\u{9F} end\r\nline\u{2028}sep",
        "Z̷̢͈a̵l̸g̶o̵ t̸e̴x̵t̶ 🇻🇳 👩‍👩‍👧 \u{1F4A3} ① ² ½ ℃ № ™ © ®",
        "x\u{301}y a\u{323}\u{302} \u{301}lead \u{300} e\u{301}\u{301} 5\u{301}",
        "A+B=C <x> a|b ~y ^z $5 €10 £3 ¥ % # @ & * \\ / _ __init__",
        "ABC-DEF abc- -abc a--b a'' 's 'S x's X'S word'",
        "Ⅻ ⅻ Ꜳꜳ ǲ Ǳ ǳ",
    ]

    func corpus() -> [String] {
        var texts = Self.tricky
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for name in ["vi.tsv", "en.tsv"] {
            let url = root.appendingPathComponent("Examples/sentences").appendingPathComponent(name)
            if let text = try? String(contentsOf: url, encoding: .utf8) {
                texts += text.split(separator: "\n").map(String.init)
            }
        }
        return texts
    }

    func testTokensEqualTheReferenceImplementation() {
        let texts = corpus()
        XCTAssertGreaterThan(texts.count, 100, "the example sentences were not found")
        for text in texts {
            let new = Tokenizer.tokens(text), old = ReferenceTokenizer.tokens(text)
            XCTAssertEqual(new.count, old.count, text)
            for (a, b) in zip(new, old) {
                XCTAssertEqual(a.text, b.text, text)
                XCTAssertEqual(Array(a.key.unicodeScalars), Array(b.key.unicodeScalars), text)
                XCTAssertEqual(a.start, b.start, text)
                XCTAssertEqual(a.end, b.end, text)
                XCTAssertEqual(a.kind, b.kind, text)
                XCTAssertEqual(a.isCapitalized, a.text.unicodeScalars.first?.properties.isUppercase ?? false, text)
                XCTAssertEqual(a.hasLowercase, a.text.unicodeScalars.contains { $0.properties.isLowercase }, text)
                XCTAssertEqual(a.scalarCount, a.text.unicodeScalars.count, text)
                XCTAssertEqual(a.containsHyphen, a.text.utf8.contains(0x2D), text)
                XCTAssertEqual(a, Token(text: a.text, key: a.key, start: a.start, end: a.end, kind: a.kind), text)
            }
        }
    }

    func testKeysEqualTheReferenceForEveryScalarBelowU3000() {
        // Each scalar alone, capitalised after a letter, and followed by a tone mark.
        for v in UInt32(0x20)..<0x3000 {
            guard let s = Unicode.Scalar(v) else { continue }
            for w in [String(s), "A" + String(s) + "b", "x" + String(s), String(s) + "\u{1EA1}"] {
                XCTAssertEqual(Array(Folding.key(w).unicodeScalars), Array(Folding.keyByScalars(w).unicodeScalars),
                               String(format: "U+%04X", v))
            }
        }
    }
}

/// The previous tokenizer, unchanged, as the reference.
enum ReferenceTokenizer {
    static func tokens(_ sentence: String) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(sentence.utf8.count / 4)
        let scalars = Array(sentence.unicodeScalars)
        let utf8 = Array(sentence.utf8)
        // UTF-8 offset of each scalar index.
        var offsets = [Int](repeating: 0, count: scalars.count + 1)
        var acc = 0
        for (i, s) in scalars.enumerated() { offsets[i] = acc; acc += UTF8.width(s) }
        offsets[scalars.count] = acc

        // ASCII is classified by value; Unicode properties are looked up only beyond it.
        func isLetter(_ s: Unicode.Scalar) -> Bool {
            let v = s.value
            if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
            return s.properties.isAlphabetic || (0x0300...0x036F).contains(v)
        }
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
        func isSpace(_ s: Unicode.Scalar) -> Bool {
            let v = s.value
            if v < 0x80 { return v == 0x20 || v == 0x5F || (v >= 0x09 && v <= 0x0D) }
            return s.properties.isWhitespace || v == 0x200B || v == 0xFEFF
        }

        var i = 0
        let n = scalars.count
        while i < n {
            let s = scalars[i]
            if isSpace(s) || (s.value < 0x20 || s.value == 0x7F)
                || (s.value >= 0x80 && (s.properties.generalCategory == .control || s.properties.generalCategory == .format)) {
                i += 1; continue
            }
            let start = i
            var kind: TokenKind
            if isDigit(s) {
                kind = .number
                i += 1
                while i < n {
                    if isDigit(scalars[i]) { i += 1; continue }
                    if "/.-,:".unicodeScalars.contains(scalars[i]), i + 1 < n, isDigit(scalars[i + 1]) { i += 2; continue }
                    break
                }
            } else if isLetter(s) {
                kind = .word
                i += 1
                while i < n {
                    let c = scalars[i]
                    if isLetter(c) || isDigit(c) { i += 1; continue }
                    // Inner hyphen or apostrophe joins letters: al-Assad, Jean-Marc, O'Brien.
                    if (c == "-" || c == "'" || c == "\u{2019}"), i + 1 < n, isLetter(scalars[i + 1]) {
                        // Keep English possessive 's apart: Russia's → Russia + 's.
                        if c != "-", i + 2 <= n, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                           i + 2 == n || !isLetter(scalars[i + 2]) { break }
                        i += 2; continue
                    }
                    // Dotted abbreviation: U.S., U.N., e.g.
                    if c == ".", i + 1 < n, isLetter(scalars[i + 1]), i - start == 1 || scalars[i - 2] == "." {
                        i += 2
                        if i < n, scalars[i] == "." { i += 1 }
                        break
                    }
                    break
                }
            } else if s.value < 0x80 ? Tokenizer.asciiPunctuation[Int(s.value)] : s.properties.generalCategory.isPunctuationLike {
                kind = .punctuation
                i += 1
                // Runs of the same mark (… ... --) stay one token.
                while i < n, scalars[i] == s, s == "." || s == "-" { i += 1 }
            } else {
                kind = .symbol
                i += 1
            }
            var text = String(decoding: utf8[offsets[start]..<offsets[i]], as: UTF8.self)
            if text.utf8.contains(0x5F) { text = String(text.map { $0 == "_" ? " " : $0 }) }
            out.append(Token(text: text, key: Folding.keyByScalars(text), start: offsets[start], end: offsets[i], kind: kind))
        }
        return out
    }
}
