import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// Each reporting frame in both languages, nested attribution, and the claims the
/// document pass builds from them.
final class ClaimFrameTests: XCTestCase {
    /// `cue|stance|speaker|via|reported words` for each frame of a sentence.
    func frames(_ lang: String, _ text: String, _ actors: [TestActor]) -> [String] {
        let input = codingInput(text, actors)
        let s = TestLexicons.of(lang).coder().code(input)
        return s.frames.enumerated().map { k, f in
            [SentenceContext.slice(input, f.cue), f.stance.rawValue, s.speakers[k].joined(separator: "+"),
             s.vias[k] ?? "-", SentenceContext.slice(input, f.reported)].joined(separator: "|")
        }
    }

    let bqp = A.org("Bộ Quốc phòng Nga", "rus-mod", "RUSMIL"), nga = A.c("Nga", "russia", "RUS")

    func testVietnameseVerbFrames() {
        for cue in ["cho biết", "cho hay", "khẳng định", "nhấn mạnh", "tuyên bố", "thông báo", "nói"] {
            XCTAssertEqual(frames("vi", "Bộ Quốc phòng Nga \(cue) phiến quân đã tấn công Aleppo.", [bqp, A.armed("phiến quân", "rebels", "SYRREB")]),
                           ["\(cue)|assert|rus-mod|-|phiến quân đã tấn công Aleppo."], cue)
        }
        XCTAssertEqual(frames("vi", "Ukraine cáo buộc Nga pháo kích Donetsk.", [A.c("Ukraine", "ukraine", "UKR"), nga]),
                       ["cáo buộc|accuse|ukraine|-|Nga pháo kích Donetsk."])
        XCTAssertEqual(frames("vi", "Nga bác bỏ thông tin máy bay Nga không kích bệnh viện.", [nga, A.c("Nga", "russia", "RUS", occurrence: 1)]),
                       ["bác bỏ thông tin|deny|russia|-|máy bay Nga không kích bệnh viện."])
        XCTAssertEqual(frames("vi", "Nga phủ nhận việc không kích bệnh viện.", [nga]), ["phủ nhận|deny|russia|-|việc không kích bệnh viện."])
    }

    func testTheoFramesAndOutlets() {
        XCTAssertEqual(frames("vi", "Theo Bộ Ngoại giao Nga, hai bên đã điện đàm.", [A.org("Bộ Ngoại giao Nga", "rus-mfa", "RUSGOV")]),
                       ["Theo|assert|rus-mfa|-|hai bên đã điện đàm."])
        // Nested: an outlet relays the ministry.
        XCTAssertEqual(frames("vi", "Theo hãng tin Interfax, Bộ Quốc phòng Nga ngày 14/12 cho biết phiến quân đã nối lại các cuộc tấn công.",
                              [A.media("Interfax", "interfax"), bqp, A.armed("phiến quân", "rebels", "SYRREB")]),
                       ["cho biết|assert|rus-mod|interfax|phiến quân đã nối lại các cuộc tấn công."])
        // `theo sáng kiến của Thổ Nhĩ Kỳ` is not a source.
        XCTAssertEqual(frames("vi", "Trong cuộc điện đàm theo sáng kiến của Thổ Nhĩ Kỳ, hai bên trao đổi ý kiến.", [A.c("Thổ Nhĩ Kỳ", "turkey", "TUR")]), [])
    }

    func testQuoteFrames() {
        XCTAssertEqual(frames("vi", "Hãng AFP dẫn lời Bộ trưởng Quốc phòng Mỹ cho biết Washington sẽ điều thêm quân.",
                              [A.media("AFP", "afp"), A.person("Bộ trưởng Quốc phòng Mỹ", "us-secdef", "USAMIL"), A.org("Washington", "usa", "USAGOV")]),
                       ["cho biết|assert|us-secdef|afp|Washington sẽ điều thêm quân."])
        XCTAssertEqual(frames("vi", "\"Chúng tôi sẽ không rút quân\", ông Putin nói.", [A.person("ông Putin", "putin", "RUSGOV")]),
                       ["nói|assert|putin|-|\"Chúng tôi sẽ không rút quân\""])
        XCTAssertEqual(frames("en", "\"We will not withdraw,\" Putin said.", [A.person("Putin", "putin", "RUSGOV")]),
                       ["said|assert|putin|-|\"We will not withdraw"])
    }

