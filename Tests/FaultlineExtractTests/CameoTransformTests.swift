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

    /// Every code the tables name, as the tables gave it (the tables are `switch`es since the
    /// dictionary literals were rebuilt at every call).
    func testEveryTabledCodeKeepsItsTransform() {
        let cases: [(String, String, String)] = [
            ("intent", "061", "0311"),
            ("intent", "062", "0312"),
            ("intent", "063", "0313"),
            ("intent", "064", "0314"),
            ("intent", "071", "0331"),
            ("intent", "072", "0332"),
            ("intent", "073", "0333"),
            ("intent", "074", "0334"),
            ("threat", "161", "1313"),
            ("threat", "162", "1311"),
            ("threat", "1621", "1311"),
            ("threat", "1622", "1311"),
            ("threat", "1623", "1311"),
            ("threat", "163", "1312"),
            ("threat", "164", "134"),
            ("threat", "165", "135"),
            ("threat", "166", "136"),
            ("threat", "1661", "136"),
            ("threat", "1662", "136"),
            ("threat", "1663", "136"),
            ("threat", "172", "132"),
            ("threat", "1721", "1321"),
            ("threat", "1722", "1322"),
            ("threat", "1723", "1323"),
            ("threat", "1724", "1324"),
            ("threat", "173", "132"),
            ("threat", "174", "132"),
            ("threat", "175", "137"),
            ("threat", "191", "1381"),
            ("threat", "192", "1382"),
            ("threat", "193", "1384"),
            ("threat", "194", "1384"),
            ("threat", "195", "1384"),
            ("appeal", "061", "0211"),
            ("appeal", "062", "0212"),
            ("appeal", "063", "0213"),
            ("appeal", "064", "0214"),
            ("appeal", "071", "0231"),
            ("appeal", "072", "0232"),
            ("appeal", "073", "0233"),
            ("appeal", "074", "0234"),
            ("appeal", "0831", "0241"),
            ("appeal", "0832", "0242"),
            ("appeal", "0833", "0243"),
            ("appeal", "0834", "0244"),
            ("refusal", "061", "1211"),
            ("refusal", "062", "1212"),
            ("refusal", "071", "1221"),
            ("refusal", "072", "1222"),
            ("refusal", "073", "1223"),
            ("refusal", "074", "1224"),
            ("refusal", "0831", "1231"),
            ("refusal", "0832", "1232"),
            ("refusal", "0833", "1233"),
            ("refusal", "0834", "1234"),
            ("end", "071", "1621"),
            ("end", "072", "1622"),
            ("end", "073", "1623"),
            ("end", "172", "081"),
            ("end", "1721", "0811"),
            ("end", "1722", "0812"),
            ("end", "1723", "0813"),
            ("end", "1724", "0814"),
            ("end", "173", "0841"),
            ("end", "174", "0841"),
            ("end", "171", "0842"),
            ("end", "1711", "0842"),
            ("end", "191", "0872"),
            ("end", "192", "0874"),
        ]
        for (transform, code, expected) in cases {
            let got: String?
            switch transform {
            case "intent": got = CameoTransform.intent(code)
            case "threat": got = CameoTransform.threat(code)
            case "appeal": got = CameoTransform.appeal(code)
            case "refusal": got = CameoTransform.refusal(code)
            case "end": got = CameoTransform.end(code)
            default: XCTFail("no transform \(transform)"); continue
            }
            XCTAssertEqual(got, expected, "\(transform)(\(code))")
        }
        // Codes of a tabled family the table does not name take the family's default.
        XCTAssertEqual(CameoTransform.intent("060"), "031")
        XCTAssertEqual(CameoTransform.threat("1624"), "131")
        XCTAssertEqual(CameoTransform.end("1725"), "080")
        XCTAssertEqual(CameoTransform.refusal("0835"), "123")
    }
}
