import XCTest
import FaultlineText
@testable import FaultlineExtract

/// Bare English weekdays and months resolved by the tense of their verb. Sentences written
/// for this test; the DCTs are real calendar days (2023-08-09 a Wednesday, 2024-05-15 a
/// Wednesday).
final class EnglishTenseTests: XCTestCase {
    private func values(_ text: String, dct: String) -> [String] {
        TimeTagger(language: "en").tag(text, dct: dct).map(\.value)
    }

    func testLeanOfTheGoverningVerb() {
        func lean(_ s: String, _ word: String) -> Int {
            let t = Tokenizer.tokens(s)
            let i = t.firstIndex { $0.text == word }!
            return EnglishTense.lean(t, start: i, end: i + 1)
        }
        XCTAssertEqual(lean("The government declared a state of emergency in the region on Friday.", "Friday"), -1)
        XCTAssertEqual(lean("Leaders will meet in Lviv on Thursday.", "Thursday"), 1)
        XCTAssertEqual(lean("Talks are scheduled for Friday in Geneva.", "Friday"), 1)
        XCTAssertEqual(lean("On Friday, the army shelled the town.", "Friday"), -1)
        XCTAssertEqual(lean("Fighting broke out on Monday.", "Monday"), -1)
        // The clause of the expression decides, not an earlier one.
        XCTAssertEqual(lean("The ministry said, in a statement, talks will resume on Monday.", "Monday"), 1)
        XCTAssertEqual(lean("The UN said that the two leaders will meet on Thursday.", "Thursday"), 1)
        XCTAssertEqual(lean("Russia's Defence Ministry said Kyiv was planning a provocation at the plant on Friday.", "Friday"), 1)
        XCTAssertEqual(lean("U.N. Secretary-General Antonio Guterres will meet Turkish President Tayyip Erdogan and Ukrainian President Volodymyr Zelenskiy in the western Ukrainian city of Lviv on Thursday, the United Nations said.", "Thursday"), 1)
        // Words after a mid-clause expression belong to another verb.
        XCTAssertEqual(lean("Envoys of both sides in Geneva on Thursday, the ministry said.", "Thursday"), 0)
        // `armed`, `United` are not past verbs; nothing else gives a tense.
        XCTAssertEqual(lean("Talks between the armed groups on Monday", "Monday"), 0)
        XCTAssertEqual(lean("United Nations envoys in Geneva on Monday", "Monday"), 0)
    }

    func testWeekdaysFollowTheTense() {
        // Wednesday 9 August 2023: the Friday before is the 4th, the one after the 11th.
        XCTAssertEqual(values("Ethiopia's government declared a state of emergency in Amhara on Friday.", dct: "2023-08-09"), ["2023-08-04"])
        XCTAssertEqual(values("The two sides will meet in Jeddah on Friday.", dct: "2023-08-09"), ["2023-08-11"])
        // Same day: a past verb on the story's own weekday is that day.
        XCTAssertEqual(values("The army said on Wednesday that it had retaken the town.", dct: "2023-08-09"), ["2023-08-09"])
        // No tense: the nearest, the past preferred, as before.
        XCTAssertEqual(values("Ceasefire talks on Friday", dct: "2023-08-09"), ["2023-08-11"])
        XCTAssertEqual(values("Ceasefire talks on Monday", dct: "2023-08-09"), ["2023-08-07"])
    }

    func testBareMonthsFollowTheTense() {
        // A May 2024 story: past `In August` is August 2023, future `in August` August 2024.
        XCTAssertEqual(values("In August, rebels seized the airport.", dct: "2024-05-15"), ["2023-08"])
        XCTAssertEqual(values("The government will hold elections in August.", dct: "2024-05-15"), ["2024-08"])
        XCTAssertEqual(values("The offensive began in March.", dct: "2024-05-15"), ["2024-03"])
        // Explicit years and `next`/`last` are not touched.
        XCTAssertEqual(values("Rebels seized the airport in August 2024.", dct: "2024-05-15"), ["2024-08"])
        XCTAssertEqual(values("Rebels seized the airport last August.", dct: "2024-05-15"), ["2023-08"])
    }
}
