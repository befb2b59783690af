import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// References: `nước này`, counterparts, `hai bên`/`both sides`, surname and title repeats,
/// pronouns; one actor id per real-world actor within and across documents.
final class ActorReferenceTests: XCTestCase {
    func mentions(_ r: ActorRecognition, _ text: String) -> Set<String> {
        Set(r.mentions.filter { $0.text == text }.map(\.actor))
    }

    func testThisCountryIsTheLastCountryNamed() {
        let r = ActorTestSupport.recognize(["Bộ Ngoại giao Iran cho biết Ngoại trưởng nước này Mohammad Javad Zarif sẽ tới Moskva."], language: "vi")
        XCTAssertEqual(r.code("mohammad-javad-zarif"), "IRNGOV", ActorTestSupport.dump(r))
        let r2 = ActorTestSupport.recognize(["Quân đội Ukraine rút khỏi Debaltseve.", "Tổng thống nước này tuyên bố sẽ điều tra."], language: "vi")
        XCTAssertEqual(r2.code("ukrainian-president"), "UKRGOV", ActorTestSupport.dump(r2))
        let e = ActorTestSupport.recognize(["Egypt closed the crossing on Monday.", "Officials said this country would reopen it soon."], language: "en")
        XCTAssertEqual(mentions(e, "this country"), ["egypt"], ActorTestSupport.dump(e))
    }

    func testCounterpartTakesThePreviousPersonsRole() {
        let r = ActorTestSupport.recognize(["Ngoại trưởng Nga Sergei Lavrov đã điện đàm với người đồng cấp Mỹ John Kerry."], language: "vi")
        XCTAssertEqual(r.code("john-kerry"), "USAGOV", ActorTestSupport.dump(r))
        XCTAssertEqual(r.mentions.first { $0.actor == "john-kerry" }?.rule, "ref.counterpart")
        let e = ActorTestSupport.recognize(["Russian Foreign Minister Sergei Lavrov met his Turkish counterpart Mevlut Cavusoglu in Moscow."], language: "en")
        XCTAssertEqual(e.code("mevlut-cavusoglu"), "TURGOV", ActorTestSupport.dump(e))
        // The counterpart keeps the role: a later title-only mention finds him.
        let t = ActorTestSupport.recognize([
            "Russian Foreign Minister Sergei Lavrov met his Turkish counterpart Mevlut Cavusoglu.",
            "Turkey's foreign minister said the talks were useful.",
        ], language: "en")
        XCTAssertEqual(mentions(t, "Turkey's foreign minister"), ["mevlut-cavusoglu"], ActorTestSupport.dump(t))
    }

    func testBothRefersToTheTwoActorsOfTheLastSentenceThatHadTwo() {
        let vi = ActorTestSupport.recognize([
            "Ngoại trưởng Nga Sergei Lavrov và người đồng cấp Thổ Nhĩ Kỳ Mevlut Cavusoglu đã điện đàm.",
            "Trong khi đó, giao tranh tiếp diễn ở Aleppo.",
            "Hai ngoại trưởng nhất trí ủng hộ ngừng bắn.",
            "Hai bên cũng nhấn mạnh vai trò của Liên hợp quốc.",
        ], language: "vi")
        let both: Set<String> = ["sergei-lavrov", "mevlut-cavusoglu"]
        XCTAssertEqual(mentions(vi, "Hai ngoại trưởng"), both, ActorTestSupport.dump(vi))
        XCTAssertEqual(mentions(vi, "Hai bên"), both)
        let countries = ActorTestSupport.recognize(["Nga và Thổ Nhĩ Kỳ đưa ra thông tin trái chiều.", "Quan hệ giữa hai nước đã cải thiện."], language: "vi")
        XCTAssertEqual(mentions(countries, "hai nước"), ["russia", "turkey"], ActorTestSupport.dump(countries))
        let en = ActorTestSupport.recognize([
            "German Chancellor Angela Merkel met French President Francois Hollande in Berlin.",
            "The two leaders called for a ceasefire.",
            "Both sides agreed to meet again.",
        ], language: "en")
        XCTAssertEqual(mentions(en, "The two leaders"), ["angela-merkel", "francois-hollande"], ActorTestSupport.dump(en))
        XCTAssertEqual(mentions(en, "Both sides"), ["angela-merkel", "francois-hollande"])
        let enC = ActorTestSupport.recognize(["India and Pakistan exchanged fire.", "The two countries blamed each other."], language: "en")
        XCTAssertEqual(mentions(enC, "The two countries"), ["india", "pakistan"], ActorTestSupport.dump(enC))
    }