    func testEnglishFrames() {
        let mod = A.org("Russian defence ministry", "rus-mod", "RUSMIL"), reb = A.armed("rebels", "rebels", "SYRREB")
        for cue in ["said", "told reporters", "claimed", "stated"] {
            let verb = cue.split(separator: " ").first.map(String.init)!
            XCTAssertEqual(frames("en", "The Russian defence ministry \(cue) that rebels attacked Aleppo.", [mod, reb]),
                           ["\(verb)|assert|rus-mod|-|\(cue == "told reporters" ? "reporters that rebels attacked Aleppo." : "rebels attacked Aleppo.")"], cue)
        }
        XCTAssertEqual(frames("en", "Rebels attacked Aleppo, the Russian defence ministry said on Wednesday.", [A.armed("Rebels", "rebels", "SYRREB"), mod]),
                       ["said|assert|rus-mod|-|Rebels attacked Aleppo"])
        XCTAssertEqual(frames("en", "Rebels attacked Aleppo, said the Russian defence ministry.", [A.armed("Rebels", "rebels", "SYRREB"), mod]),
                       ["said|assert|rus-mod|-|Rebels attacked Aleppo"])
        XCTAssertEqual(frames("en", "According to the Russian defence ministry, rebels attacked Aleppo.", [mod, reb]),
                       ["According to|assert|rus-mod|-|rebels attacked Aleppo."])
        XCTAssertEqual(frames("en", "Rebels attacked Aleppo overnight, according to the Russian defence ministry.", [A.armed("Rebels", "rebels", "SYRREB"), mod]),
                       ["according to|assert|rus-mod|-|Rebels attacked Aleppo overnight"])
        XCTAssertEqual(frames("en", "According to Interfax, the Russian defence ministry said rebels attacked Aleppo.", [A.media("Interfax", "interfax"), mod, reb]),
                       ["said|assert|rus-mod|interfax|rebels attacked Aleppo."])
        XCTAssertEqual(frames("en", "Russia denied that its jets bombed the hospital.", [A.c("Russia", "russia", "RUS")]),
                       ["denied|deny|russia|-|its jets bombed the hospital."])
        // An unnamed speaker still bounds the reported words.
        XCTAssertEqual(frames("en", "Rebels attacked Aleppo, his lawyer said.", [A.armed("Rebels", "rebels", "SYRREB")]),
                       ["said|assert||-|Rebels attacked Aleppo"])
    }

    func testTheSubjectAnAppositionDescribesSpeaks() {
        let energoatom = A.org("Energoatom", "energoatom", "UKRBUS"), ukraine = A.c("Ukraine", "ukraine", "UKR")
        XCTAssertEqual(frames("en", "Energoatom, Ukraine's state nuclear company, said the plant was shelled.", [energoatom, ukraine]),
                       ["said|assert|energoatom|-|the plant was shelled."])
        XCTAssertEqual(frames("vi", "Energoatom, công ty năng lượng hạt nhân của Ukraine, cho biết nhà máy bị pháo kích.",
                              [energoatom, ukraine]),
                       ["cho biết|assert|energoatom|-|nhà máy bị pháo kích."])
        // A person named in apposition to a title is the speaker; a list is no apposition.
        let dujarric = A.person("ông Stephane Dujarric", "dujarric", "IGOUNO")
        XCTAssertEqual(frames("vi", "Người phát ngôn của Tổng Thư ký Liên Hợp Quốc, ông Stephane Dujarric, cho biết LHQ sẵn sàng hỗ trợ.",
                              [A.person("Tổng Thư ký Liên Hợp Quốc", "guterres", "IGOUNO"), dujarric, A.org("LHQ", "un", "IGOUNO")]),
                       ["cho biết|assert|dujarric|-|LHQ sẵn sàng hỗ trợ."])
        XCTAssertEqual(frames("en", "In a statement, Russia, Iran, and Turkey said the talks would resume.",
                              [A.c("Russia", "russia", "RUS"), A.c("Iran", "iran", "IRN"), A.c("Turkey", "turkey", "TUR")]).first?.hasPrefix("said|assert|turkey"), false)
    }

    func testDeniedEventsAreNegatedAndAccusationsBlame() {
        XCTAssertEqual(code("vi", "Nga phủ nhận việc máy bay Nga không kích bệnh viện ở Idlib.",
                            [nga, A.armed("máy bay Nga", "rus-af", "RUSMIL"), A.place("Idlib", "idlib", "SYR")]).events.map(summary),
                       ["195 rus-af-> neg"])
        XCTAssertEqual(code("en", "Russia denied that its jets bombed the hospital.", [A.c("Russia", "russia", "RUS")]).events.map(summary),
                       ["183 russia-> neg"])
        let acc = code("vi", "Ukraine cáo buộc Nga pháo kích Donetsk.", [A.c("Ukraine", "ukraine", "UKR"), nga, A.place("Donetsk", "donetsk", "UKR")])
        XCTAssertEqual(acc.events.map(summary), ["112 ukraine->russia", "194 russia->donetsk"])
        XCTAssertTrue(acc.events[0].isBlame)
        XCTAssertEqual(acc.events.map(\.frame), [0, 0])
    }

