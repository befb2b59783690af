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

    func testMentionsOfASentenceAreDisjointOrShareOneSpan() {
        let lines = [
            "Đại sứ Mỹ tại Liên hợp quốc Samantha Power và Ngoại trưởng Nga Sergei Lavrov đã gặp nhau.",
            "Hai bên thảo luận về Aleppo, nơi phiến quân và quân đội Syria giao tranh.",
            "Người phát ngôn Bộ Ngoại giao Mỹ Mark Toner cho biết Washington ủng hộ LHQ.",
        ]
        let r = ActorTestSupport.recognize(lines, language: "vi")
        for s in 0..<lines.count {
            let spans = r.mentions.filter { $0.sentence == s }.map { $0.start..<$0.end }
            for (i, a) in spans.enumerated() {
                for b in spans[(i + 1)...] where a != b {
                    XCTAssertFalse(a.overlaps(b), "overlap in sentence \(s): \(a) \(b)\n\(ActorTestSupport.dump(r))")
                }
            }
        }
        XCTAssertEqual(r.code("samantha-power"), "USAGOV")
    }

    func testRoleWordsInsideOrdinaryPhrasesNameNobody() {
        let r = ActorTestSupport.recognize(["Gen. Ahmed Salim commanded the army.", "The general election was postponed."], language: "en")
        XCTAssertEqual(r.actor(id: "ahmed-salim")?.mentions, 1, ActorTestSupport.dump(r))
    }

    func testHeadlinesInCapitalsGiveNoUnknownNames() {
        for h in ["Russia And Turkey Agree To Back End Of Violence In Aleppo", "RUSSIA AND TURKEY BACK AN END TO VIOLENCE IN ALEPPO"] {
            let r = ActorTestSupport.recognize(h, language: "en")
            XCTAssertEqual(Set(r.actors.map(\.id)), ["russia", "turkey", "aleppo"], h + "\n" + ActorTestSupport.dump(r))
        }
    }

    /// Deterministic noise built from lexicon-like pieces: recognition and loading never crash.
    func testNoiseNeverCrashes() {
        let pieces = ["Nga", "Mỹ", "và", ",", "Ngoại trưởng", "nước này", "người đồng cấp", "hai bên", "Ảnh", ":", "(", ")",
                      "the", "Russian", "Foreign Minister", "'s", "of", "in", "Aleppo", "Sergei", "Lavrov", "he", "ông",
                      "al-Assad", "IS", "_", "\u{301}", "Ð", "…", "Moscow", "agreement", "counterpart", "Former", "US", "and"]
        var seed: UInt64 = 42
        func next() -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) }
        var lines: [String] = []
        for _ in 0..<300 {
            lines.append((0..<(next() % 14)).map { _ in pieces[next() % pieces.count] }.joined(separator: next() % 3 == 0 ? "" : " "))
        }
        for lang in ["vi", "en"] {
            let r = ActorTestSupport.recognize(lines, language: lang)
            XCTAssertEqual(r.mentions.count, r.details.count)
            for m in r.mentions { XCTAssertLessThan(m.start, m.end) }
        }
        var lex = ActorLexicon()
        let junk = lines.joined(separator: "\n")
        _ = lex.load(tsvText: junk, file: "actors.tsv")
        _ = lex.load(tsvText: junk, file: "roles.tsv")
        _ = lex.load(tsvText: junk, file: "cues.tsv")
        _ = lex.loadPetrarchActors(text: junk + "\n\t[\n+\n[RUS >]\n\t[RUS 1-2]", file: "junk.actors.txt")
        _ = lex.loadPetrarchAgents(text: junk + "\n!X! = \n{[~]}", file: "junk.agents.txt")
    }
}
