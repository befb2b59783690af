import XCTest
import FaultlineText
@testable import FaultlineExtract

/// The byte-level pre-tests of the range rules keep every range they found and rule out
/// the words and numbers that cannot open one.
final class TimexScannerRangesTests: XCTestCase {
    private func scanner(_ text: String) -> (TimexScanner, [Token]) {
        let tokens = Tokenizer.tokens(text)
        return (TimexScanner(tokens: tokens, lexicon: TimeLexicon.shared, dateOrder: .dayFirst, utf8: Array(text.utf8)), tokens)
    }

    func testIsDashedNumber() {
        let (s, tokens) = scanner("6-7 January 1916, 1939-1945, 14/12, 2016 and al-Assad")
        let dashed = tokens.indices.filter { s.isDashedNumber($0) }.map { tokens[$0].text }
        XCTAssertEqual(dashed, ["6-7", "1939-1945"])
        XCTAssertFalse(s.isDashedNumber(-1))
        XCTAssertFalse(s.isDashedNumber(tokens.count))
    }

    func testRangesStillFound() {
        let tagger = TimeTagger(language: "en")
        XCTAssertEqual(tagger.tag("Fighting raged in August-September 1950.", dct: "2016-12-14").map(\.value), ["1950-08", "1950-09"])
        XCTAssertEqual(tagger.tag("The war lasted 1939-1945.", dct: "2016-12-14").map(\.value), ["1939", "1945"])
        XCTAssertEqual(tagger.tag("Talks on 6-7 January 1916 failed.", dct: "2016-12-14").map(\.value), ["1916-01-06", "1916-01-07"])
        XCTAssertEqual(TimeTagger(language: "vi").tag("Ngày 14-16/12 có mưa.", dct: "2016-12-20").map(\.value), ["2016-12-14", "2016-12-16"])
        // A hyphenated word whose second piece is lowercase is no pair of months.
        XCTAssertEqual(tagger.tag("The Soviet-era tanks moved.", dct: "2016-12-14"), [])
    }
}
