import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// A title followed or preceded by a place (`Thị trưởng Enerhodar`, `the mayor of Enerhodar`,
/// `Kherson's governor`) is an office holder of that seat: a person distinct from the town
/// and from the holders of other seats.
final class ActorOfficeSeatTests: XCTestCase {
    func testVietnameseSeats() {
        let r = ActorTestSupport.recognize([
            "Thị trưởng Enerhodar cho biết một người thiệt mạng.",
            "Theo thị trưởng thành phố Nikopol, ba người bị thương.",
            "Thống đốc tỉnh Dnipropetrovsk cho biết quân đội Nga bắn hơn 40 quả rocket.",
            "Thị trưởng Kiev kêu gọi người dân trú ẩn.",
            "Thị trưởng Enerhodar nói thêm rằng điện đã bị cắt.",
        ], language: "vi")
        let enerhodar = r.actor(id: "mayor-of-enerhodar")
        XCTAssertEqual(enerhodar?.kind, .person, ActorTestSupport.dump(r))
        XCTAssertEqual(enerhodar?.code, "UKRGOV")
        XCTAssertEqual(enerhodar?.mentions, 2)
        XCTAssertEqual(r.actor(id: "enerhodar")?.kind, .location, "the town keeps its own id")
        XCTAssertEqual(r.actor(id: "mayor-of-nikopol")?.kind, .person, "another town, another mayor")
        XCTAssertEqual(r.actor(id: "governor-of-dnipropetrovsk")?.code, "UKRGOV")
        XCTAssertEqual(r.actor(id: "mayor-of-kyiv")?.code, "UKRGOV", "a capital is a mayor's seat, not the state")
    }

    func testEnglishSeats() {
        let r = ActorTestSupport.recognize([
            "The mayor of Enerhodar said one person was killed.",
            "Nikopol's mayor said three people were wounded.",
            "Kherson governor Yaroslav Yanushevych said the city was shelled.",
            "The mayor of Kyiv urged residents to stay in shelters.",
            "The foreign minister of Ukraine met his Turkish counterpart.",
        ], language: "en")
        XCTAssertEqual(r.actor(id: "mayor-of-enerhodar")?.code, "UKRGOV", ActorTestSupport.dump(r))
        XCTAssertEqual(r.actor(id: "mayor-of-nikopol")?.kind, .person)
        XCTAssertEqual(r.actor(id: "yaroslav-yanushevych")?.code, "UKRGOV")
        XCTAssertEqual(r.actor(id: "mayor-of-kyiv")?.kind, .person)
        XCTAssertNil(r.actor(id: "foreign-minister-of-ukraine"), "a national office has no seat")
        XCTAssertEqual(r.actor(id: "enerhodar")?.kind, .location)
    }

    func testNamedHolderKeepsTheSeatAndTitleOnlyMentionsJoinHim() {
        let r = ActorTestSupport.recognize([
            "Thị trưởng Enerhodar Dmytro Orlov cho biết thành phố bị pháo kích.",
            "Thị trưởng thành phố Nikopol cho biết ba người bị thương.",
            "Thị trưởng Enerhodar nói thêm rằng điện đã bị cắt.",
        ], language: "vi")
        XCTAssertEqual(r.actor(id: "dmytro-orlov")?.mentions, 2, ActorTestSupport.dump(r))
        XCTAssertNotNil(r.actor(id: "mayor-of-nikopol"), "the mayor of another town is someone else")
    }

    func testSeatAndPatron() {
        let vi = ActorTestSupport.recognize(["Thị trưởng Enerhodar do Kiev bổ nhiệm cho biết một người thiệt mạng."], language: "vi")
        XCTAssertEqual(vi.actor(id: "mayor-of-enerhodar")?.code, "UKRGOV", "appointed by its own state: no qualifier\n" + ActorTestSupport.dump(vi))
        let en = ActorTestSupport.recognize(["The Russian-installed mayor of Melitopol said the city was calm."], language: "en")
        XCTAssertEqual(en.actor(id: "russian-installed-mayor-of-melitopol")?.code, "RUSGOV", ActorTestSupport.dump(en))
    }
}
