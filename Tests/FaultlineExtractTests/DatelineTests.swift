import XCTest
import FaultlineModel
import FaultlineText
@testable import FaultlineExtract

/// A dateline's date is the filing date: events take the sentence's own date when it has one.
/// Sentences written for this test.
final class DatelineTests: XCTestCase {
    private func offset(_ text: String, of word: String) -> Int {
        text.utf8.count - text.components(separatedBy: word).dropFirst().joined(separator: word).utf8.count - word.utf8.count
    }

    private func date(_ text: String, trigger: String, dct: String, language: String = "en") -> EventDate {
        let r = TemporalResolver(sentences: [Sentence(index: 0, text: text, paragraph: 0, role: .lead)], dct: dct, language: language)
        return r.date(forSentence: 0, at: offset(text, of: trigger)).date
    }

    func testDatePartOfDatelines() {
        func part(_ s: String) -> String? {
            let t = Tokenizer.tokens(s)
            guard let p = Dateline.datePart(in: t) else { return nil }
            return t[p.start..<p.end].map(\.text).joined(separator: " ")
        }
        XCTAssertEqual(part("KHARTOUM, March 14 — The army said"), "March 14 —")
        XCTAssertEqual(part("LVIV, Ukraine, Aug 18 (Global Wire) – Leaders met"), "Aug 18 ( Global Wire ) –")
        XCTAssertEqual(part("NEW YORK/KYIV, Aug. 16 (Reuters) - The council met"), "Aug . 16 ( Reuters ) -")
        XCTAssertEqual(part("GAZA CITY, 3 November - Strikes hit"), "3 November -")
        // No date in the dateline, no dash, not in capitals, or not at the start: none.
        XCTAssertNil(part("HÀ NỘI (TTXVN) - Ngày 14/3, Bộ Ngoại giao cho biết"))
        XCTAssertNil(part("KYIV, March 14, officials said the strike killed two."))
        XCTAssertNil(part("Kyiv, March 14 — officials said"))
        XCTAssertNil(part("On March 14 — a Friday — the army attacked"))
        XCTAssertNil(part("GAZA, 3 November (Example Wire without a bracket closed - Strikes hit"))
    }

    /// One reader for both stages: the place's end, the date's start, the dash, and whether
    /// more than a bare word in capitals stands before the dash.
    func testReadingOfDatelines() throws {
        let full = try XCTUnwrap(Dateline.read(Tokenizer.tokens("LVIV, Ukraine, Aug 18 (Global Wire) – Leaders met")))
        XCTAssertEqual(full.capsEnd, 1)
        XCTAssertEqual(full.dateStart, 4)
        XCTAssertEqual(full.end, 11)
        XCTAssertTrue(full.structured)
        let vi = try XCTUnwrap(Dateline.read(Tokenizer.tokens("HÀ NỘI (TTXVN) - Bộ Ngoại giao cho biết")))
        XCTAssertNil(vi.dateStart)
        XCTAssertTrue(vi.structured)
        let bare = try XCTUnwrap(Dateline.read(Tokenizer.tokens("IAEA – the agency said")))
        XCTAssertFalse(bare.structured)
    }

    func testWeekdayAfterTheTriggerWinsOverTheDatelineDate() {
        // 14 March 2026 is a Saturday: `on Friday` is the 13th.
        let s = "KHARTOUM, March 14 — The Rapid Support Forces shelled El Fasher on Friday, killing 12 civilians."
        let d = date(s, trigger: "shelled", dct: "2026-03-14")
        XCTAssertEqual(d.value, "2026-03-13")
        XCTAssertEqual(d.text, "Friday")
        let s2 = "LVIV, Ukraine, Aug 18 (Global Wire) – Missiles struck the city's outskirts overnight on Tuesday, the mayor said."
        XCTAssertEqual(date(s2, trigger: "struck", dct: "2022-08-18").value, "2022-08-16")
        let s3 = "GAZA CITY, 3 November (Example Wire) - Israeli aircraft bombed a school on 1 November, medics said."
        XCTAssertEqual(date(s3, trigger: "bombed", dct: "2023-11-03").value, "2023-11-01")
    }

    func testDatelineDateStaysWhenTheSentenceHasNoOther() {
        let s = "KHARTOUM, March 14 — The Rapid Support Forces shelled El Fasher, killing 12 civilians."
        let d = date(s, trigger: "shelled", dct: "2026-03-14")
        XCTAssertEqual(d.value, "2026-03-14")
        XCTAssertEqual(d.anchor, .explicit)
    }

    func testDatesOutsideADatelineAreUnchanged() {
        // Two dates and no dateline: the nearest before the trigger, as before.
        let s = "On March 10, the ministry said rebels had attacked the base on March 8."
        XCTAssertEqual(date(s, trigger: "said", dct: "2026-03-14").value, "2026-03-10")
        let vi = "Ngày 14/3, quân đội cho biết phiến quân đã tấn công căn cứ hôm 12/3."
        XCTAssertEqual(date(vi, trigger: "cho biết", dct: "2026-03-15", language: "vi").value, "2026-03-14")
    }
}
