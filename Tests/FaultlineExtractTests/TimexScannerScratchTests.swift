import XCTest
import FaultlineText
@testable import FaultlineExtract

/// `TimexScanner.Scratch` only lends storage: a scanner built over a scratch that earlier
/// (longer or shorter) sentences filled finds exactly what a fresh scanner finds.
final class TimexScannerScratchTests: XCTestCase {
    static let sentences = [
        "Ngày 14/12, quân đội cho biết hôm qua (13/12) đã có giao tranh kéo dài 3 ngày.",
        "On Tuesday night, two weeks after the 6-7 January 1916 attacks, the army withdrew.",
        "Không có gì.",
        "Vào ngày mùng 2 tháng 9 năm 1945, bản tuyên ngôn được đọc; tháng 3 năm ngoái mọi việc đổi khác.",
        "In the 1990s and again in early 2003, at 10:30 a.m., fighting resumed.",
    ]

    private func fresh(_ text: String) -> [TimexParse] {
        TimexScanner(tokens: Tokenizer.tokens(text), lexicon: TimeLexicon.shared, dateOrder: .dayFirst,
                     flagsAmbiguity: true, utf8: Array(text.utf8)).scan()
    }

    func testSharedScratchFindsWhatFreshScannersFind() {
        sharedScratchFindsWhatFreshScannersFind(TimexScanner.Scratch())
        // Pre-sized for shorter, equal and longer sentences than those scanned.
        for tokens in [0, 3, 40, 200] { sharedScratchFindsWhatFreshScannersFind(TimexScanner.Scratch(tokens: tokens)) }
    }

    private func sharedScratchFindsWhatFreshScannersFind(_ start: TimexScanner.Scratch) {
        var scratch = start
        var found = 0
        // Twice through, so every sentence meets storage left by a longer and a shorter one.
        for text in Self.sentences + Self.sentences.reversed() {
            var scanner = TimexScanner(tokens: Tokenizer.tokens(text), lexicon: TimeLexicon.shared, dateOrder: .dayFirst,
                                       flagsAmbiguity: true, text: text, scratch: &scratch)
            XCTAssertEqual(scanner.text, text)
            let parses = scanner.scan()
            scanner.returnScratch(to: &scratch)
            XCTAssertEqual(parses, fresh(text), text)
            // The slot table only grows (slots past the sentence's tokens are stale, never read).
            XCTAssertGreaterThanOrEqual(scratch.slots.count, Tokenizer.tokens(text).count, "the storage comes back to the scratch")
            found += parses.count
        }
        XCTAssertGreaterThan(found, 10)
    }

    /// `hasCandidates` is false exactly when no token may start an expression, and a scanner
    /// without candidates finds nothing.
    func testHasCandidatesMatchesMayStart() {
        for text in Self.sentences + ["Ministers spoke.", "The minister spoke to reporters.", "Bộ trưởng nói với báo chí."] {
            let tokens = Tokenizer.tokens(text)
            let scanner = TimexScanner(tokens: tokens, lexicon: TimeLexicon.shared, dateOrder: .dayFirst,
                                       utf8: Array(text.utf8))
            XCTAssertEqual(scanner.hasCandidates, tokens.indices.contains { scanner.mayStart($0) }, text)
            if !scanner.hasCandidates { XCTAssertEqual(scanner.scan(), [], text) }
        }
        // No number, time word or starter word (`the` is one: `the 1990s`).
        let plain = "Ministers spoke."
        XCTAssertFalse(TimexScanner(tokens: Tokenizer.tokens(plain), lexicon: TimeLexicon.shared, dateOrder: .dayFirst).hasCandidates)
        XCTAssertTrue(TimexScanner(tokens: Tokenizer.tokens(Self.sentences[0]), lexicon: TimeLexicon.shared, dateOrder: .dayFirst).hasCandidates)
    }

    /// `scan(into:)` over buffers that earlier sentences filled gives what `scan()` gives.
    func testReusedScanBuffersFindWhatScanFinds() {
        var buffers = TimexScanner.ScanBuffers()
        for text in Self.sentences + Self.sentences.reversed() {
            let scanner = TimexScanner(tokens: Tokenizer.tokens(text), lexicon: TimeLexicon.shared, dateOrder: .dayFirst,
                                       utf8: Array(text.utf8))
            scanner.scan(into: &buffers)
            XCTAssertEqual(buffers.expressions, scanner.scan(), text)
        }
    }

    /// `isKey` answers as comparing keys, for frame words, other words and indexes outside the sentence.
    func testIsKeyMatchesKeyComparison() {
        let text = "Hôm 14/12, ngày mùng 2 tháng 9 năm ngoái vừa qua, the army said; Tháng sau sắp tới."
        let tokens = Tokenizer.tokens(text)
        let scanner = TimexScanner(tokens: tokens, lexicon: TimeLexicon.shared, dateOrder: .dayFirst, utf8: Array(text.utf8))
        let words = [HK.ngay, HK.hom, HK.thang, HK.nam, HK.mung, HK.vua, HK.qua, HK.sap, HK.toi, HK.nay, HK.hoi]
        var hits = 0
        for i in -1...tokens.count {
            for w in words {
                XCTAssertEqual(scanner.isKey(i, w), scanner.key(i) == w.key, "\(i) \(w.key)")
                if scanner.isKey(i, w) { hits += 1 }
            }
        }
        XCTAssertGreaterThanOrEqual(hits, 8)
    }
}
