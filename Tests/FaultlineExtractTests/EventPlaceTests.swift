import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// Where an act happened: a place ranked by a superlative, owning one, or far behind a comma
/// names something else; a preposition of a time expression puts no party in a place.
final class EventPlaceTests: XCTestCase {
    let europe = A.place("châu Âu", "europe", "EUR"), europeEn = A.place("Europe", "europe", "EUR")

    func places(_ lang: String, _ text: String, _ actors: [TestActor]) -> [[String]] {
        code(lang, text, actors).events.map(\.location)
    }

    func testSuperlativesRankThingsInAPlace() {
        let mil = A.armed("quân đội Ukraine", "ukr-mil", "UKRMIL")
        assertEvents("vi", "Quân đội Nga pháo kích nhà máy điện hạt nhân lớn nhất châu Âu.",
                     [A.armed("Quân đội Nga", "rus-mil", "RUSMIL"), europe], ["194 rus-mil->"])
        XCTAssertEqual(places("vi", "Bộ Ngoại giao khẳng định quân đội Ukraine không tấn công nhà máy lớn nhất châu Âu.",
                              [A.org("Bộ Ngoại giao", "ukr-mfa", "UKRGOV"), mil, europe]), [[]])
        XCTAssertEqual(places("en", "Russian troops shelled Europe's largest nuclear power plant.",
                              [A.armed("Russian troops", "rus-mil", "RUSMIL"), europeEn]), [[]])
        XCTAssertEqual(places("en", "Russian troops shelled the largest port in Europe.",
                              [A.armed("Russian troops", "rus-mil", "RUSMIL"), europeEn]), [[]])
        // A superlative on the act itself keeps its place.
        XCTAssertEqual(places("en", "It was the deadliest air strike in Syria this year.",
                              [A.place("Syria", "syria", "SYR")]).first, ["syria"])
        // `thống nhất`, `duy nhất` are no superlatives.
        XCTAssertEqual(places("vi", "Phiến quân tấn công bệnh viện duy nhất ở Aleppo.",
                              [A.armed("Phiến quân", "rebels", "SYRREB"), A.place("Aleppo", "aleppo", "SYR")]), [["aleppo"]])
    }

    func testPlacesFarBehindACommaBelongToOtherWords() {
        XCTAssertEqual(places("vi", "Quân đội Ukraine thường xuyên pháo kích khu vực nhà máy đang tạo ra nguy cơ thảm họa quy mô lớn, có thể ảnh hưởng tới nhiều nước châu Âu.",
                              [A.armed("Quân đội Ukraine", "ukr-mil", "UKRMIL"), europe]), [[]])
        XCTAssertEqual(places("en", "Ukrainian forces shelled the plant overnight, a move that officials said could contaminate large parts of Europe.",
                              [A.armed("Ukrainian forces", "ukr-mil", "UKRMIL"), europeEn]).first, [])
        // Near the trigger, even after a comma, the place stays.
        XCTAssertEqual(places("en", "Russian forces shelled the town, in Kharkiv region.",
                              [A.armed("Russian forces", "rus-mil", "RUSMIL"), A.place("Kharkiv", "kharkiv", "UKR")]).first, ["kharkiv"])
    }

    func testAPrepositionOfATimeExpressionIsNoPlace() {
        assertEvents("vi", "Trong 24 giờ qua quân đội Ukraine đã ba lần nã pháo vào khu vực nhà máy.",
                     [A.armed("quân đội Ukraine", "ukr-mil", "UKRMIL")], ["194 ukr-mil->"], timex: ["24 giờ qua"])
        assertEvents("en", "In the past 24 hours Ukrainian forces fired at the plant three times.",
                     [A.armed("Ukrainian forces", "ukr-mil", "UKRMIL")], ["194 ukr-mil->"], timex: ["the past 24 hours"])
    }
}
