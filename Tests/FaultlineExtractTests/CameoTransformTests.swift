import XCTest
@testable import FaultlineExtract

final class CameoTransformTests: XCTestCase {
    func testIntentMapsCooperationTo03AndHarmToThreats() {
        XCTAssertEqual(CameoTransform.intent("073"), "0333")
        XCTAssertEqual(CameoTransform.intent("046"), "036")
        XCTAssertEqual(CameoTransform.intent("0871"), "0356")
        XCTAssertEqual(CameoTransform.intent("0841"), "0353")
        XCTAssertEqual(CameoTransform.intent("190"), "138")
        XCTAssertEqual(CameoTransform.intent("195"), "1384")
        XCTAssertEqual(CameoTransform.intent("163"), "1312")
        XCTAssertEqual(CameoTransform.intent("112"), "112", "accusations are not promised")
    }

    func testAppealsAndDemandsAreTwins() {
        XCTAssertEqual(CameoTransform.appeal("073"), "0233")
        XCTAssertEqual(CameoTransform.demand("073"), "1033")
        XCTAssertEqual(CameoTransform.appeal("0871"), "0256")
        XCTAssertEqual(CameoTransform.demand("0871"), "107")
        XCTAssertEqual(CameoTransform.demand("0874"), "106")
        XCTAssertEqual(CameoTransform.appeal("046"), "026")
        XCTAssertEqual(CameoTransform.demand("046"), "108")
        XCTAssertEqual(CameoTransform.appeal("163"), "113", "calling for sanctions rallies opposition against the target")
        XCTAssertEqual(CameoTransform.demand("190"), "100")
    }

    func testRefusalsAndEndings() {
        XCTAssertEqual(CameoTransform.refusal("073"), "1223")
        XCTAssertEqual(CameoTransform.refusal("046"), "125")
        XCTAssertEqual(CameoTransform.refusal("0872"), "1246")
        XCTAssertEqual(CameoTransform.end("190"), "087")
        XCTAssertEqual(CameoTransform.end("1723"), "0813")
        XCTAssertEqual(CameoTransform.end("163"), "085")
        XCTAssertEqual(CameoTransform.end("191"), "0872")
        XCTAssertEqual(CameoTransform.end("070"), "162")
        XCTAssertEqual(CameoTransform.end("046"), "164")
        XCTAssertEqual(CameoTransform.end("143"), "082")
        XCTAssertNil(CameoTransform.end("111"))
    }

    func testEveryTransformGivesACodebookCode() {
        let book = CameoCodebook.standard
        for c in book.descriptions.keys where c.count >= 3 {
            for g in CameoTransform.Governor.allCases {
                if let t = CameoTransform.apply(g, to: c) { XCTAssertTrue(book.isValid(t), "\(g) \(c) → \(t)") }
            }
        }
    }

    func testHarmfulActs() {
        XCTAssertTrue(CameoTransform.isHarmful("190"))
        XCTAssertTrue(CameoTransform.isHarmful("127"))
        XCTAssertFalse(CameoTransform.isHarmful("073"))
        XCTAssertFalse(CameoTransform.isHarmful("046"))
    }
}

extension CameoTransformTests {
    func testRootReadsTwoDigitsAndFallsBackForAnythingElse() {
        XCTAssertEqual(CameoTransform.root("195"), 19)
        XCTAssertEqual(CameoTransform.root("0313"), 3)
        XCTAssertEqual(CameoTransform.root("20"), 20)
        XCTAssertEqual(CameoTransform.root(""), 0)
        XCTAssertEqual(CameoTransform.root("1"), 1, "as `Int(\"1\")`")
        XCTAssertEqual(CameoTransform.root("x9"), 0)
        XCTAssertEqual(CameoTransform.root("-1"), -1, "as `Int(\"-1\")`")
        XCTAssertEqual(CameoTransform.root("1\u{0301}9"), 0, "a combining mark makes the second character no digit")
        XCTAssertFalse(CameoTransform.isHarmful(""))
        XCTAssertTrue(CameoTransform.isHarmful("120"))
    }
}
