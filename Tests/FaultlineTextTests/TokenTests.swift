import XCTest
import Foundation
@testable import FaultlineText

final class TokenTests: XCTestCase {
    /// Canonically equivalent keys (Swift `==`) must hash alike, or tries would miss them.
    func testKeyHashFollowsCanonicalEquivalence() {
        let groups: [[String]] = [
            ["hoà", "hoa\u{300}"],
            ["ộ", "o\u{323}\u{302}", "o\u{302}\u{323}", "ô\u{323}", "ọ\u{302}"],
            ["nguyễn", "nguyê\u{303}n", "nguye\u{302}\u{303}n"],
            ["đà nẵng", "đa\u{300} nă\u{303}ng"],
            ["ά", "α\u{301}"],              // Greek: outside the table, decomposed by Foundation
            ["xά", "xα\u{301}"],
            ["한", "\u{1112}\u{1161}\u{11AB}"], // Hangul syllable and its jamo
        ]
        for g in groups {
            for s in g.dropFirst() {
                XCTAssertEqual(s, g[0], "test strings must be canonically equivalent")
                XCTAssertEqual(Token.hash(key: s), Token.hash(key: g[0]), "\(Array(s.unicodeScalars)) vs \(g[0])")
            }
        }
    }

    func testKeyHashSeparatesDifferentKeys() {
        let keys = ["nga", "nga\u{300}", "ngà", "ngã", "ng", "a", "b", "ab", "ba", "ô", "o\u{302}\u{301}", "ố", "", "1", "-"]
        var seen: [UInt64: String] = [:]
        for k in keys {
            let h = Token.hash(key: k)
            if let other = seen[h] { XCTAssertEqual(other, k, "collision between different keys") }
            seen[h] = k
        }
        // `ngà` equals `nga` + grave and `ố` equals `o` + circumflex + acute: only these pairs share a hash.
        XCTAssertEqual(seen.count, keys.count - 2)
        // Marks in different classes may come in any order; marks of one class may not.
        XCTAssertNotEqual("a\u{301}\u{300}", "a\u{300}\u{301}")
    }

    func testShapeFlags() {
        let toks = Tokenizer.tokens("NATO và Đà Nẵng, U.S. al-Assad 14 ÉLYSÉE Émile")
        XCTAssertEqual(toks.map(\.isCapitalized), [true, false, true, true, false, true, false, false, true, true])
        XCTAssertEqual(toks.map(\.hasLowercase), [false, true, true, true, false, false, true, false, false, true])
        XCTAssertEqual(toks.map(\.scalarCount), [4, 2, 2, 4, 1, 4, 8, 2, 6, 5])
        XCTAssertEqual(toks.map(\.containsHyphen), [false, false, false, false, false, false, true, false, false, false])
        XCTAssertEqual(Tokenizer.tokens("mid-March, 30-day – Jean-Marc").map(\.containsHyphen), [true, false, false, true, false, false, true])
        var t = Tokenizer.tokens("Kyiv")[0]
        t.text = "al-Assad"
        XCTAssertTrue(t.containsHyphen)
    }

    func testTokensCarryTheirKeyHash() {
        for t in Tokenizer.tokens("Ngoại trưởng Nga Sergei Lavrov, 14/12.") {
            XCTAssertEqual(t.keyHash, Token.hash(key: t.key))
        }
        var t = Tokenizer.tokens("Nga")[0]
        t.key = "my\u{303}"
        XCTAssertEqual(t.keyHash, Token.hash(key: "mỹ"))
        XCTAssertTrue(t.isCapitalized)
        t.text = "mỹ"
        XCTAssertFalse(t.isCapitalized)
        XCTAssertTrue(t.hasLowercase)
        XCTAssertEqual(t.scalarCount, 2)
    }

    /// The hash read from UTF-8 bytes (what the tokenizer uses) agrees across normal forms,
    /// for text inside the decomposition table and beyond it, and for whole sentences.
    func testCanonicalHashOfBytesFollowsNormalForms() {
        for text in TokenizerReferenceTests.tricky + ["Đà Nẵng hòa hoà THỦY thuỷ", "ễ ệ ở ự ỹ", ""] {
            let h = Folding.canonicalHash(text)
            XCTAssertEqual(Folding.canonicalHash(text.decomposedStringWithCanonicalMapping), h, text)
            XCTAssertEqual(Folding.canonicalHash(text.precomposedStringWithCanonicalMapping), h, text)
            var copy = text
            XCTAssertEqual(copy.withUTF8 { Folding.canonicalHash(utf8: $0) }, h, text)
        }
        // Keys made with their hash carry the hash of the key.
        for word in ["Nguyễn", "ĐÀ", "hoà", "THE", "the", "Москва", "北京", "x\u{301}y"] {
            var copy = word
            let (key, hash) = copy.withUTF8 { Folding.keyAndHash(utf8: $0) }
            XCTAssertEqual(key, Folding.key(word))
            XCTAssertEqual(hash, Token.hash(key: key), word)
        }
    }
}
