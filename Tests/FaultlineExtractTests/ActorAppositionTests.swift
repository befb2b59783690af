import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// Descriptions around a name and short references: appositions, `its troops`, `a ministry
/// spokesman`, indefinite titles, the subject a pronoun stands for.
final class ActorAppositionTests: XCTestCase {
    func testAppositiveTitleDescribesThePersonNamedBefore() {
        let en = ActorTestSupport.recognize([
            "John Smith, a spokesman for the Pentagon, said the strikes would continue.",
            "Maria Lopez, UN special envoy, urged restraint.",
            "Ana Diaz, Russia's ambassador, left the room.",
        ], language: "en")
        XCTAssertEqual(en.code("john-smith"), "USAMIL", ActorTestSupport.dump(en))
        XCTAssertEqual(en.code("maria-lopez"), "IGOUNO")
        XCTAssertEqual(en.code("ana-diaz"), "RUSGOV")
        // The description is the same person, not a second one.
        XCTAssertEqual(en.actors.filter { $0.kind == .person }.count, 3, ActorTestSupport.dump(en))
    }

    func testPossessivePointsToTheLastCountry() {
        let en = ActorTestSupport.recognize([
            "Ukraine's Foreign Ministry denied that its troops had targeted the plant.",
            "Zelenskiy said Russia must withdraw its troops.",
            "Russia said its air defences shot down two drones.",
        ], language: "en", date: "2022-08-18")
        XCTAssertEqual(en.mentions.filter { $0.text == "troops" }.map(\.actor), ["ukrainian-armed-forces", "russian-armed-forces"],
                       ActorTestSupport.dump(en))
        XCTAssertEqual(en.mentions.first { $0.text == "air defences" }?.actor, "russian-armed-forces")
    }

    func testAMinistrySpokesmanIsOfTheMinistryLastNamed() {
        let en = ActorTestSupport.recognize([
            "Ukraine's Foreign Ministry denied the claims.",
            "\"This is a provocation,\" a ministry spokesman said.",
            "The ministry said it would respond.",
        ], language: "en", date: "2022-08-14")
        XCTAssertEqual(en.mentions.first { $0.text == "ministry spokesman" }.flatMap { en.code($0.actor) }, "UKRGOV", ActorTestSupport.dump(en))
        XCTAssertEqual(en.mentions.first { $0.text == "ministry" }?.actor, "ukrainian-foreign-ministry")
        // A ministry named in full is that ministry.
        let d = ActorTestSupport.recognize(["Ukraine's Foreign Ministry denied the claims.", "The Ministry of Defence of Russia said otherwise."],
                                           language: "en")
        XCTAssertEqual(d.mentions.first { $0.sentence == 1 }.flatMap { d.code($0.actor) }, "RUSMIL", ActorTestSupport.dump(d))
        // `a … spokesman` is someone unnamed, not the office holder.
        XCTAssertNil(en.actor(id: "oleg-nikolenko"), ActorTestSupport.dump(en))
    }

    func testIndefiniteTitlesAreSomeoneNew() {
        let en = ActorTestSupport.recognize([
            "Ukrainian Foreign Minister Dmytro Kuleba spoke first.",
            "Later, a minister said the talks had failed.",
        ], language: "en", date: "2022-08-18")
        XCTAssertFalse(en.mentions.contains { $0.sentence == 1 && $0.actor == "dmytro-kuleba" }, ActorTestSupport.dump(en))
        let vi = ActorTestSupport.recognize([
            "Ngoại trưởng Ukraine Dmytro Kuleba phát biểu trước.",
            "Một quan chức Nga cho biết cuộc đàm phán đã thất bại.",
            "Ngoại trưởng nói thêm rằng Kiev sẽ kiên nhẫn.",
        ], language: "vi", date: "2022-08-18")
        XCTAssertTrue(vi.mentions.contains { $0.sentence == 2 && $0.actor == "dmytro-kuleba" }, ActorTestSupport.dump(vi))
    }

    func testPronounsPreferTheSubject() {
        let en = ActorTestSupport.recognize([
            "Guterres had met Erdogan and Zelensky in Lviv, when he called for a demilitarised zone.",
            "Putin told Macron the risk was high.",
            "He said Moscow was ready to help.",
        ], language: "en", date: "2022-08-20")
        XCTAssertEqual(en.mentions.first { $0.text == "he" }?.actor, "antonio-guterres", ActorTestSupport.dump(en))
        XCTAssertEqual(en.mentions.first { $0.text == "He" }?.actor, "vladimir-putin")
        let vi = ActorTestSupport.recognize([
            "Tổng thống Erdogan cho biết ông lo ngại nguy cơ thảm họa.",
            "Ông Putin điện đàm với ông Macron.",
            "Ông cho biết Nga sẵn sàng hỗ trợ.",
        ], language: "vi", date: "2022-08-20")
        XCTAssertEqual(vi.mentions.first { $0.sentence == 0 && $0.text == "ông" }?.actor, "recep-tayyip-erdogan", ActorTestSupport.dump(vi))
        XCTAssertEqual(vi.mentions.first { $0.sentence == 2 && $0.text == "Ông" }?.actor, "vladimir-putin")
    }

    func testOrganisationOfficialsAreTheOrganisation() {
        let en = ActorTestSupport.recognize("Russian, Ukrainian, Turkish and U.N. officials inspect ships.", language: "en")
        XCTAssertNil(en.actor(id: "united-nations-government"), ActorTestSupport.dump(en))
        XCTAssertEqual(en.mentions.first { $0.text == "U.N. officials" }?.actor, "united-nations")
        let icrc = ActorTestSupport.recognize("\"Civilians must be protected,\" an ICRC spokesperson said.", language: "en")
        XCTAssertEqual(icrc.actors.first { $0.kind == .person }?.name, "International Committee of the Red Cross spokesperson",
                       ActorTestSupport.dump(icrc))
    }
}
