import XCTest
import FaultlineText
@testable import FaultlineExtract

final class LetterCaseTests: XCTestCase {
    /// The definition `letterCase` shortcuts for ASCII.
    private func byProperties(_ s: String) -> (Int, Bool) {
        let letters = s.unicodeScalars.filter { $0.properties.isAlphabetic }
        return (letters.count, letters.contains { $0.properties.isLowercase })
    }

    func testEqualsScalarProperties() {
        let samples = ["", "NATO", "U.S.", "Nga", "KYIV", "HÀ NỘI", "TTXVN", "al-Assad", "14", "IS", "Ð", "đ", "ǅ", "ª",
                       "ⅰ", "Ⅻ", "ⓐ", "ʰ", "Σ", "σ", "ς", "x\u{301}", "A\u{345}", "中国", "Ⓐ", "-–—", "ß", "ﬁ", "ǈ", "Ӏ"]
        for s in samples {
            let got = s.letterCase
            let want = byProperties(s)
            XCTAssertEqual(got.letters, want.0, s)
            XCTAssertEqual(got.hasLowercaseLetter, want.1, s)
        }
        for v in 0..<0x80 {
            let s = String(Character(Unicode.Scalar(UInt8(v))))
            XCTAssertEqual(s.letterCase.letters, byProperties(s).0, "\(v)")
            XCTAssertEqual(s.letterCase.hasLowercaseLetter, byProperties(s).1, "\(v)")
        }
    }

    /// The rules read `Token.hasLowercase` (a Lowercase scalar) for `letterCase.hasLowercaseLetter`
    /// (a Lowercase Alphabetic scalar): the same when every Lowercase scalar is Alphabetic.
    func testTokenLowercaseFlagIsLowercaseLetter() {
        for v in 0...0x10FFFF {
            guard let s = Unicode.Scalar(UInt32(v)), s.properties.isLowercase else { continue }
            XCTAssertTrue(s.properties.isAlphabetic, String(v, radix: 16))
        }
        let text = "NATO U.S. Nga KYIV HÀ NỘI Hà Nội al-Assad ǅ ª ⅰ Ⅻ ⓐ ʰ σ ς A\u{345} 中国 Ⓐ ß ﬁ ǈ Ӏ Đà Nẵng"
        for t in Tokenizer.tokens(text) {
            XCTAssertEqual(t.hasLowercase, t.text.letterCase.hasLowercaseLetter, t.text)
        }
    }

    func testCapitalsAndAcronyms() {
        XCTAssertEqual("KYIV".letterCase.letters, 4)
        XCTAssertFalse("KYIV".letterCase.hasLowercaseLetter)
        XCTAssertTrue("Kyiv".letterCase.hasLowercaseLetter)
        XCTAssertEqual("U.S.".letterCase.letters, 2)
        XCTAssertTrue("HÀ Nội".letterCase.hasLowercaseLetter)
    }
}
