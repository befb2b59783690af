import XCTest
@testable import FaultlineText

/// Text denser in tokens than the tokenizer's first guess (`u.count / 3 + 8`), and tokens
/// too long for its key scratch space, take its second ways: same tokens as the reference.
final class TokenizerLimitsTests: XCTestCase {
    func testDenseAndLongTextTokenizeLikeTheReference() {
        let texts = [
            Array(repeating: "1 2", count: 60).joined(separator: " "),
            String(repeating: ",.;", count: 50),
            String(repeating: "A", count: 300) + " " + String(repeating: "Đường", count: 60) + " tail",
            "x " + String(repeating: "ab", count: 200),
        ]
        for text in texts {
            let new = Tokenizer.tokens(text), old = ReferenceTokenizer.tokens(text)
            XCTAssertEqual(new.count, old.count, text)
            for (a, b) in zip(new, old) {
                XCTAssertEqual(a.text, b.text)
                XCTAssertEqual(Array(a.key.unicodeScalars), Array(b.key.unicodeScalars))
                XCTAssertEqual(a.keyHash, Token.hash(key: a.key))
                XCTAssertEqual([a.start, a.end], [b.start, b.end])
            }
        }
    }
}
