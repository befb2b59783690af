import XCTest
import FaultlineText
@testable import FaultlineExtract

/// The items `SentenceScanner` reads from a sentence: lexicon hits and runs of unknown
/// capitalised words, merged in token order.
final class SentenceScannerTests: XCTestCase {
    private func scan(_ text: String, _ lang: String) throws -> (tokens: [Token], items: [ScanItem]) {
        let lexicon = try XCTUnwrap(ActorTestSupport.recognizer.lexicons[lang])
        let toks = Tokenizer.tokens(text)
        return (toks, SentenceScanner(lexicon: lexicon).scan(toks))
    }

    private func names(_ r: (tokens: [Token], items: [ScanItem])) -> [String] {
        r.items.filter { $0.kind == .name }.map { r.tokens[$0.start..<$0.end].map(\.text).joined(separator: " ") }
    }

    /// Items come out in token order, never overlapping, whatever mix of lexicon hits and
    /// name runs the sentence has (the runs are merged into the list from its back).
    func testItemsAreInTokenOrderAndDisjoint() throws {
        let sentences = [
            ("Russian Foreign Minister Sergei Lavrov met Hakan Fidan in Ankara on Monday.", "en"),
            ("Jan Egeland of the Norwegian Refugee Council said on Aug 14 that Mohammed bin Salman would visit.", "en"),
            ("Bộ trưởng Ngoại giao Nga Sergei Lavrov đã gặp người đồng cấp Thổ Nhĩ Kỳ Hakan Fidan tại Ankara.", "vi"),
            ("Ông Nguyễn Văn An cho biết Mỹ và Trung Quốc đã đàm phán.", "vi"),
            ("Abu Bakr al-Baghdadi and Ayman al-Zawahiri were named, as were Kim Jong Un and Xi Jinping.", "en"),
        ]
        for (text, lang) in sentences {
            let r = try scan(text, lang)
            XCTAssertFalse(r.items.isEmpty, text)
            for k in r.items.indices.dropFirst() {
                XCTAssertLessThanOrEqual(r.items[k - 1].end, r.items[k].start, "\(text) at item \(k)")
            }
            for it in r.items {
                XCTAssertNotEqual(it.kind, .cue(.nameParticle), text)
                XCTAssertNotEqual(it.kind, .cue(.dateWord), text)
            }
        }
    }

    /// Unknown capitalised words become name runs; a particle joins two capitalised words
    /// (`bin`), a month next to a number is a date and no name.
    func testNameRunsWithParticlesAndDates() throws {
        let en = try scan("Officials said Mohammed bin Salman and Jan Egeland spoke on Aug 14 in Riyadh.", "en")
        let enNames = names(en)
        XCTAssertTrue(enNames.contains("Mohammed bin Salman"), "\(enNames)")
        XCTAssertTrue(enNames.contains("Jan Egeland"), "\(enNames)")
        XCTAssertFalse(enNames.contains { $0.hasPrefix("Aug") }, "\(enNames)")

        let vi = try scan("Ông Trần Quốc Hùng nói rằng cuộc họp sẽ diễn ra.", "vi")
        XCTAssertTrue(names(vi).contains { $0.contains("Quốc Hùng") }, "\(names(vi))")
    }

    /// A sentence with no unknown capitalised word keeps its lexicon items only; a shouted
    /// or Title Case headline gives no name runs at all.
    func testNoRunsWithoutCapitalsNorInHeadlines() throws {
        XCTAssertEqual(names(try scan("the minister said talks would resume soon.", "en")), [])
        XCTAssertEqual(names(try scan("RUSSIA AND UKRAINE TRADE BLAME OVER DAM COLLAPSE", "en")), [])
        XCTAssertEqual(names(try scan("Russia And Turkey Agree To End Violence In Aleppo", "en")), [])
        XCTAssertEqual(try scan("", "en").items.count, 0)
    }

    /// Many runs in one sentence (more than half its tokens end up as items) still come out
    /// whole and in order.
    func testManyRuns() throws {
        let text = "Alpha, Bravo, Charlie, Delta, Echo, Foxtrot, Golf, Hotel, India, Juliett and Kilo met."
        let r = try scan(text, "en")
        let found = names(r)
        for w in ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "Juliett", "Kilo"] {
            XCTAssertTrue(found.contains(w) || r.items.contains { r.tokens[$0.start].text == w }, "\(w) in \(found)")
        }
        for k in r.items.indices.dropFirst() { XCTAssertLessThanOrEqual(r.items[k - 1].end, r.items[k].start) }
    }
}
