import XCTest
@testable import FaultlineText

final class TextNormalizerTests: XCTestCase {
    func testDecomposedInputBecomesNFC() {
        let nfc = "Thổ Nhĩ Kỳ và Nga ủng hộ thỏa thuận"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        XCTAssertNotEqual(Array(nfd.unicodeScalars), Array(nfc.unicodeScalars))
        XCTAssertEqual(Array(TextNormalizer.normalize(nfd).unicodeScalars), Array(nfc.unicodeScalars))
    }

    func testLongDecomposedTextIsNormalisedInLinearPieces() {
        let nfc = String(repeating: "Bộ Ngoại giao Nga ra thông báo về Thổ Nhĩ Kỳ. ", count: 5_000)
        let out = TextNormalizer.normalize(nfc.decomposedStringWithCanonicalMapping)
        XCTAssertTrue(out.unicodeScalars.elementsEqual(nfc.unicodeScalars))
    }

    func testZeroWidthControlAndBidiCharactersAreRemoved() {
        let s = "Nga\u{200B}\u{FEFF} và\u{00AD} Thổ\u{200E}\u{202E} Nhĩ\u{0007} Kỳ\u{001B}\u{0085}dòng\u{2028}mới"
        XCTAssertEqual(TextNormalizer.normalize(s), "Nga và Thổ Nhĩ Kỳ\ndòng\nmới")
    }

    func testLineEndsTabsAndSpaces() {
        XCTAssertEqual(TextNormalizer.normalize("a\r\nb\rc\td\u{00A0}e\u{3000}f"), "a\nb\nc d e f")
    }

    func testUnderscoresAreKeptAndReadAsSpacesByTheTokenizer() {
        let s = "Thổ_Nhĩ_Kỳ cho_biết sẽ ủng_hộ Nga ."
        XCTAssertEqual(TextNormalizer.normalize(s), s)
        XCTAssertTrue(TextNormalizer.isWordSegmented(s))
        XCTAssertEqual(Tokenizer.tokens(s).prefix(5).map(\.text), ["Thổ", "Nhĩ", "Kỳ", "cho", "biết"])
    }

    func testWordSegmentationDetection() {
        XCTAssertTrue(TextNormalizer.isWordSegmented("Bộ_Quốc_phòng Nga ngày 14/12 cho_biết lực_lượng đối_lập ở Aleppo ."))
        XCTAssertFalse(TextNormalizer.isWordSegmented("Bộ Quốc phòng Nga ngày 14/12 cho biết lực lượng đối lập ở Aleppo."))
        XCTAssertFalse(TextNormalizer.isWordSegmented("See my_file.txt at https://example.com/a_b_c or mail a_b@example.com today."))
        XCTAssertFalse(TextNormalizer.isWordSegmented("The variable snake_case is used here."))
    }

    func testOldAndNewToneSpellingsFoldEqualAfterNormalisation() {
        let old = TextNormalizer.normalize("hòa bình, thủy quân, thỏa thuận".decomposedStringWithCanonicalMapping)
        let new = TextNormalizer.normalize("hoà bình, thuỷ quân, thoả thuận")
        XCTAssertEqual(Tokenizer.tokens(old).map(\.key), Tokenizer.tokens(new).map(\.key))
        XCTAssertNotEqual(old, new)  // the text itself keeps each outlet's spelling
        XCTAssertEqual(Folding.key("\u{D0}ông"), Folding.key("Đông"))
    }
}

final class FoldingTableTests: XCTestCase {
    /// The table fast path gives the same key as folding through Foundation's NFD.
    func testFastPathMatchesDecomposedPath() {
        let letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
        for word in [letters, letters.uppercased(), "Nguyễn", "Thuỷ", "Ðà", "café", "Hòa"] {
            XCTAssertEqual(Folding.key(word), Folding.key(word.decomposedStringWithCanonicalMapping), word)
        }
        for c in letters {
            XCTAssertEqual(Folding.key(String(c)), Folding.key(String(c).decomposedStringWithCanonicalMapping), String(c))
        }
    }
}