    func testDeniedNounsBelongToTheDenier() {
        XCTAssertEqual(code("vi", "Kiev phủ nhận việc tấn công kho đạn ở Crimea.", [A.org("Kiev", "ukraine", "UKRGOV"), A.place("Crimea", "crimea", "UKR")])
            .events.map(summary), ["190 ukraine-> neg"])
        XCTAssertEqual(code("en", "Kyiv denied carrying out the attack on the depot.", [A.org("Kyiv", "ukraine", "UKRGOV")]).events.map(summary),
                       ["190 ukraine-> neg"])
    }

    func testAssertingThatNothingHappenedIsADenial() throws {
        let lex = TestLexicons.vi
        let input = codingInput("Bộ Ngoại giao Ukraine khẳng định quân đội Ukraine không tấn công nhà máy.",
                                [A.org("Bộ Ngoại giao Ukraine", "ukr-mfa", "UKRGOV"), A.armed("quân đội Ukraine", "ukr-mil", "UKRMIL")])
        let out = DocumentEventCoder(coders: ["vi": lex.coder()], countryOf: { _ in nil })
            .code(documentID: "d", language: "vi", inputs: [input]) { _, _ in (.none, nil) }
        XCTAssertEqual(out.claims.map(\.stance), [.deny])
        XCTAssertEqual(out.events.map { "\($0.cameo) \($0.negated)" }, ["190 true"])
        // A stated intention not to act is no denial.
        let will = codingInput("\"Chúng tôi sẽ không rút quân\", ông Putin nói.", [A.person("ông Putin", "putin", "RUSGOV")])
        let out2 = DocumentEventCoder(coders: ["vi": lex.coder()], countryOf: { _ in nil })
            .code(documentID: "d", language: "vi", inputs: [will]) { _, _ in (.none, nil) }
        XCTAssertEqual(out2.claims.map(\.stance), [.assert])
        XCTAssertEqual(out2.events.map { "\($0.cameo) \($0.negated) \($0.modality.rawValue)" }, ["0874 true intended"])
    }

    func testDocumentClaims() throws {
        let text = """
        Ngày 14/12, Bộ Ngoại giao Nga cho biết Nga và Thổ Nhĩ Kỳ đã nhất trí ngừng bắn tại Aleppo.

        Theo Bộ Ngoại giao Nga, hai bên đã điện đàm về tình hình Syria. Hai bên còn khẳng định sẽ tăng cường hợp tác chống khủng bố. Trong khi đó, Mỹ cho biết quân đội Syria đã không kích Idlib.

        Nga bác bỏ thông tin máy bay Nga tấn công bệnh viện.
        """
        let doc = makeDocument(id: "t", text: "Tiêu đề\n\n" + text, language: "vi", published: "2016-12-15") { p, _ in p == 0 ? .title : p == 1 ? .lead : .body }
        let a = try Extractor().analyze(doc)
        let byID = Dictionary(uniqueKeysWithValues: a.claims.map { ($0.id, $0) })
        func events(of claim: Claim) -> [String] { claim.events.compactMap { id in a.events.first { $0.id == id }?.cameo } }
        // `Theo …` covers the next sentence of its paragraph (`Hai bên còn khẳng định …`), not another speaker's.
        let theo = try XCTUnwrap(a.claims.first { $0.cue == "Theo" })
        XCTAssertEqual(theo.speaker, "russian-foreign-ministry")
        XCTAssertEqual(events(of: theo).sorted(), ["041", "0312"].sorted(), "\(a.events.map { "\($0.sentence) \($0.cameo) \($0.claim ?? "-")" })")
        let us = try XCTUnwrap(a.claims.first { $0.speaker == "united-states" })
        XCTAssertEqual(us.stance, .accuse, "a foreign government reporting an attack blames")
        XCTAssertTrue(events(of: us).contains("112"), "\(a.events.map { "\($0.sentence) \($0.cameo) \($0.source)->\($0.target) \($0.claim ?? "-")" })")
        let deny = try XCTUnwrap(a.claims.first { $0.stance == .deny })
        XCTAssertFalse(deny.events.isEmpty)
        XCTAssertTrue(a.events.filter { deny.events.contains($0.id) }.allSatisfy(\.negated))
        XCTAssertEqual(a.claims.map(\.id), (1...a.claims.count).map { "c\($0)" })
        XCTAssertEqual(a.events.map(\.id), (1...a.events.count).map { "e\($0)" })
        _ = byID
    }
}
