import XCTest
import FaultlineModel
@testable import FaultlineExtract

final class NotesTests: XCTestCase {
    /// Outside `faultline explain` a note is neither composed nor kept.
    func testNotesAreNotComposedWhenNotRecording() {
        var composed = 0
        func note(_ s: String) -> String { composed += 1; return s }
        var notes = Notes()
        notes.append(note("passive voice"))
        let literal: Notes = ["the statement itself is an act"]
        notes += literal
        XCTAssertEqual(composed, 0)
        XCTAssertTrue(notes.isEmpty)
        XCTAssertTrue(literal.isEmpty)
        XCTAssertNil(notes.first)
    }

    /// While recording, notes keep their order, and `+`/`+=` concatenate.
    func testNotesAreKeptWhileRecording() {
        Notes.$recording.withValue(true) {
            var a = Notes()
            a.append("head `attacked`")
            a.append("negated")
            let b: Notes = ["modality hedged"]
            XCTAssertEqual(Array(a + b), ["head `attacked`", "negated", "modality hedged"])
            a += b
            XCTAssertEqual(a.joined(separator: "; "), "head `attacked`; negated; modality hedged")
            XCTAssertEqual(a.first, "head `attacked`")
        }
        XCTAssertFalse(Notes.recording)
    }

    /// The explainer records notes: its decisions name the head of each event, in both languages.
    func testExplainerStillShowsDecisions() throws {
        let explainer = Explainer(extractor: ExtractorTests.extractor)
        let texts = [("en", "Russian troops attacked a Ukrainian army base on Monday."),
                     ("vi", "Quân đội Nga đã tấn công một căn cứ quân sự của Ukraine hôm thứ Hai.")]
        for (lang, s) in texts {
            let doc = Document(id: "n-\(lang)", title: "", text: s, language: lang, origin: "t",
                               sentences: [Sentence(index: 0, text: s, paragraph: 1)])
            let x = try XCTUnwrap(explainer.explain(doc, sentence: 0))
            XCTAssertFalse(x.events.isEmpty, lang)
            XCTAssertTrue(x.decisions.contains { $0.contains("head `") }, "\(lang): \(x.decisions)")
        }
    }
}
