import XCTest
import FaultlineText
@testable import FaultlineExtract

/// `applicableRules(at:)` may only skip rules that cannot match: every rule (and every range
/// or list) that matches at a token must have its bit set there. Checked at every token of sentences rich in time
/// expressions of every family, in both languages.
final class TimexScannerDispatchTests: XCTestCase {
    static let sentences = [
        // Vietnamese: dates, months, years, decades, quarters, relative and anaphoric words.
        "Ngày 14/12, quân đội cho biết hôm qua (13/12) đã có giao tranh.",
        "Vào ngày mùng 2 tháng 9 năm 1945, bản tuyên ngôn được đọc; tháng 3 năm ngoái mọi việc đổi khác.",
        "Trong thập niên 1990 và thế kỷ XX, quý III/2016 tăng trưởng chậm, quý 4 năm nay khá hơn.",
        "Sáng 14/12, lúc 10 giờ 30 phút, đoàn xe rời đi; tối cùng ngày, 8h tối, họ trở lại.",
        "Tuần trước, cuối tháng này và đầu năm sau đều có họp; hôm sau, ngày đó, 3 ngày sau, vài tuần qua.",
        "Ngày 14-16/12 và từ 15 đến 22 tháng 2, hàng năm vào mùa đông, mỗi tuần hai lần, hiện nay.",
        // English: month dates, day-month, centuries, decades, eras, seasons, halves, holidays.
        "On December 14, 2016, and on the 5th of May 1944, the talks resumed in the 20th century style.",
        "In the 1940s and the '90s, from 480 BC to AD 9, in 1939-1945 and in the summer of 1943, early 1944.",
        "In the first half of 1942, on Christmas Day, on Tuesday, Dec. 13, at 11 a.m. and at 10:30 GMT.",
        "Today, yesterday morning, the next day, last week, the past three years and two weeks later.",
        "At the end of the year, later in the month, mid-March, March-April 1917 and month's end.",
        "For months, within days, a 30-day truce, one-year terms, every week, twice a month, the present.",
        "At the same time, that time, this period, the same period, at the time of the war, tonight.",
        "The 2016-12-14T10:30 report, 14/12/2016, 3.5 percent, 14.12.2016 and the 1812 invasion until 1815.",
        "Twenty-five years ago, several days earlier, a decade later, two centuries later, 6-7 January 1916.",
        // Common words that open rules only before certain tokens (`the`, `that`, `ngày`, `năm`, `những`).
        "Những năm 1940, những người lính, thế kỷ thứ 5 TCN, thế giới, thập kỷ 90, năm 480 TCN, năm ngoái, năm người.",
        "Ngày mùng 2, hôm 14-16/12, ngày càng căng thẳng, hôm nay, 15 tháng 2, từ 15 đến 22/2, 1.000 người, 3,5 triệu.",
        "That time, that same time, this period, the latter half of 1942, the fall of 1943, the morning of June 5.",
        "The '90s, the 14th, the twentieth century, the same period, the time of the war, 22 and 23 June 1950, 264 to 241 BC.",
    ]

    func testEveryMatchingRuleIsApplicable() {
        var checked = 0
        for text in Self.sentences {
            let tokens = Tokenizer.tokens(text)
            let scanner = TimexScanner(tokens: tokens, lexicon: TimeLexicon.shared, dateOrder: .dayFirst,
                                       utf8: Array(text.utf8))
            for i in tokens.indices where scanner.mayStart(i) {
                let applicable = scanner.applicableRules(at: i)
                for k in 0..<TimexScanner.ruleCount where scanner.rule(k, at: i) != nil {
                    checked += 1
                    XCTAssertNotEqual(applicable & 1 << UInt64(k), 0, "rule \(k) matches at `\(tokens[i].text)` in: \(text)")
                }
                if scanner.ranges(i) != nil {
                    checked += 1
                    XCTAssertNotEqual(applicable & 1 << UInt64(TimexScanner.rangesBit), 0, "a range starts at `\(tokens[i].text)` in: \(text)")
                }
            }
        }
        // The sentences exercise many rules, so the check above is not vacuous.
        XCTAssertGreaterThan(checked, 60)
    }

    /// The dispatch's string-free class masks are the masks `word(_:at:language:)` uses.
    func testClassMasksWithoutStringsAgree() {
        for c in TimeWordClass.allCases {
            XCTAssertEqual(c.anyLanguageMask, c.mask(language: nil), "\(c)")
            XCTAssertEqual(c.englishMask, c.mask(language: "en"), "\(c)")
            XCTAssertEqual(c.vietnameseMask, c.mask(language: "vi"), "\(c)")
        }
    }

    /// `mid-`/`early-`/`late-` words are found by their key's prefix; others are not split.
    func testPositionPrefixOfHyphenatedMonths() {
        XCTAssertTrue(TimexScanner.startsWithPositionPrefix("mid-march"))
        XCTAssertTrue(TimexScanner.startsWithPositionPrefix("early-june"))
        XCTAssertFalse(TimexScanner.startsWithPositionPrefix("al-assad"))
        XCTAssertFalse(TimexScanner.startsWithPositionPrefix("mid"))
        let pairs = TimeTagger(language: "en").tag("Fighting resumed in mid-March and in August-September 1950.", dct: "2016-12-15")
            .map { "\($0.text) → \($0.value)" }
        // `resumed` is past: the March before the December publication date (`EnglishTense`).
        XCTAssertEqual(pairs, ["mid-March → 2016-03", "August → 1950-08", "September 1950 → 1950-09"])
    }
}
