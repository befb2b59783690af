import XCTest
import Foundation
@testable import FaultlineText

/// `CanonicalComposition.compose` must give Foundation's NFC wherever it answers, answer for
/// decomposed Vietnamese, and decline what it cannot vouch for.
final class CanonicalCompositionTests: XCTestCase {
    func composed(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { w in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(w.count, 1)) { out in
                CanonicalComposition.compose(w, into: out).map { String(decoding: UnsafeBufferPointer(rebasing: out[0..<$0]), as: UTF8.self) }
            }
        }
    }

    func testDecomposedVietnameseComposes() {
        for word in ["Thổ", "Nhĩ", "Kỳ", "Việt", "người", "đường", "ộ", "Ặ", "hòa", "thuỷ", "Nguyễn", "phố"] {
            let nfd = word.decomposedStringWithCanonicalMapping
            XCTAssertEqual(composed(nfd).map { Array($0.unicodeScalars) }, Array(word.precomposedStringWithCanonicalMapping.unicodeScalars), word)
        }
    }

    func testEveryLatinLetterRoundTrips() {
        for v in Array(UInt32(0xC0)..<0x250) + Array(UInt32(0x1E00)..<0x1F00) {
            guard let s = Unicode.Scalar(v) else { continue }
            let nfd = String(s).decomposedStringWithCanonicalMapping
            guard let made = composed(nfd) else { continue }
            XCTAssertEqual(Array(made.unicodeScalars), Array(nfd.precomposedStringWithCanonicalMapping.unicodeScalars), String(v, radix: 16))
        }
        // The plain case covers every toned Vietnamese vowel.
        for word in ["ặ", "ẫ", "ở", "ự", "ỷ", "ệ", "ố"] {
            XCTAssertNotNil(composed(word.decomposedStringWithCanonicalMapping), word)
        }
    }

    func testWhatItAnswersIsAlwaysNFC() {
        let samples = ["o\u{302}\u{323}", "o\u{323}\u{302}", "\u{F4}\u{323}", "\u{1ECD}\u{302}", "a\u{301}\u{301}", "e\u{301}x",
                       "\u{301}a", "ab", "x\u{34F}\u{301}", "a\u{20D7}", "u\u{31B}\u{300}", "Đa\u{300}", "σ\u{301}"]
        for text in samples {
            if let made = composed(text) {
                XCTAssertEqual(Array(made.unicodeScalars), Array(text.precomposedStringWithCanonicalMapping.unicodeScalars), text)
            }
        }
        XCTAssertNil(composed("\u{301}a"), "a mark with no letter before it")
        XCTAssertNil(composed("a\u{301}\u{301}"), "a mark that does not compose")
        XCTAssertNil(composed("\u{F4}\u{323}"), "a mark out of order with the letter's own")
    }

    func testTokenKeysOfDecomposedTextEqualThoseOfComposedText() {
        let text = "Thổ Nhĩ Kỳ và Việt Nam, người dân đường phố; HÒA THUỶ Ðà Nẵng"
        let a = Tokenizer.tokens(text), b = Tokenizer.tokens(text.decomposedStringWithCanonicalMapping)
        XCTAssertEqual(a.count, b.count)
        for (x, y) in zip(a, b) {
            XCTAssertEqual(Array(x.key.unicodeScalars), Array(y.key.unicodeScalars), x.text)
            XCTAssertEqual(Array(y.key.unicodeScalars), Array(Folding.keyByScalars(y.text).unicodeScalars), y.text)
            XCTAssertEqual(x.keyHash, y.keyHash, x.text)
            XCTAssertEqual(y.keyHash, Token.hash(key: y.key), y.text)
        }
    }
}
