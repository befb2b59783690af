import XCTest
@testable import FaultlineAnalysis

final class ContradictionCuesTests: XCTestCase {
    func cue(_ s: String) -> String? { ContradictionCues.explicit.best(in: WordKeys.keys(s))?.cue.display }

    func testVietnameseCues() {
        XCTAssertEqual(cue("Hai bên đưa ra thông tin trái chiều."), "trái chiều")
        XCTAssertEqual(cue("Moskva phủ nhận mọi cáo buộc."), "phủ nhận")
        XCTAssertEqual(cue("Bộ Ngoại giao bác bỏ thông tin này."), "bác bỏ … thông tin")
        XCTAssertEqual(cue("Bộ Ngoại giao Nga đã bác bỏ."), "bác bỏ")
        // Rejecting a proposal disputes no account (as `rejected the proposal` in English).
        XCTAssertNil(cue("Bộ Ngoại giao bác bỏ đề xuất."))
        XCTAssertNil(cue("Moskva bác bỏ đề nghị phi quân sự hóa khu vực nhà máy."))
        XCTAssertNil(cue("Chính phủ bác bỏ yêu cầu của phe đối lập."))
        XCTAssertEqual(cue("Hai tuyên bố mâu thuẫn nhau."), "mâu thuẫn")
        // Old and new tone placement, decomposed text.
        XCTAssertEqual(cue("Hai bên đưa thông tin tra\u{0301}i chiê\u{0300}u."), "trái chiều")
        XCTAssertNil(cue("Phu nhân Tổng thống tới thăm."))
        XCTAssertNil(cue("Hai bên nhất trí ngừng bắn."))
    }

    func testEnglishCues() {
        XCTAssertEqual(cue("The ministry denied the report."), "denied")
        XCTAssertEqual(cue("Officials gave conflicting accounts of the raid."), "conflicting … accounts")
        XCTAssertEqual(cue("Officials gave conflicting casualty reports."), "conflicting … reports")
        XCTAssertEqual(cue("Moscow rejected Kyiv's repeated claims."), "rejected … claims")
        XCTAssertEqual(cue("The figures contradicted earlier statements."), "contradicted")
        XCTAssertNil(cue("Moscow rejected the proposal."))
        XCTAssertNil(cue("Israel denied entry to the convoy."))
        XCTAssertNil(cue("Troops entered the disputed territory."))
        XCTAssertNil(cue("Officials rejected a plan that had been floated by several of the parties' claims."),
                     "too far apart")
    }

    func testResponseTriggers() {
        for t in ["đẩy lui", "repelled", "returned fire", "trả đũa", "counter-attack"] {
            XCTAssertTrue(ContradictionCues.response.contains(WordKeys.keys(t)), t)
        }
        for t in ["tấn công", "shelled", "attack"] { XCTAssertFalse(ContradictionCues.response.contains(WordKeys.keys(t)), t) }
    }
}
