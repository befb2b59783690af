import XCTest
import FaultlineModel
@testable import FaultlineExtract

final class CameoCodebookTests: XCTestCase {
    let book = CameoCodebook.standard

    func testBundledTablesCoverTheCodebook() {
        XCTAssertEqual(book.descriptions.count, 311, "every row of the codebook table")
        XCTAssertEqual(book.descriptions["041"], "Discuss by telephone")
        XCTAssertEqual(book.goldsteinTable["195"], -10.0)
        XCTAssertEqual(book.ploverTable["0871"], "RETREAT")
    }

    func testFullCodeFromTheTables() throws {
        let c = try XCTUnwrap(book.code("041"))
        XCTAssertEqual(c, EventCode(cameo: "041", plover: "CONSULT", quad: 1, goldstein: 1.0))
        XCTAssertEqual(book.code("195"), EventCode(cameo: "195", plover: "ASSAULT", quad: 4, goldstein: -10.0))
        XCTAssertEqual(book.code("112")?.plover, "ACCUSE")
        XCTAssertEqual(book.code("112")?.quad, 3)
        XCTAssertEqual(book.code("073")?.quad, 2)
        XCTAssertNil(book.code("999"))
        XCTAssertEqual(book.code("19")?.quad, 4, "roots are codes too")
    }

    func testGoldsteinGapsFallBackToTheParent() {
        XCTAssertNil(book.goldsteinTable["0313"])
        XCTAssertEqual(book.goldstein("0313"), book.goldstein("031"))
        XCTAssertEqual(book.goldstein("1661"), -8.0, "1661 takes 166")
    }

    func testAppealsArePloverRequestsAndStatementsHaveNoCategory() {
        XCTAssertEqual(book.plover("0233"), "REQUEST")
        XCTAssertEqual(book.plover("020"), "REQUEST")
        XCTAssertEqual(book.plover("1053"), "REQUEST")
        XCTAssertEqual(book.plover("010"), "")
        XCTAssertEqual(book.plover("163"), "COERCE", "the 2021 table moves sanctions to COERCE")
    }

    func testEveryCodebookCodeGetsACode() {
        for cameo in book.descriptions.keys where cameo.count >= 3 {
            let c = book.code(cameo)
            XCTAssertNotNil(c, cameo)
            if !cameo.hasPrefix("01") { XCTAssertFalse(c!.plover.isEmpty, "\(cameo) has no PLOVER category") }
        }
    }

    func testPloverFormatIsReadWithSectionHeadersAndComments() {
        let t = "# comment\n03: AGREE\n030: AGREE,  , diplomatic # Express intent\n0874: RETREAT, disarm, military # Retreat\n~~~~~\n"
        XCTAssertEqual(CameoCodebook.parsePlover(t), ["030": "AGREE", "0874": "RETREAT"])
    }

    func testMalformedTableLinesNameFileAndLine() {
        XCTAssertThrowsError(try CameoCodebook.parseGoldstein("cameo\tgoldstein\n01\t0.0\n02\tmany\n", file: "g.tsv")) { e in
            XCTAssertEqual((e as? EventLexiconError)?.description, "g.tsv:3: expected `CODE<TAB>score`")
        }
        XCTAssertThrowsError(try CameoCodebook.parseDescriptions("cameo\tdescription\nABC\tx\n", file: "e.tsv")) { e in
            XCTAssertEqual((e as? EventLexiconError)?.line, 2)
        }
    }
}

extension CameoCodebookTests {
    func testPrecomputedCodesMatchTheTablesForEveryCode() {
        for cameo in book.descriptions.keys {
            let c = book.code(cameo)
            XCTAssertEqual(c?.cameo, cameo)
            XCTAssertEqual(c?.plover, book.plover(cameo), cameo)
            XCTAssertEqual(c?.goldstein, book.goldstein(cameo), cameo)
            XCTAssertEqual(c?.quad, EventCode.quadClass(root: Int(cameo.prefix(2)) ?? -1), cameo)
        }
        let small = CameoCodebook(descriptions: ["19": "Fight", "190": "Use force"], goldstein: ["190": -10], plover: [:])
        XCTAssertEqual(small.code("190"), EventCode(cameo: "190", plover: "", quad: 4, goldstein: -10))
        XCTAssertEqual(small.code("19")?.goldstein, -10, "the root takes its x0 code's score")
        XCTAssertNil(small.code("191"))
    }
}

extension CameoCodebookTests {
    func testDigitKeysKeepLeadingZerosApartAndRefuseOtherText() {
        XCTAssertEqual(CameoCodebook.digitKey("01"), 101)
        XCTAssertEqual(CameoCodebook.digitKey("010"), 1010)
        XCTAssertEqual(CameoCodebook.digitKey("0100"), 10100)
        XCTAssertEqual(CameoCodebook.digitKey("1951"), 11951)
        XCTAssertNil(CameoCodebook.digitKey(""))
        XCTAssertNil(CameoCodebook.digitKey("12345"), "five digits: not a CAMEO code, asked of the table instead")
        XCTAssertNil(CameoCodebook.digitKey("19a"))
        XCTAssertNil(CameoCodebook.digitKey("１９"), "full-width digits are other text")
        for cameo in book.descriptions.keys { XCTAssertLessThan(CameoCodebook.digitKey(cameo) ?? 0, CameoCodebook.digitKeyLimit) }
    }

    func testValidityAndCodesByKeyAgreeWithTheTables() {
        for cameo in book.descriptions.keys {
            XCTAssertTrue(book.isValid(cameo), cameo)
            XCTAssertEqual(book.code(cameo)?.cameo, cameo)
        }
        for other in ["", "999", "0", "00", "0000", "1999", "19a", "12345", "abc", "０４１"] {
            XCTAssertEqual(book.isValid(other), book.descriptions[other] != nil, other)
            XCTAssertNil(book.code(other), other)
        }
        // A codebook with a non-digit key still answers it through the table.
        let odd = CameoCodebook(descriptions: ["X1": "odd", "19": "Fight"], goldstein: [:], plover: [:])
        XCTAssertTrue(odd.isValid("X1"))
        XCTAssertTrue(odd.isValid("19"))
        XCTAssertFalse(odd.isValid("190"))
    }
}
