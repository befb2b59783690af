import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// Layout roles, credits, sign-offs, output order and the per-mention details.
final class ActorRecognizerTests: XCTestCase {
    func testCreditsAreNotActorsButCaptionsAre() {
        let caption = Sentence(index: 0, text: "Binh sĩ Ukraine tuần tra ở Donetsk ngày 3/2. Ảnh: Reuters/TTXVN", paragraph: 1, role: .caption)
        let r = ActorTestSupport.recognizer.recognize([caption], language: "vi", date: nil)
        XCTAssertEqual(r.code("ukrainian-armed-forces"), "UKRMIL", ActorTestSupport.dump(r))
        XCTAssertNil(r.actor(id: "reuters"))
        XCTAssertNil(r.actor(id: "vietnam-news-agency"))
        let en = ActorTestSupport.recognize("Israeli soldiers near Gaza (Photo: AFP) on Monday, as Hamas fired rockets.", language: "en")
        XCTAssertNil(en.actor(id: "afp"), ActorTestSupport.dump(en))
        XCTAssertNotNil(en.actor(id: "hamas"), ActorTestSupport.dump(en))
        // A relaying outlet in the text is an actor (a media source, not a credit).
        let relay = ActorTestSupport.recognize("Theo hãng tin Reuters, giao tranh đã lan rộng.", language: "vi")
        XCTAssertEqual(relay.actor(id: "reuters")?.kind, .media, ActorTestSupport.dump(relay))
    }

    func testSignoffAndBoilerplateGiveNothing() {
        let sentences = [
            Sentence(index: 0, text: "Nga và Mỹ nhất trí ngừng bắn.", paragraph: 0, role: .body),
            Sentence(index: 1, text: "TTXVN/Tin Tức", paragraph: 1, role: .signoff),
            Sentence(index: 2, text: "Các đơn vị thông tin của TTXVN", paragraph: 2, role: .boilerplate),
            Sentence(index: 3, text: "VnExpress", paragraph: 3, role: .body),             // a bare outlet line
            Sentence(index: 4, text: "(AFP/Reuters)", paragraph: 4, role: .body),
        ]
        let r = ActorTestSupport.recognizer.recognize(sentences, language: "vi", date: nil)
        XCTAssertEqual(Set(r.mentions.map(\.sentence)), [0], ActorTestSupport.dump(r))
        XCTAssertEqual(r.tokens.count, 5)
    }

    func testDetailsAndOrderAreDeterministic() {
        let lines = ["Lực lượng Houthi bắn tên lửa vào Riyadh, Ả-rập Xê-út cho biết.",
                     "Liên hợp quốc kêu gọi hai bên kiềm chế tại Hodeidah."]
        let a = ActorTestSupport.recognize(lines, language: "vi")
        let b = ActorTestSupport.recognize(lines, language: "vi")
        XCTAssertEqual(a.actors, b.actors)
        XCTAssertEqual(a.mentions, b.mentions)
        XCTAssertEqual(a.actors.map(\.id), a.actors.map(\.id).sorted())
        XCTAssertEqual(a.mentions.count, a.details.count)
        let sortedKeys = a.mentions.map { [$0.sentence, $0.start] }
        XCTAssertEqual(sortedKeys, sortedKeys.sorted { $0.lexicographicallyPrecedes($1) })
        for (m, d) in zip(a.mentions, a.details) {
            let toks = a.tokens[m.sentence][d.tokenRange]
            XCTAssertEqual(toks.first?.start, m.start)
            XCTAssertEqual(toks.last?.end, m.end)
            XCTAssertEqual(d.speakerCapable, d.kind != .location)
        }
        XCTAssertEqual(a.code("houthis"), "YEMREB", ActorTestSupport.dump(a))
        let riyadh = zip(a.mentions, a.details).first { $0.0.text == "Riyadh" }
        XCTAssertEqual(riyadh?.1.kind, .location)       // a capital after `vào` (into) is a place
        XCTAssertNotNil(a.actor(id: "saudi-arabia"))
        XCTAssertTrue(a.mentions.filter { $0.rule == "ref.both" }.isEmpty || a.details.contains { $0.isReference })
    }

    func testActorCountsAndAliases() {
        let r = ActorTestSupport.recognize(["Liên Hợp Quốc cảnh báo.", "LHQ cho biết sẽ hỗ trợ.", "Liên hợp quốc (LHQ) họp khẩn."], language: "vi")
        let un = r.actor(id: "united-nations")
        XCTAssertEqual(un?.mentions, 4)
        XCTAssertEqual(un?.aliases, ["LHQ", "Liên Hợp Quốc", "Liên hợp quốc"])
        XCTAssertEqual(un?.country, "IGO")
    }

    func testEmptyAndOddInputDoNotCrash() {
        let r = ActorTestSupport.recognize(["", "   ", "!!! ??? …", "_ _ _", "Ảnh:", "\u{0301}\u{0300}"], language: "vi")
        XCTAssertTrue(r.mentions.isEmpty)
        XCTAssertEqual(ActorTestSupport.recognizer.recognize([], language: "xx", date: "not a date").actors, [])
    }
}
