import XCTest
import FaultlineModel
import FaultlineText
@testable import FaultlineExtract

final class EventLexiconTests: XCTestCase {
    func testEnglishInflection() {
        XCTAssertEqual(EnglishInflection.verbForms("attack"), ["attack", "attacks", "attacked", "attacking"])
        XCTAssertEqual(EnglishInflection.verbForms("seize"), ["seize", "seizes", "seized", "seizing"])
        XCTAssertEqual(EnglishInflection.verbForms("deny"), ["deny", "denies", "denied", "denying"])
        XCTAssertEqual(EnglishInflection.verbForms("ban"), ["ban", "bans", "banned", "banning"])
        XCTAssertEqual(EnglishInflection.verbForms("shell"), ["shell", "shells", "shelled", "shelling"])
        XCTAssertEqual(EnglishInflection.nounForms("airstrike"), ["airstrike", "airstrikes"])
        XCTAssertEqual(EnglishInflection.nounForms("casualty"), ["casualty", "casualties"])
    }

    func testPatternsExpandAlternativesInflectionsAndGaps() throws {
        var lex = VerbLexicon(language: "en")
        try lex.load("attack+|air strike~\t190\tgen\nsign+ … treaty\t057\tsym\n", file: "t.tsv", codebook: .standard)
        XCTAssertEqual(lex.entries.map(\.rule), ["en.fight.attack", "en.fight.air-strike", "en.support.sign-treaty"])
        func triggers(_ s: String) -> [String] {
            let toks = Tokenizer.tokens(s)
            return lex.matches(in: toks, blocked: { _ in false }, isBarrier: { toks[$0].text == "," })
                .map { m in m.parts.map { r in toks[r].map(\.text).joined(separator: " ") }.joined(separator: " … ") }
        }
        XCTAssertEqual(triggers("They attacked and kept attacking after air strikes"), ["attacked", "attacking", "air strikes"])
        XCTAssertEqual(triggers("Both sides signed a peace treaty"), ["signed … treaty"])
        XCTAssertEqual(triggers("Both sides signed, then a treaty"), [], "a gap never crosses a comma")
    }

    func testVietnameseRuleIDsAndToneFolding() throws {
        var lex = VerbLexicon(language: "vi")
        try lex.load("điện đàm\t041\tsym\nký … thỏa thuận\t057\tsym\n", file: "t.tsv", codebook: .standard)
        XCTAssertEqual(lex.entries.first?.rule, "vi.consult.dien-dam")
        let toks = Tokenizer.tokens("Hai bên ký kết một thoả thuận")        // new-style tone placement
        XCTAssertEqual(lex.matches(in: toks, blocked: { _ in false }, isBarrier: { _ in false }).map(\.entry), [1])
    }

    func testMalformedLinesNameFileAndLine() {
        var lex = VerbLexicon(language: "vi")
        XCTAssertThrowsError(try lex.load("# c\ntấn công\t190\n\nđánh\t999\n", file: "verbs.tsv", codebook: .standard)) { e in
            XCTAssertEqual((e as? EventLexiconError)?.description, "verbs.tsv:4: `999` is not a CAMEO event code")
        }
        XCTAssertThrowsError(try lex.load("tấn công\t190\tloud\n", file: "verbs.tsv", codebook: .standard)) { e in
            XCTAssertEqual((e as? EventLexiconError)?.line, 1)
        }
        XCTAssertThrowsError(try lex.load("tiến hành\t-\tcomp\n", file: "verbs.tsv", codebook: .standard))
        var markers = MarkerLexicon()
        XCTAssertThrowsError(try markers.load("không\tnegation\nsẽ\tfuture\n", file: "modality.tsv")) { e in
            XCTAssertEqual((e as? EventLexiconError)?.description, "modality.tsv:2: unknown class `future`")
        }
        var rep = ReportingLexicon(language: "en")
        XCTAssertThrowsError(try rep.load("said\tassert\n", file: "reporting.tsv", codebook: .standard))
        XCTAssertThrowsError(try rep.load("said\tshout\tverb\n", file: "reporting.tsv", codebook: .standard))
    }

    /// Every CAMEO root 01–20 and every PLOVER category has triggers in both languages.
    func testBundledLexiconsCoverEveryRootAndCategory() {
        let book = CameoCodebook.standard
        let categories = Set(book.ploverTable.values)
        for lang in ["vi", "en"] {
            let codes = Set(TestLexicons.of(lang).verbs.entries.map(\.cameo).filter { !$0.isEmpty })
            let roots = Set(codes.map { String($0.prefix(2)) })
            for r in 1...20 { XCTAssertTrue(roots.contains(String(format: "%02d", r)), "\(lang) has no trigger for root \(r)") }
            let reached = Set(codes.flatMap { c in [book.plover(c)] + CameoTransform.Governor.allCases.compactMap { CameoTransform.apply($0, to: c) }.map(book.plover) })
            for c in categories { XCTAssertTrue(reached.contains(c), "\(lang) never codes \(c)") }
            XCTAssertGreaterThan(TestLexicons.of(lang).triggerCount, 250)
        }
        XCTAssertEqual(EventLexicons.bundledLanguages, ["en", "vi"])
    }

    func testUserLexiconFolderAddsTriggers() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("faultline-lex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "khủng bố tin học\t1721\n".write(to: dir.appendingPathComponent("verbs.tsv"), atomically: true, encoding: .utf8)
        let lex = try EventLexicons(language: "vi", extraDirectories: [dir])
        XCTAssertTrue(lex.verbs.entries.contains { $0.cameo == "1721" && $0.pattern == "khủng bố tin học" })
        try "x\t1\n".write(to: dir.appendingPathComponent("verbs.tsv"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try EventLexicons(language: "vi", extraDirectories: [dir])) { e in
            XCTAssertTrue("\(e)".hasSuffix("verbs.tsv:1: `1` is not a CAMEO event code"), "\(e)")
        }
    }
}
