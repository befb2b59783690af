import XCTest
@testable import FaultlineExtract

/// The byte-level shortcuts of the coder give the answers of the string tests they replace.
final class EventCoderBytesTests: XCTestCase {
    func testFamilyCodeIsAThreeCharacterCodeEndingInZero() {
        for c in ["040", "190", "010", "0", "00", "0400", "041", "", "19", "1900", "a0", "ab0", "é0", "x\u{301}0", "\r\n0"] {
            XCTAssertEqual(EventCoder.isFamilyCode(c), c.count == 3 && c.hasSuffix("0"), c)
        }
    }

    func testLastByteAndContractedNegation() {
        XCTAssertEqual(EventCoder.lastByte("cannot"), UInt8(ascii: "t"))
        XCTAssertNil(EventCoder.lastByte(""))
        XCTAssertEqual(EventCoder.lastByte("tấn"), UInt8(ascii: "n"))
        for key in ["don't", "won’t", "cannot", "can", "not", "t", "n't", "isn’t", "tint", "không"] {
            let expected = key.hasSuffix("n't") || key.hasSuffix("n’t") || key == "cannot"
            XCTAssertEqual(EventCoder.contractedNegation(key), expected, key)
        }
    }

    func testBytesEndWithSuffix() {
        func ends(_ s: String, _ suffix: StaticString) -> Bool {
            Array(s.utf8).withUnsafeBufferPointer { EventCoder.bytes($0, endWith: suffix) }
        }
        XCTAssertTrue(ends("deployment", "ment"))
        XCTAssertTrue(ends("ment", "ment"))
        XCTAssertFalse(ends("men", "ment"))
        XCTAssertFalse(ends("invasions", "sion"))
        XCTAssertTrue(ends("withdrawals", "drawals"))
    }
}

extension EventCoderBytesTests {
    func testQuoteGivesTheTextOfTheContext() {
        let sentences = [("Quân đội Nga pháo kích thành phố Nikopol, Ukraine cho biết hôm 3/9.", "vi"),
                         ("“Chúng tôi sẽ không rút quân”, Bộ trưởng nói — ông nhấn mạnh.", "vi"),
                         ("Russia's forces shelled Nikopol… Kyiv said on Tuesday (local time).", "en"),
                         ("Ảnh: AFP", "vi"), ("", "en")]
        for (text, lang) in sentences {
            let ctx = SentenceContext(codingInput(text, []), markers: TestLexicons.of(lang).markers)
            let n = ctx.tokens.count
            for a in 0...n + 1 {
                for b in a...n + 2 {
                    XCTAssertEqual(EventCoder.quote(ctx, a..<b), ctx.text(a..<b), "\(text) \(a)..<\(b)")
                }
            }
        }
    }
}
