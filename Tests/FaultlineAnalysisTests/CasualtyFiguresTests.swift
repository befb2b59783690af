import XCTest
@testable import FaultlineAnalysis

final class CasualtyFiguresTests: XCTestCase {
    func figures(_ s: String) -> [String] {
        CasualtyFigures.extract(s).map { f in
            let b: String
            switch f.bound { case .exact: b = ""; case .atLeast: b = ">="; case .atMost: b = "<="; case .about: b = "~" }
            return "\(f.category.rawValue) \(b)\(f.value)"
        }
    }

    func testEnglish() {
        XCTAssertEqual(figures("The strike killed 12 people and wounded 30 others."), ["killed 12", "wounded 30"])
        XCTAssertEqual(figures("At least 20 people were killed, officials said."), ["killed >=20"])
        XCTAssertEqual(figures("The death toll rose to 1,200 on Monday."), ["killed 1200"])
        XCTAssertEqual(figures("Nearly 40 civilians were injured."), ["wounded ~40"])
        XCTAssertEqual(figures("Up to 15 soldiers died."), ["killed <=15"])
        XCTAssertEqual(figures("Five civilians were killed."), ["killed 5"])
        XCTAssertEqual(figures("Casualties were reported: 7 in total."), ["casualties 7"])
    }

    func testVietnamese() {
        XCTAssertEqual(figures("Vụ pháo kích khiến 12 dân thường thiệt mạng."), ["killed 12"])
        XCTAssertEqual(figures("Ít nhất 20 người chết và hơn 50 người bị thương."), ["killed >=20", "wounded >=50"])
        XCTAssertEqual(figures("Khoảng 1.500 người thương vong."), ["casualties ~1500"])
        XCTAssertEqual(figures("Năm người thiệt mạng trong vụ tấn công."), ["killed 5"])
    }

    func testNumbersThatAreNotCounts() {
        XCTAssertEqual(figures("Ngày 14/12, không ai thiệt mạng."), [])
        XCTAssertEqual(figures("In 2016, the war killed many."), [])
        XCTAssertEqual(figures("Năm 2016 có nhiều người chết."), [])
        XCTAssertEqual(figures("The army said 3.5 million people live there and none were killed."), [])
    }

    func testConflicts() {
        let k = { (v: Int, b: CasualtyFigure.Bound) in CasualtyFigure(category: .killed, value: v, bound: b) }
        XCTAssertTrue(k(12, .exact).conflicts(with: k(30, .exact)))
        XCTAssertFalse(k(12, .exact).conflicts(with: k(13, .exact)), "a plain figure tolerates ±5 %")
        XCTAssertTrue(k(1, .exact).conflicts(with: k(2, .exact)), "one dead is not two dead")
        XCTAssertTrue(k(3, .exact).conflicts(with: k(4, .exact)))
        XCTAssertFalse(k(2, .exact).conflicts(with: k(2, .exact)))
        XCTAssertTrue(k(12, .exact).conflicts(with: k(14, .exact)))
        XCTAssertFalse(k(20, .atLeast).conflicts(with: k(25, .exact)))
        XCTAssertTrue(k(20, .atLeast).conflicts(with: k(12, .exact)))
        XCTAssertTrue(k(12, .exact).conflicts(with: k(20, .atLeast)), "symmetric")
        XCTAssertFalse(k(20, .atLeast).conflicts(with: k(5, .atLeast)))
        XCTAssertTrue(k(10, .atMost).conflicts(with: k(20, .atLeast)))
        XCTAssertFalse(k(100, .about).conflicts(with: k(108, .exact)))
        XCTAssertFalse(k(12, .exact).conflicts(with: CasualtyFigure(category: .wounded, value: 40, bound: .exact)))
    }
}

extension CasualtyFiguresTests {
    func testEachNumberGoesToItsOwnCasualtyWord() {
        XCTAssertEqual(figures("12 people were killed, 30 wounded."), ["killed 12", "wounded 30"])
        XCTAssertEqual(figures("Vụ nổ làm 4 người chết, 9 người bị thương."), ["killed 4", "wounded 9"])
    }

    func testNumberWordsBeforeBeOrTheCasualtyWord() {
        XCTAssertEqual(figures("One person was killed and three were wounded when shells hit the town."), ["killed 1", "wounded 3"])
        XCTAssertEqual(figures("Officials put the toll at two dead and four wounded."), ["killed 2", "wounded 4"])
        XCTAssertEqual(figures("Four have been injured since Sunday."), ["wounded 4"])
        // `no one was killed` gives no count; a number word far from its casualty word is no count.
        XCTAssertEqual(figures("No one was killed in the blast."), [])
        XCTAssertEqual(figures("Three villages were shelled and people were wounded."), [])
        XCTAssertEqual(figures("Vụ pháo kích làm một người thiệt mạng và ba người bị thương."), ["killed 1", "wounded 3"])
    }
}
