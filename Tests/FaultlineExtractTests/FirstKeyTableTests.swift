import XCTest
import FaultlineText
@testable import FaultlineExtract

/// `FirstKeyTable` answers for each lexicon as its own first keys do, and the searches that
/// read it find what they find without it.
final class FirstKeyTableTests: XCTestCase {
    func testInsertedHashesAnswerTheirLexiconsAndOthersNone() {
        var table = FirstKeyTable()
        // Enough hashes to grow the table several times; hash 0 is kept apart.
        let hashes: [UInt64] = (1...300).map { Token.hash(key: "k\($0)") } + [0]
        for (k, h) in hashes.enumerated() {
            table.insert(h, k % 2 == 0 ? .marker : .verb)
            if k % 3 == 0 { table.insert(h, .cue) }
        }
        for (k, h) in hashes.enumerated() {
            var expected: FirstKeyTable.Starts = k % 2 == 0 ? .marker : .verb
            if k % 3 == 0 { expected.insert(.cue) }
            XCTAssertEqual(table.starts(h), expected, "hash \(k)")
        }
        XCTAssertEqual(table.starts(Token.hash(key: "not-a-key")), [])
        XCTAssertEqual(FirstKeyTable().starts(0), [])
    }

    func testTheCoderTableAgreesWithEachLexicon() {
        for lex in [TestLexicons.en, TestLexicons.vi] {
            let table = FirstKeyTable(markers: lex.markers, verbs: lex.verbs, reporting: lex.reporting)
            for h in lex.markers.firstKeyHashes { XCTAssertTrue(table.starts(h).contains(.marker)) }
            for h in lex.verbs.contiguousFirstHashes { XCTAssertTrue(table.starts(h).contains(.verb)) }
            for h in lex.verbs.gapFirstHashes { XCTAssertTrue(table.starts(h).contains(.gapVerb)) }
            for h in lex.reporting.firstKeyHashes { XCTAssertTrue(table.starts(h).contains(.cue)) }
        }
    }

    func testSearchesReadingTheTableFindWhatTheyFindWithout() {
        let sentences = [("en", "Russia and Ukraine signed a ceasefire agreement in Minsk, officials said on Monday."),
                         ("en", "According to Reuters, the army did not attack the town but shelled the bridge."),
                         ("vi", "Theo hãng tin TASS, Nga và Thổ Nhĩ Kỳ đã ký thỏa thuận ngừng bắn tại Moskva."),
                         ("vi", "Bộ Ngoại giao cho biết quân đội không tấn công thành phố.")]
        for (lang, text) in sentences {
            let coder = TestLexicons.of(lang).coder()
            let input = codingInput(text, [])
            let plain = SentenceContext(input, markers: coder.markers)
            let fast = SentenceContext(input, markers: coder.markers, firstKeys: coder.firstKeys)
            XCTAssertTrue(fast.firstKeysKnown)
            XCTAssertFalse(plain.firstKeysKnown)
            XCTAssertEqual((0..<input.tokens.count).map { fast.classes[$0] }, (0..<input.tokens.count).map { plain.classes[$0] }, text)
            XCTAssertEqual((0..<input.tokens.count).map { fast.markerStart[$0] }, (0..<input.tokens.count).map { plain.markerStart[$0] }, text)
            let triggers = coder.verbs.matches(in: input.tokens, blocked: { _ in false }, isBarrier: { plain.isClausePunctuation($0) })
            XCTAssertEqual(coder.verbs.matches(in: input.tokens, table: fast.table, blocked: { _ in false },
                                               isBarrier: { plain.isClausePunctuation($0) }), triggers, text)
            let cues = coder.reporting.matches(in: input.tokens, range: 0..<input.tokens.count, blocked: { _ in false })
            let fastCues = coder.reporting.matches(in: input.tokens, range: 0..<input.tokens.count, table: fast.table, blocked: { _ in false })
            XCTAssertEqual(fastCues.map { "\($0.start)-\($0.end):\($0.cue)" }, cues.map { "\($0.start)-\($0.end):\($0.cue)" }, text)
            XCTAssertFalse(triggers.isEmpty && cues.isEmpty, "the sentence should exercise a search: \(text)")
        }
    }
}
