import XCTest
@testable import FaultlineText

final class SentenceSplitterTests: XCTestCase {
    func split(_ s: String) -> [String] { SentenceSplitter.split(s) }

    func testVietnameseSentencesAndAbbreviations() {
        XCTAssertEqual(split("Ngày 14/12, Nga ra thông báo. Thổ Nhĩ Kỳ cũng lên tiếng!"),
                       ["Ngày 14/12, Nga ra thông báo.", "Thổ Nhĩ Kỳ cũng lên tiếng!"])
        XCTAssertEqual(split("Ông đến TP. Hồ Chí Minh hôm qua. Sau đó ông về Hà Nội."),
                       ["Ông đến TP. Hồ Chí Minh hôm qua.", "Sau đó ông về Hà Nội."])
        XCTAssertEqual(split("PGS. TS. Nguyễn Văn An và ThS. Lê Thị Bình phát biểu. GS. Trần Cường đồng ý."),
                       ["PGS. TS. Nguyễn Văn An và ThS. Lê Thị Bình phát biểu.", "GS. Trần Cường đồng ý."])
        XCTAssertEqual(split("Tp. Đà Nẵng đón 3,5 triệu khách. Con số tăng 12.5%."),
                       ["Tp. Đà Nẵng đón 3,5 triệu khách.", "Con số tăng 12.5%."])
        XCTAssertEqual(split("Hàng hóa gồm gạo, cà phê, v.v. và nhiều mặt hàng khác."),
                       ["Hàng hóa gồm gạo, cà phê, v.v. và nhiều mặt hàng khác."])
        XCTAssertEqual(split("Họ bán gạo, cà phê v.v. Ngoài ra còn có chè."),
                       ["Họ bán gạo, cà phê v.v.", "Ngoài ra còn có chè."])
    }

    func testEnglishAbbreviationsInitialsAndDates() {
        XCTAssertEqual(split("Mr. Smith met Dr. Jones on Jan. 5 in St. Petersburg. They talked."),
                       ["Mr. Smith met Dr. Jones on Jan. 5 in St. Petersburg.", "They talked."])
        XCTAssertEqual(split("Gen. Lt. Col. Sen. Rep. all came. No. 10 Downing St. is busy."),
                       ["Gen. Lt. Col. Sen. Rep. all came.", "No. 10 Downing St. is busy."])
        XCTAssertEqual(split("J. Smith and George W. Bush spoke. Then they left."),
                       ["J. Smith and George W. Bush spoke.", "Then they left."])
        XCTAssertEqual(split("U.S. President Barack Obama spoke to the U.N. Security Council."),
                       ["U.S. President Barack Obama spoke to the U.N. Security Council."])
        XCTAssertEqual(split("The plan was backed by the U.S. The Kremlin rejected it."),
                       ["The plan was backed by the U.S.", "The Kremlin rejected it."])
        XCTAssertEqual(split("Some states, e.g. France, agreed; others, i.e. the rest, did not."),
                       ["Some states, e.g. France, agreed; others, i.e. the rest, did not."])
        XCTAssertEqual(split("The ceasefire began on 14.12.2016 at 3.5 km from the city. It failed."),
                       ["The ceasefire began on 14.12.2016 at 3.5 km from the city.", "It failed."])
    }

    func testQuotesCloseTheSentence() {
        XCTAssertEqual(split("Ông nói: “Chúng tôi sẽ chiến đấu.” Sau đó ông rời đi."),
                       ["Ông nói: “Chúng tôi sẽ chiến đấu.”", "Sau đó ông rời đi."])
        XCTAssertEqual(split("He said: \"We will fight.\" Then he left."),
                       ["He said: \"We will fight.\"", "Then he left."])
        XCTAssertEqual(split("\"We will fight.\" he said. \"Never!\" she replied."),
                       ["\"We will fight.\" he said.", "\"Never!\" she replied."])
        XCTAssertEqual(split("(The talks failed.) Officials left."), ["(The talks failed.)", "Officials left."])
    }

    func testQuestionExclamationEllipsisAndColons() {
        XCTAssertEqual(split("Ai chịu trách nhiệm? Không ai cả! Thật đáng tiếc..."),
                       ["Ai chịu trách nhiệm?", "Không ai cả!", "Thật đáng tiếc..."])
        XCTAssertEqual(split("Wait… Nothing happened. Really?! Yes."), ["Wait…", "Nothing happened.", "Really?!", "Yes."])
        XCTAssertEqual(split("Tình hình như sau: Nga tấn công, Ukraine phản công."),
                       ["Tình hình như sau: Nga tấn công, Ukraine phản công."])
        XCTAssertEqual(split("He paused... and then went on."), ["He paused... and then went on."])
    }

    func testTrimmingBlankLinesAndWordSegmentedText() {
        XCTAssertEqual(split("  One sentence.   \n\n  Second line without end  "), ["One sentence.", "Second line without end"])
        XCTAssertEqual(split("Thổ_Nhĩ_Kỳ cho_biết như_vậy . Nga phản_đối ."), ["Thổ_Nhĩ_Kỳ cho_biết như_vậy .", "Nga phản_đối ."])
        XCTAssertEqual(split(""), [])
        XCTAssertEqual(split("...."), ["...."])
    }

    func testRangesAreUTF8OffsetsIntoTheText() {
        let text = "Nga nói. Thổ Nhĩ Kỳ đáp."
        let ranges = SentenceSplitter.utf8Ranges(in: text)
        let bytes = Array(text.utf8)
        XCTAssertEqual(ranges.map { String(decoding: bytes[$0], as: UTF8.self) }, ["Nga nói.", "Thổ Nhĩ Kỳ đáp."])
    }

    func testLongInputSplitsEverySentence() {
        let text = String(repeating: "Quân đội Mỹ rút khỏi TP. Mosul ngày 14.12.2016. ", count: 20_000)
        XCTAssertEqual(SentenceSplitter.utf8Ranges(in: text).count, 20_000)
    }
}
