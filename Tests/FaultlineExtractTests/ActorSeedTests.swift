import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// The seed article's "Actors (must)" table (../shared/seed/EXPECTED.md).
final class ActorSeedTests: XCTestCase {
    /// The seed split into sentences the simple way (lines, then `. `), with the layout roles
    /// the ingestion layer gives: title, caption, sign-off, teaser, boilerplate.
    func seedSentences() throws -> [Sentence] {
        guard let url = ActorTestSupport.sharedFile("seed/aleppo-2016-12-14.vi.txt") else { throw XCTSkip("seed article absent") }
        let text = try String(contentsOf: url, encoding: .utf8)
        var out: [Sentence] = []
        var paragraph = 0
        var afterSignoff = false
        var boiler = false
        for line in text.components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            var role: SentenceRole = out.isEmpty ? .title : .body
            if trimmed.contains("Ảnh:") { role = .caption }
            if trimmed == "TTXVN/Tin Tức" { role = .signoff; afterSignoff = true }
            else if trimmed.hasPrefix("Chia sẻ") { boiler = true }
            if boiler { role = .boilerplate } else if afterSignoff && role != .signoff { role = .teaser }
            for part in trimmed.components(separatedBy: ". ") where !part.isEmpty {
                out.append(Sentence(index: out.count, text: part, paragraph: paragraph, role: role))
            }
            paragraph += 1
        }
        return out
    }

    func testMustActorsAreFoundWithTheirCodes() throws {
        let sentences = try seedSentences()
        let r = ActorTestSupport.recognizer.recognize(sentences, language: "vi", date: "2016-12-15")
        let dump = ActorTestSupport.dump(r)
        // (id, kind, accepted codes) for every "Actors (must)" row.
        let must: [(String, ActorKind, Set<String>)] = [
            ("russia", .country, ["RUS"]),
            ("turkey", .country, ["TUR"]),
            ("syria", .country, ["SYR"]),
            ("russian-foreign-ministry", .organization, ["RUSGOV"]),
            ("russian-defence-ministry", .organization, ["RUSMIL", "RUSGOV"]),
            ("sergei-lavrov", .person, ["RUSGOV"]),
            ("mevlut-cavusoglu", .person, ["TURGOV"]),
            ("jean-marc-ayrault", .person, ["FRAGOV"]),
            ("united-nations", .organization, ["IGOUNO"]),
            ("international-committee-of-the-red-cross", .organization, ["NGOHLHIRC"]),
            ("syrian-rebels", .armedGroup, ["SYRREB"]),
            ("syrian-armed-forces", .armedGroup, ["SYRMIL", "SYRGOV"]),
            ("bashar-al-assad", .person, ["SYRGOV"]),
        ]
        for (id, kind, codes) in must {
            guard let a = r.actor(id: id) else { XCTFail("missing \(id)\n\(dump)"); continue }
            XCTAssertEqual(a.kind, kind, id)
            XCTAssertTrue(codes.contains(a.code ?? ""), "\(id) has code \(a.code ?? "nil")")
        }
        // Places with their country.
        for id in ["aleppo", "palmyra"] {
            XCTAssertEqual(r.actor(id: id)?.kind, .location, id)
            XCTAssertEqual(r.actor(id: id)?.country, "SYR", id)
        }
        // France is a party through its foreign minister (FRA… code).
        XCTAssertEqual(r.actor(id: "jean-marc-ayrault")?.country, "FRA")
        // Should: the West, Interfax, civilians. The Middle East appears only as a modifier
        // (`quốc gia Trung Đông này`, "this Middle Eastern country"): a region is a place of
        // events only after a place preposition, so it is no location mention here.
        XCTAssertEqual(r.code("the-west"), "WST")
        XCTAssertEqual(r.actor(id: "interfax")?.kind, .media)
        XCTAssertEqual(r.code("syrian-civilians"), "SYRCVL")
        XCTAssertNil(r.actor(id: "middle-east"))
        XCTAssertNil(r.actor(id: "french-rebels"), "the armed men leaving Aleppo are Syrian, whoever speaks of them")
    }

    func testOneActorPerRealWorldActor() throws {
        let r = ActorTestSupport.recognizer.recognize(try seedSentences(), language: "vi", date: "2016-12-15")
        let dump = ActorTestSupport.dump(r)
        // Cavusoglu: counterpart with full name and later `Ngoại trưởng Thổ Nhĩ Kỳ Cavusoglu`.
        let cav = r.actor(id: "mevlut-cavusoglu")
        XCTAssertTrue(cav?.aliases.contains("Ngoại trưởng Thổ Nhĩ Kỳ Cavusoglu") ?? false, dump)
        XCTAssertTrue(cav?.aliases.contains("người đồng cấp Thổ Nhĩ Kỳ Mevlut Cavusoglu") ?? false, dump)
        // LHQ = Liên hợp quốc.
        XCTAssertEqual(Set(r.actor(id: "united-nations")?.aliases ?? []), ["Liên hợp quốc", "LHQ"])
        // The three phrasings of the Syrian government forces are one actor.
        let forces = Set(r.actor(id: "syrian-armed-forces")?.aliases ?? [])
        XCTAssertTrue(forces.isSuperset(of: ["Lực lượng ủng hộ Chính phủ Syria", "lực lượng chính phủ Syria", "quân đội chính phủ Syria"]), dump)
        // Lavrov is RUSGOV through `nước này`.
        let lavrov = r.mentions.first { $0.actor == "sergei-lavrov" }
        XCTAssertEqual(lavrov?.rule, "ref.this-country")
        // No two person actors share a surname.
        let persons = r.actors.filter { $0.kind == .person }
        let surnames = persons.map { $0.name.split(separator: " ").last.map(String.init) ?? "" }
        XCTAssertEqual(Set(surnames).count, surnames.count, dump)
        // `hai ngoại trưởng`, `Hai nhà lãnh đạo`, `Hai bên` each refer to both ministers.
        for phrase in ["hai ngoại trưởng", "Hai nhà lãnh đạo", "Hai bên"] {
            let ids = Set(r.mentions.filter { $0.text == phrase }.map(\.actor))
            XCTAssertEqual(ids, ["sergei-lavrov", "mevlut-cavusoglu"], phrase)
        }
    }

    func testBoilerplateCreditsAndSignoffGiveNoActors() throws {
        let sentences = try seedSentences()
        let r = ActorTestSupport.recognizer.recognize(sentences, language: "vi", date: "2016-12-15")
        for m in r.mentions {
            let s = sentences[m.sentence]
            XCTAssertFalse([.signoff, .boilerplate].contains(s.role), "actor in \(s.role): \(m.text)")
            XCTAssertFalse(["AFP", "TTXVN", "Tin Tức"].contains(m.text), "credit or sign-off named as actor: \(m.text)")
        }
        XCTAssertNil(r.actor(id: "afp"))
        XCTAssertNil(r.actor(id: "vietnam-news-agency"))
        // Even without layout roles, the credit and the sign-off line give nothing.
        let plain = sentences.map { Sentence(index: $0.index, text: $0.text, paragraph: $0.paragraph, role: .body) }
        let r2 = ActorTestSupport.recognizer.recognize(Array(plain.prefix(13)), language: "vi", date: nil)
        XCTAssertNil(r2.actor(id: "afp"), ActorTestSupport.dump(r2))
        XCTAssertNil(r2.actor(id: "vietnam-news-agency"), ActorTestSupport.dump(r2))
    }
}
