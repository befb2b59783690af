import XCTest
import FaultlineModel
import FaultlineText
@testable import FaultlineExtract

/// Lexicon tables (TSV), case rules and spelling variants of the input.
final class ActorLexiconTests: XCTestCase {
    func testBuiltInLexiconsLoadWithoutErrors() throws {
        for lang in ["vi", "en", "und"] {
            let lex = try ActorLexicon.builtIn(language: lang)
            XCTAssertGreaterThan(lex.phraseCount, 1000, lang)
            XCTAssertEqual(lex.adjective("RUS"), "Russian")
            XCTAssertEqual(lex.adjective("SYR"), "Syrian")
        }
    }

    func testEveryG20AndAseanStateIsCoveredInBothLanguages() {
        let roots = ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU",
                     "ZAF", "TUR", "GBR", "USA", "BRN", "KHM", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM",
                     "SYR", "UKR", "IRQ", "IRN", "ISR", "PSE", "JOR", "LBN", "EGY", "YEM", "QAT", "ARE", "KWT", "OMN", "BHR"]
        for lang in ["vi", "en"] {
            let lex = ActorTestSupport.recognizer.lexicon(for: lang)
            let have = Set(lex.actors.filter { $0.kind == .country }.compactMap(\.country))
            for r in roots { XCTAssertTrue(have.contains(r), "\(lang) lacks \(r)") }
        }
    }

    func testNFDUnderscoreAndToneMarkVariantsMatch() {
        let base = "Ngoại trưởng Thổ Nhĩ Kỳ Mevlut Cavusoglu đã điện đàm với Liên hợp quốc."
        let variants = [
            base.decomposedStringWithCanonicalMapping,                                   // NFD
            "Ngoại_trưởng Thổ_Nhĩ_Kỳ Mevlut_Cavusoglu đã điện_đàm với Liên_hợp_quốc .",   // word-segmented
            "NGOẠI TRƯỞNG Thổ Nhĩ Kỳ Mevlut Cavusoglu đã điện đàm với Liên hợp quốc.",
        ]
        for v in variants {
            let r = ActorTestSupport.recognize(v, language: "vi")
            XCTAssertEqual(r.code("mevlut-cavusoglu"), "TURGOV", v + "\n" + ActorTestSupport.dump(r))
            XCTAssertNotNil(r.actor(id: "united-nations"), v)
        }
        // Old and new tone placement: `Thụy Sĩ`/`Thuỵ Sĩ`, `hòa`/`hoà` in role words.
        for v in ["Thụy Sĩ đăng cai hội nghị.", "Thuỵ Sĩ đăng cai hội nghị."] {
            XCTAssertNotNil(ActorTestSupport.recognize(v, language: "vi").actor(id: "switzerland"), v)
        }
        for v in ["Lực lượng gìn giữ hòa bình Liên hợp quốc rút khỏi khu vực.", "Lực lượng gìn giữ hoà bình Liên hợp quốc rút khỏi khu vực."] {
            let r = ActorTestSupport.recognize(v, language: "vi")
            XCTAssertTrue(r.mentions.contains { $0.text.lowercased().hasPrefix("lực lượng gìn giữ") }, v + "\n" + ActorTestSupport.dump(r))
        }
        // A legacy `Ð` (U+00D0) for `Đ`.
        XCTAssertNotNil(ActorTestSupport.recognize("\u{D0}ức và Pháp phản đối.", language: "vi").actor(id: "germany"))
    }

    func testMentionOffsetsAreUTF8IntoTheSentence() {
        let text = "Ngày 14/12, Bộ Ngoại giao Nga ra thông báo."
        let r = ActorTestSupport.recognize(text, language: "vi")
        guard let m = r.mentions.first else { return XCTFail("no mention") }
        let bytes = Array(text.utf8)[m.start..<m.end]
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "Bộ Ngoại giao Nga")
        XCTAssertEqual(m.text, "Bộ Ngoại giao Nga")
        XCTAssertEqual(r.details.first?.tokenRange, 3..<7)
        XCTAssertEqual(r.tokens[0][3].text, "Bộ")
    }

    func testMalformedTSVLinesAreReportedAndTheRestLoads() {
        var lex = ActorLexicon()
        let text = """
        # comment
        Liên minh Bắc Cực\tIGO\torganization\tArctic Union
        Xứ Sở Mơ\tXX1\tcountry\tDreamland
        Only two\tcolumns
        Hội đồng Cát\tIGO\tplanet\tSand Council
        \tIGO\torganization\tNo Phrase
        Nhóm Bão Cát\tIMGREB\tarmed-group\tSandstorm Group\tshiny
        Nhóm Sao Mai\tIMGREB\tarmed-group\tMorning Star Group
        """
        let errors = lex.load(tsvText: text, file: "actors-user.tsv")
        XCTAssertEqual(errors.map(\.line), [3, 4, 5, 6, 7], errors.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(errors.allSatisfy { $0.file == "actors-user.tsv" })
        XCTAssertTrue(errors[0].description.hasPrefix("actors-user.tsv:3:"))
        let rec = ActorRecognizer(lexicons: ["vi": lex])
        let r = rec.recognize([Sentence(index: 0, text: "Liên minh Bắc Cực và Nhóm Sao Mai gặp nhau.", paragraph: 0)], language: "vi", date: nil)
        XCTAssertEqual(Set(r.actors.map(\.id)), ["arctic-union", "morning-star-group"], ActorTestSupport.dump(r))

        var roles = ActorLexicon()
        let roleErrors = roles.load(tsvText: "thủ lĩnh bộ lạc\tREB\tperson\t{adj} tribal leader\nxấu\tRE\tperson\tx\n", file: "roles-user.tsv")
        XCTAssertEqual(roleErrors.map(\.line), [2])
        var cues = ActorLexicon()
        XCTAssertEqual(cues.load(tsvText: "nước kia\tthis-country\nabc\tnonsense\n", file: "cues-user.tsv").map(\.line), [2])
    }

    func testUserLexiconFolderAddsActorsToEveryLanguage() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("faultline-lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("vi"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Northwind Brigade\tSYRREB\tarmed-group\tNorthwind Brigade\nbroken line\n".write(to: dir.appendingPathComponent("actors.tsv"), atomically: true, encoding: .utf8)
        try "Lữ đoàn Gió Bắc\tSYRREB\tarmed-group\tNorthwind Brigade\n".write(to: dir.appendingPathComponent("vi/actors.tsv"), atomically: true, encoding: .utf8)
        try "not a table\n".write(to: dir.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        var rec = ActorTestSupport.recognizer
        let errors = rec.loadLexicon(directory: dir)
        XCTAssertEqual(errors.map(\.line), [2])
        let en = rec.recognize(ActorTestSupport.sentences(["The Northwind Brigade shelled the town."]), language: "en", date: nil)
        let vi = rec.recognize(ActorTestSupport.sentences(["Lữ đoàn Gió Bắc pháo kích thị trấn."]), language: "vi", date: nil)
        XCTAssertEqual(en.code("northwind-brigade"), "SYRREB")
        XCTAssertEqual(vi.code("northwind-brigade"), "SYRREB")
    }

    func testHandWrittenEntriesWinOverDictionaryImports() {
        var lex = ActorTestSupport.recognizer.lexicon(for: "en")
        _ = lex.loadPetrarchActors(text: "UNITED_NATIONS_ [IGOXXX]\n", file: "test.actors.txt")
        let rec = ActorRecognizer(lexicons: ["en": lex])
        let r = rec.recognize(ActorTestSupport.sentences(["The United Nations called for calm."]), language: "en", date: nil)
        XCTAssertEqual(r.code("united-nations"), "IGOUNO", ActorTestSupport.dump(r))
    }

    /// Entry ids are the slugs of their names, kept in step when a name changes.
    func testEntryIdsAreSlugsOfNames() throws {
        let lexicon = try XCTUnwrap(ActorTestSupport.recognizer.lexicons["vi"])
        for e in lexicon.actors.prefix(300) {
            XCTAssertEqual(e.id, Slug.make(e.name))
            XCTAssertEqual(e.idHash, Slug.make(e.name).tableHash)
        }
        for p in lexicon.persons.prefix(100) { XCTAssertEqual(p.id, Slug.make(p.name)) }
        var e = ActorEntry(name: "Thổ Nhĩ Kỳ", kind: .country, code: "TUR", country: "TUR")
        XCTAssertEqual(e.id, "tho-nhi-ky")
        e.name = "Türkiye"
        XCTAssertEqual(e.id, Slug.make("Türkiye"))
        XCTAssertEqual(e.idHash, Slug.make("Türkiye").tableHash)
        var p = PersonEntry(name: "Sergei Lavrov", codes: [], offices: [])
        XCTAssertEqual(p.id, "sergei-lavrov")
        p.name = "Sergey Lavrov"
        XCTAssertEqual(p.id, "sergey-lavrov")
    }
}
