import XCTest
@testable import FaultlineText

final class TokenizerTests: XCTestCase {
    func texts(_ s: String) -> [String] { Tokenizer.tokens(s).map(\.text) }

    func testUnderscoreJoinedSyllablesReadAsSpaces() {
        XCTAssertEqual(texts("Thổ_Nhĩ_Kỳ ủng hộ"), ["Thổ", "Nhĩ", "Kỳ", "ủng", "hộ"])
    }

    func testNumbersKeepInnerSeparators() {
        XCTAssertEqual(texts("Ngày 14/12, lúc 10:30 ngày 14.12.2016."), ["Ngày", "14/12", ",", "lúc", "10:30", "ngày", "14.12.2016", "."])
    }

    func testWordsKeepInnerHyphensAndAbbreviations() {
        XCTAssertEqual(texts("Jean-Marc Ayrault met U.S. officials."), ["Jean-Marc", "Ayrault", "met", "U.S.", "officials", "."])
        XCTAssertEqual(texts("Russia's army"), ["Russia", "'", "s", "army"])
        XCTAssertEqual(texts("al-Assad"), ["al-Assad"])
    }

    func testOffsetsAreUTF8IntoTheSentence() {
        let s = "Nga và Thổ Nhĩ Kỳ"
        for t in Tokenizer.tokens(s) {
            let bytes = Array(s.utf8)[t.start..<t.end]
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), t.text)
        }
    }

    func testToneFoldingUnifiesOldAndNewPlacementOnly() {
        XCTAssertEqual(Folding.key("hòa"), Folding.key("hoà"))
        XCTAssertEqual(Folding.key("thủy"), Folding.key("thuỷ"))
        XCTAssertEqual(Folding.key("Thỏa"), Folding.key("thoả"))
        XCTAssertEqual(Folding.key("Nga"), Folding.key("NGA"))
        XCTAssertNotEqual(Folding.key("Nga"), Folding.key("ngà"))
        XCTAssertNotEqual(Folding.key("Mỹ"), Folding.key("my"))
        XCTAssertEqual(Folding.key("\u{110}ức"), Folding.key("\u{D0}ức"))
        // NFD input folds like NFC.
        XCTAssertEqual(Folding.key("Thổ".decomposedStringWithCanonicalMapping), Folding.key("Thổ"))
    }
}