    func testSurnameAndTitleRepeatsAreTheSamePerson() {
        let vi = ActorTestSupport.recognize([
            "Người đồng cấp Thổ Nhĩ Kỳ Mevlut Cavusoglu đã tới Moskva.",
            "Ngoại trưởng Thổ Nhĩ Kỳ Cavusoglu cho biết các bên đang cản trở thỏa thuận.",
            "Ông Cavusoglu nói thêm rằng Ankara sẵn sàng hỗ trợ.",
            "Cavusoglu không nói rõ chi tiết.",
        ], language: "vi")
        XCTAssertEqual(vi.actors.filter { $0.kind == .person }.map(\.id), ["mevlut-cavusoglu"], ActorTestSupport.dump(vi))
        XCTAssertEqual(vi.actor(id: "mevlut-cavusoglu")?.mentions, 4)
        XCTAssertEqual(vi.code("mevlut-cavusoglu"), "TURGOV")
        let en = ActorTestSupport.recognize([
            "Lavrov said the talks had been useful.",
            "Russian Foreign Minister Sergei Lavrov spoke after the meeting.",
            "Mr Lavrov added that Moscow would keep its forces in Syria.",
        ], language: "en")
        XCTAssertEqual(en.actors.filter { $0.kind == .person }.map(\.id), ["sergei-lavrov"], ActorTestSupport.dump(en))
        XCTAssertEqual(en.actor(id: "sergei-lavrov")?.mentions, 3)
        // A title alone finds the person with that role.
        let t = ActorTestSupport.recognize([
            "Tổng thống Syria Bashar al-Assad tuyên bố sẽ giành lại Aleppo.",
            "Tổng thống Syria cũng chỉ trích phương Tây.",
        ], language: "vi")
        XCTAssertEqual(mentions(t, "Tổng thống Syria"), ["bashar-al-assad"], ActorTestSupport.dump(t))
    }

    func testPronounsAndTheMinisterFindTheLastPerson() {
        let en = ActorTestSupport.recognize([
            "Turkish Foreign Minister Mevlut Cavusoglu spoke to reporters in Ankara.",
            "He said the evacuation had been obstructed.",
            "The minister did not name the groups.",
        ], language: "en")
        XCTAssertEqual(mentions(en, "He"), ["mevlut-cavusoglu"], ActorTestSupport.dump(en))
        XCTAssertEqual(mentions(en, "minister"), ["mevlut-cavusoglu"], ActorTestSupport.dump(en))
        let vi = ActorTestSupport.recognize([
            "Tổng thống Pháp Francois Hollande đã tới Bagdad.",
            "Ông cho biết Pháp sẽ tiếp tục hỗ trợ Iraq.",
        ], language: "vi")
        XCTAssertEqual(mentions(vi, "Ông"), ["francois-hollande"], ActorTestSupport.dump(vi))
        // No person before: a pronoun gives nothing.
        let none = ActorTestSupport.recognize(["He said nothing more."], language: "en")
        XCTAssertTrue(none.mentions.isEmpty)
    }

    func testSameIdAcrossDocumentsAndLanguages() {
        let a = ActorTestSupport.recognize(["Ngoại trưởng Nga Sergei Lavrov điện đàm với Ngoại trưởng Mỹ John Kerry."], language: "vi")
        let b = ActorTestSupport.recognize(["Russian Foreign Minister Sergei Lavrov phoned U.S. Secretary of State John Kerry."], language: "en")
        for id in ["sergei-lavrov", "john-kerry"] {
            XCTAssertEqual(a.actor(id: id)?.code, b.actor(id: id)?.code, id)
            XCTAssertNotNil(a.actor(id: id), ActorTestSupport.dump(a))
        }
    }
}
