import XCTest
import FaultlineText
@testable import FaultlineExtract

/// `TimeLexicon.mask(ofNode:)`, precomputed per trie node, is the OR of the classes of the
/// node's entries, as the scanner computed it from the entries themselves.
final class TimeLexiconTests: XCTestCase {
    /// The OR of `TimeWord.bit` over a node's entries, read from the entries.
    private func entryMask(_ lexicon: TimeLexicon, _ node: Int32) -> UInt64 {
        lexicon.matcher.values(ofNode: node).reduce(UInt64(0)) { $0 | $1.bit }
    }

    func testBundledMasksMatchTheEntries() {
        let lexicon = TimeLexicon.shared
        var checked = 0
        for text in [
            "Last week, on Tuesday 14 December 2016, the next few months and the past three years were discussed in May.",
            "Sáng hôm qua, ngày 14/12, tuần trước và tháng sau, cuối năm ngoái, hằng ngày, thế kỷ XX, mùa hè.",
            "Every Monday at dawn, three days later, early 1944, the same period, mid-March, a decade earlier.",
        ] {
            let tokens = Tokenizer.tokens(text)
            var found: [(end: Int, node: Int32)] = []
            for i in tokens.indices {
                let n = lexicon.matcher.collectMatches(in: tokens, at: i, into: &found)
                for f in 0..<n {
                    let mask = lexicon.mask(ofNode: found[f].node)
                    XCTAssertNotEqual(mask, 0, text)
                    XCTAssertEqual(mask, entryMask(lexicon, found[f].node), "\(text) at token \(i)")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 20)
    }

    /// One phrase in two classes and two languages keeps every class's bit.
    func testPhraseInSeveralClassesKeepsEveryBit() {
        var loader = TimeLexicon.Loader()
        loader.load("may\tmonth\t5\nmay\tnum\t9\nnext week\tpremod\t1\n", language: "en", origin: "test")
        loader.load("may\tunit\tD\n", language: "vi", origin: "test")
        XCTAssertEqual(loader.problems, [])
        let lexicon = TimeLexicon(loader)
        for phrase in ["may", "next week"] {
            let tokens = Tokenizer.tokens(phrase)
            var found: [(end: Int, node: Int32)] = []
            let n = lexicon.matcher.collectMatches(in: tokens, at: 0, into: &found)
            XCTAssertGreaterThan(n, 0, phrase)
            let node = found[n - 1].node
            XCTAssertEqual(lexicon.mask(ofNode: node), entryMask(lexicon, node), phrase)
        }
        let may = Tokenizer.tokens("may")
        var found: [(end: Int, node: Int32)] = []
        _ = lexicon.matcher.collectMatches(in: may, at: 0, into: &found)
        let mask = lexicon.mask(ofNode: found[0].node)
        XCTAssertEqual(mask, TimeWordClass.month.bit(language: "en") | TimeWordClass.number.bit(language: "en")
                       | TimeWordClass.unit.bit(language: "vi"))
    }

    /// One-word keys read from `oneWordEntries` give what the trie gives for their tokens.
    func testOneWordLookupAgreesWithTheTrie() {
        let lex = TimeLexicon.shared
        XCTAssertFalse(lex.oneWordEntries.isEmpty)
        let keys = ["twenty", "five", "one", "day", "days", "year", "week", "month", "long", "hundred", "march",
                    "monday", "the", "xyz", "s", "tuần", "năm", "twenty five", "o'clock", "30", "mid"]
        for key in keys {
            let tokens = Tokenizer.tokens(key)
            let trie = lex.matcher.longestMatch(in: tokens, at: 0)?.values
            XCTAssertEqual(lex.longestEntries(ofKey: key).map { $0.map(ObjectIdentifier.init) },
                           trie.map { $0.map(ObjectIdentifier.init) }, key)
            var number: String?
            for m in lex.matcher.allMatches(in: tokens, at: 0) {
                if let w = m.values.first(where: { $0.cls == .number }) { number = w.value; break }
            }
            XCTAssertEqual(lex.numberWordValue(ofKey: key), number, key)
        }
        XCTAssertEqual(lex.numberWordValue(ofKey: "twenty"), "20")
        XCTAssertTrue(TimeLexicon.isOneWordKey("twenty"))
        XCTAssertFalse(TimeLexicon.isOneWordKey(""))
        XCTAssertFalse(TimeLexicon.isOneWordKey("Twenty"))
        XCTAssertFalse(TimeLexicon.isOneWordKey("tuần"))
    }
}
