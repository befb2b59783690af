import XCTest
@testable import FaultlineExtract

/// Step notes keep a note only while explaining, and then as `Notes` does.
final class EventCoderStepNotesTests: XCTestCase {
    func testOffKeepsNothingAndNeverBuildsTheNote() {
        var notes = EventCoder.StepNotes(on: false)
        var built = 0
        func note() -> String { built += 1; return "a note" }
        Notes.$recording.withValue(true) { notes.append(note()) }
        XCTAssertTrue(notes.isEmpty)
        XCTAssertEqual(built, 0)
    }

    func testOnKeepsTheNotesInOrderWhileRecording() {
        var notes = EventCoder.StepNotes(on: true)
        Notes.$recording.withValue(true) {
            notes.append("first")
            notes.append("second")
        }
        XCTAssertEqual(Array(notes.notes), ["first", "second"])
    }

    func testTheCoderExplainsAsBefore() {
        let coder = TestLexicons.en.coder()
        let input = codingInput("Russia attacked Ukraine", [TestActor("Russia", "russia"), TestActor("Ukraine", "ukraine")])
        let quiet = coder.code(input)
        let explained = Notes.$recording.withValue(true) { coder.code(input) }
        XCTAssertEqual(quiet.events.map(\.cameo), explained.events.map(\.cameo))
        XCTAssertFalse(quiet.events.isEmpty)
        XCTAssertTrue(quiet.events.allSatisfy { $0.notes.isEmpty })
        XCTAssertTrue(explained.events.allSatisfy { !$0.notes.isEmpty })
    }
}
