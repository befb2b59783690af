import XCTest
import FaultlineModel
import FaultlineText
@testable import FaultlineExtract

/// The sides `WarringPairs` reads from actor items.
final class WarringPairsTests: XCTestCase {
    /// The side kept per document is the side computed afresh, for every kind of entry,
    /// asked once and again.
    func testCachedSideEqualsSide() throws {
        for lang in ["en", "vi"] {
            let lexicon = try XCTUnwrap(ActorTestSupport.recognizer.lexicons[lang])
            var pairs = WarringPairs()
            var sides = 0
            for _ in 0..<2 {
                for a in lexicon.actors.indices {
                    for placeOnly in [false, true] {
                        let side = WarringPairs.side(a, placeOnly: placeOnly, lexicon: lexicon)
                        XCTAssertEqual(pairs.cachedSide(a, placeOnly: placeOnly, lexicon: lexicon), side, "\(lang) \(a)")
                        if side != nil { sides += 1 }
                    }
                }
            }
            XCTAssertGreaterThan(sides, 0, lang)
        }
    }

    /// A hostile sentence naming two countries gives the document's pair; a calm one none.
    func testPairOfAHostileSentence() throws {
        let lexicon = try XCTUnwrap(ActorTestSupport.recognizer.lexicons["en"])
        let scanner = SentenceScanner(lexicon: lexicon)
        for (text, expected) in [("Russia and Ukraine blamed each other for the shelling.", ["RUS", "UKR"]),
                                 ("Russia and Ukraine signed a grain deal.", nil)] as [(String, [String]?)] {
            let toks = Tokenizer.tokens(text)
            var pairs = WarringPairs()
            pairs.note(sentence: 0, tokens: toks, items: scanner.scan(toks), lexicon: lexicon)
            pairs.finish()
            XCTAssertEqual(pairs.main.map { [lexicon.actors[$0.0].country ?? "", lexicon.actors[$0.1].country ?? ""] }, expected, text)
        }
    }
}
