import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// Expression families in Vietnamese and English, with values against a document date of
/// Thursday 15 December 2016 unless a test says otherwise.
final class TimeTaggerTests: XCTestCase {
    let dct = "2016-12-15"

    func tag(_ text: String, dct: String? = "2016-12-15", language: String = "vi", mode: TemporalMode = .news,
             order: DateOrder? = nil) -> [TimeExpression] {
        TimeTagger(language: language, mode: mode, dateOrder: order).tag(text, dct: dct)
    }

    /// `[text → value]` pairs, the compact form most tests compare.
    func pairs(_ text: String, dct: String? = "2016-12-15", language: String = "vi", mode: TemporalMode = .news,
               order: DateOrder? = nil) -> [String] {
        tag(text, dct: dct, language: language, mode: mode, order: order).map { "\($0.text) → \($0.value)" }
    }

    func testLexiconsLoad() {
        XCTAssertEqual(TimeTagger.lexiconProblems, [])
        XCTAssertGreaterThan(TimeLexicon.shared.matcher.count, 400)
    }

    // MARK: - Vietnamese dates

    func testVietnameseDayMonthForms() {
        XCTAssertEqual(pairs("Ngày 14/12, Bộ Ngoại giao Nga ra thông báo."), ["Ngày 14/12 → 2016-12-14"])
        XCTAssertEqual(pairs("Quân đội hôm 14/12 cho biết."), ["hôm 14/12 → 2016-12-14"])
        XCTAssertEqual(pairs("Cuộc họp diễn ra ngày 14-12 tại Hà Nội."), ["ngày 14-12 → 2016-12-14"])
        XCTAssertEqual(pairs("Thỏa thuận được ký ngày 14.12.2016."), ["ngày 14.12.2016 → 2016-12-14"])
        XCTAssertEqual(pairs("Văn bản đề ngày 14 tháng 12 năm 2016."), ["ngày 14 tháng 12 năm 2016 → 2016-12-14"])
        XCTAssertEqual(pairs("Hiệp định ký ngày 27/1/1973 tại Paris."), ["ngày 27/1/1973 → 1973-01-27"])
        XCTAssertEqual(pairs("Hạn chót là 14.12.2016."), ["14.12.2016 → 2016-12-14"])
        XCTAssertEqual(pairs("Vào ngày mùng 2 tháng 9, đoàn đến nơi."), ["ngày mùng 2 tháng 9 → 2016-09-02"])
    }

    func testVietnameseListsRangesAndParentheticalDates() {
        XCTAssertEqual(pairs("Nga hôm qua (14/12) cho biết."), ["hôm qua (14/12) → 2016-12-14"])
        XCTAssertEqual(pairs("Hội nghị họp ngày 14 và 15/12."), ["ngày 14 → 2016-12-14", "15/12 → 2016-12-15"])
        XCTAssertEqual(pairs("Từ ngày 28 đến 30/11, hai bên đàm phán."), ["ngày 28 → 2016-11-28", "30/11 → 2016-11-30"])
        XCTAssertEqual(pairs("Diễn tập ngày 14-16/12 và 20-22.12.2016."),
                       ["ngày 14 → 2016-12-14", "16/12 → 2016-12-16", "20 → 2016-12-20", "22.12.2016 → 2016-12-22"])
        // `hồi` marks the past even when the future month is nearer.
        XCTAssertEqual(pairs("Hồi tháng 3, hai bên đã gặp nhau."), ["tháng 3 → 2016-03"])
        XCTAssertEqual(pairs("Đầu tháng 3, hai bên sẽ gặp nhau."), ["Đầu tháng 3 → 2017-03"])
        XCTAssertEqual(pairs("Khoảng 10 giờ sáng, đoàn xe tới; trong 24 giờ qua không có giao tranh."),
                       ["10 giờ sáng → 2016-12-15T10:00", "24 giờ qua → PT24H"])
        XCTAssertEqual(pairs("Cuối năm ngoái, giá dầu giảm."), ["Cuối năm ngoái → 2015"])
    }

    func testVietnameseMonthsAndYears() {
        XCTAssertEqual(pairs("Trong tháng 12/2016, giá dầu tăng."), ["tháng 12/2016 → 2016-12"])
        XCTAssertEqual(pairs("Số liệu tháng 02.2017 cho thấy điều đó."), ["tháng 02.2017 → 2017-02"])
        XCTAssertEqual(pairs("Dự án khởi công tháng 3 năm 2015."), ["tháng 3 năm 2015 → 2015-03"])
        XCTAssertEqual(pairs("Từ năm 2016, chính sách thay đổi."), ["năm 2016 → 2016"])
        XCTAssertEqual(pairs("Tháng 11 vừa qua, hai bên đã gặp nhau."), ["Tháng 11 vừa qua → 2016-11"])
        XCTAssertEqual(pairs("Hội nghị sẽ họp vào tháng 1 tới."), ["tháng 1 tới → 2017-01"])
        XCTAssertEqual(pairs("Chiến tranh kết thúc vào tháng Tư năm 1975."), ["tháng Tư năm 1975 → 1975-04"])
        XCTAssertEqual(pairs("Vào tháng 12 năm ngoái, giá dầu giảm."), ["tháng 12 năm ngoái → 2015-12"])
        XCTAssertEqual(pairs("Trong thập niên 1990, kinh tế tăng trưởng."), ["thập niên 1990 → 199"])
        XCTAssertEqual(pairs("Đầu thế kỷ XX, thành phố mở rộng."), ["Đầu thế kỷ XX → 19"])
        XCTAssertEqual(pairs("Doanh thu quý 3/2016 tăng mạnh."), ["quý 3/2016 → 2016-Q3"])
        XCTAssertEqual(pairs("Trận đánh diễn ra năm 480 TCN."), ["năm 480 TCN → BC0480"])
    }

    func testVietnameseWeekdays() {
        XCTAssertEqual(pairs("Hôm thứ Hai, phe đối lập rút quân."), ["thứ Hai → 2016-12-12"])
        XCTAssertEqual(pairs("Chủ nhật, người dân xuống đường."), ["Chủ nhật → 2016-12-11"])
        XCTAssertEqual(pairs("Vào thứ 2 tuần trước, hai bên đã họp."), ["thứ 2 tuần trước → 2016-12-05"])
        XCTAssertEqual(pairs("Thứ Tư (14/12), Nga tuyên bố ngừng bắn."), ["Thứ Tư (14/12) → 2016-12-14"])
        XCTAssertEqual(pairs("Thứ Sáu tuần tới sẽ có bầu cử."), ["Thứ Sáu tuần tới → 2016-12-23"])
        // `thứ hai` is also "second".
        XCTAssertEqual(pairs("Đây là lần thứ hai trong năm phe nổi dậy tấn công."), [])
        XCTAssertEqual(pairs("Ông là người thứ 2 phát biểu."), [])
    }

    func testVietnamesePartsOfDay() {
        let dawn = tag("Phe đối lập tấn công vào rạng sáng 14/12.")
        XCTAssertEqual(dawn.map(\.value), ["2016-12-14TMO"])
        XCTAssertEqual(dawn.first?.timeOfDay, .dawn)
        XCTAssertEqual(dawn.first?.type, .time)
        XCTAssertEqual(pairs("Sáng 14/12, đoàn xe rời thành phố."), ["Sáng 14/12 → 2016-12-14TMO"])
        XCTAssertEqual(tag("Sáng sớm 13/12, tiếng súng vang lên.").first?.timeOfDay, .dawn)
        XCTAssertEqual(pairs("Trưa 13/12, máy bay hạ cánh."), ["Trưa 13/12 → 2016-12-13TMI"])
        XCTAssertEqual(pairs("Chiều 13/12, hai bên đàm phán."), ["Chiều 13/12 → 2016-12-13TAF"])
        XCTAssertEqual(pairs("Tối 13/12, lệnh ngừng bắn có hiệu lực."), ["Tối 13/12 → 2016-12-13TEV"])
        XCTAssertEqual(pairs("Đêm 13/12, pháo kích tiếp diễn."), ["Đêm 13/12 → 2016-12-13TNI"])
        XCTAssertEqual(pairs("Nửa đêm 13/12, đoàn xe xuất phát."), ["Nửa đêm 13/12 → 2016-12-13T24:00"])
        XCTAssertEqual(pairs("Đêm ngày 08.02.2017, vụ nổ xảy ra."), ["Đêm ngày 08.02.2017 → 2017-02-08TNI"])
        XCTAssertEqual(pairs("Sáng nay, Quốc hội họp phiên bế mạc."), ["Sáng nay → 2016-12-15TMO"])
        XCTAssertEqual(pairs("Tối qua, giao tranh nổ ra."), ["Tối qua → 2016-12-14TEV"])
        XCTAssertEqual(pairs("Chiều thứ Hai, đoàn đại biểu tới."), ["Chiều thứ Hai → 2016-12-12TAF"])
        XCTAssertEqual(tag("Giao tranh kéo dài suốt đêm.").map(\.value), ["XXXX-XX-XXTNI"])
        // Ordinary words that contain part-of-day syllables.
        XCTAssertEqual(pairs("Theo sáng kiến của Thổ Nhĩ Kỳ, hai bên đưa thông tin trái chiều ở mức tối đa."), [])
    }

    func testVietnameseClockTimes() {
        XCTAssertEqual(pairs("Lúc 10h30 ngày 14/12, vụ nổ xảy ra."), ["10h30 ngày 14/12 → 2016-12-14T10:30"])
        XCTAssertEqual(pairs("Vào lúc 8 giờ tối ngày 13/12, đoàn xe tới."), ["8 giờ tối ngày 13/12 → 2016-12-13T20:00"])
    }

    func testVietnameseRelativeExpressions() {
        XCTAssertEqual(pairs("Hôm nay, Nga tuyên bố."), ["Hôm nay → 2016-12-15"])
        XCTAssertEqual(pairs("Hôm qua, Nga tuyên bố."), ["Hôm qua → 2016-12-14"])
        XCTAssertEqual(pairs("Hôm kia, Nga tuyên bố."), ["Hôm kia → 2016-12-13"])
        XCTAssertEqual(pairs("Ngày mai, hai bên sẽ gặp."), ["Ngày mai → 2016-12-16"])
        XCTAssertEqual(pairs("Tuần trước, giá dầu giảm."), ["Tuần trước → 2016-W49"])
        XCTAssertEqual(pairs("Tuần này, giá dầu tăng."), ["Tuần này → 2016-W50"])
        XCTAssertEqual(pairs("Tuần vừa qua, giá dầu tăng."), ["Tuần vừa qua → 2016-W49"])
        XCTAssertEqual(pairs("Tháng trước, giá dầu giảm."), ["Tháng trước → 2016-11"])
        XCTAssertEqual(pairs("Năm ngoái, giá dầu giảm."), ["Năm ngoái → 2015"])
        XCTAssertEqual(pairs("Năm nay, giá dầu tăng."), ["Năm nay → 2016"])
        XCTAssertEqual(pairs("Cách đây 3 ngày trước, giá dầu giảm."), ["3 ngày trước → 2016-12-12"])
        XCTAssertEqual(pairs("Ngày 10/12, hai bên gặp nhau. Hôm sau, họ ký thỏa thuận."),
                       ["Ngày 10/12 → 2016-12-10", "Hôm sau → 2016-12-11"])
        XCTAssertEqual(pairs("Ngày 10/12, hai bên gặp nhau; cùng ngày, Mỹ lên tiếng."),
                       ["Ngày 10/12 → 2016-12-10", "cùng ngày → 2016-12-10"])
        XCTAssertEqual(pairs("Trước đó, hai bên đã đàm phán. Sau đó, họ rút quân."),
                       ["Trước đó → PAST_REF", "Sau đó → FUTURE_REF"])
        XCTAssertEqual(pairs("Hiện nay, tình hình đã ổn định."), ["Hiện nay → PRESENT_REF"])
    }

    func testVietnameseDurationsAndSets() {
        XCTAssertEqual(tag("Giao tranh kéo dài 3 ngày.").map { [$0.type.rawValue, $0.value] }, [["DURATION", "P3D"]])
        XCTAssertEqual(pairs("Hai bên đàm phán trong hai tuần."), ["hai tuần → P2W"])
        XCTAssertEqual(pairs("Lệnh cấm có hiệu lực 5 năm."), ["5 năm → P5Y"])
        XCTAssertEqual(pairs("Trong 3 ngày qua, giá dầu tăng."), ["3 ngày qua → P3D"])
        XCTAssertEqual(pairs("Cuộc vây hãm kéo dài vài tháng."), ["vài tháng → PXM"])
        XCTAssertEqual(tag("Máy bay tuần tra hằng ngày.").map { [$0.type.rawValue, $0.value] }, [["SET", "P1D"]])
        XCTAssertEqual(pairs("Hội nghị được tổ chức hàng tuần."), ["hàng tuần → P1W"])
        XCTAssertEqual(pairs("Mỗi năm, hàng nghìn người sơ tán."), ["Mỗi năm → P1Y"])
        XCTAssertEqual(pairs("Hàng hóa được vận chuyển, năm người bị thương."), [])
    }

    // MARK: - English

    func testEnglishDatesInAllOrders() {
        let en = { (s: String) in self.pairs(s, language: "en") }
        XCTAssertEqual(en("On December 14, 2016, Russia said."), ["December 14, 2016 → 2016-12-14"])
        XCTAssertEqual(en("On 14 December 2016 Russia said."), ["14 December 2016 → 2016-12-14"])
        XCTAssertEqual(en("On Dec. 14 Russia said."), ["Dec. 14 → 2016-12-14"])
        XCTAssertEqual(en("On December 14th Russia said."), ["December 14th → 2016-12-14"])
        XCTAssertEqual(en("On the 14th of December, Russia said."), ["the 14th of December → 2016-12-14"])
        XCTAssertEqual(en("Filed 12/14/2016 in court."), ["12/14/2016 → 2016-12-14"])
        XCTAssertEqual(en("Filed 14/12/2016 in court."), ["14/12/2016 → 2016-12-14"])
        XCTAssertEqual(en("Filed 2016-12-14 in court."), ["2016-12-14 → 2016-12-14"])
        XCTAssertEqual(en("Troops arrived in December 1941."), ["December 1941 → 1941-12"])
        XCTAssertEqual(en("Troops arrived in Sept. 1939."), ["Sept. 1939 → 1939-09"])
        XCTAssertEqual(en("Troops arrived in 1941."), ["1941 → 1941"])
        XCTAssertEqual(en("Athens fell in 480 BC."), ["480 BC → BC0480"])
        XCTAssertEqual(en("The war lasted from 1939-1945."), ["1939 → 1939", "1945 → 1945"])
    }

    func testEnglishMonthNamesNeedToReadAsMonths() {
        let en = { (s: String) in self.pairs(s, language: "en", mode: .narrative) }
        XCTAssertEqual(en("Rebels may attack the town, and crowds march on the capital."), [])
        XCTAssertEqual(en("By May the offensive had stalled."), ["May → XXXX-05"])
        XCTAssertEqual(en("In 1500 men were sent."), ["1500 → 1500"])
        XCTAssertEqual(en("He sent 1500 soldiers north."), [])
    }

    func testEnglishDecadesSeasonsCenturiesAndModifiers() {
        let en = { (s: String) in self.pairs(s, language: "en", mode: .narrative) }
        XCTAssertEqual(en("Tension grew through the 1940s."), ["the 1940s → 194"])
        XCTAssertEqual(en("The offensive began in summer 1942."), ["summer 1942 → 1942-SU"])
        XCTAssertEqual(en("They returned in the spring of 1794."), ["the spring of 1794 → 1794-SP"])
        XCTAssertEqual(en("Empires rose in the 20th century."), ["the 20th century → 19"])
        XCTAssertEqual(en("It was built in the 4th century BC."), ["the 4th century BC → BC03"])
        XCTAssertEqual(en("By mid-1943 the tide had turned."), ["mid-1943 → 1943"])
        XCTAssertEqual(en("In late 1944 the army advanced."), ["late 1944 → 1944"])
        XCTAssertEqual(en("In 1944 the front moved. In early March the army advanced."), ["1944 → 1944", "early March → 1944-03"])
        XCTAssertEqual(en("In 1982 the front moved; by mid-March the army advanced."), ["1982 → 1982", "mid-March → 1982-03"])
        XCTAssertEqual(en("The fall of Atlanta changed the war, and prices continued to fall."), [])
    }

    func testEnglishRelativeExpressions() {
        let en = { (s: String) in self.pairs(s, language: "en") }
        XCTAssertEqual(en("On Tuesday the talks resumed."), ["Tuesday → 2016-12-13"])
        XCTAssertEqual(en("Yesterday the talks resumed."), ["Yesterday → 2016-12-14"])
        XCTAssertEqual(en("Today the talks resumed."), ["Today → 2016-12-15"])
        XCTAssertEqual(en("Tomorrow the talks resume."), ["Tomorrow → 2016-12-16"])
        XCTAssertEqual(en("Last week the talks resumed."), ["Last week → 2016-W49"])
        XCTAssertEqual(en("Earlier this month the talks resumed."), ["Earlier this month → 2016-12"])
        XCTAssertEqual(en("Three years ago the town fell."), ["Three years ago → 2013"])
        XCTAssertEqual(en("Last night rebels attacked."), ["Last night → 2016-12-14TNI"])
        XCTAssertEqual(en("On December 10 talks began. The next day they failed; two days later they resumed; the same day the UN spoke."),
                       ["December 10 → 2016-12-10", "The next day → 2016-12-11", "two days later → 2016-12-13", "the same day → 2016-12-13"])
        XCTAssertEqual(en("In March 2015 the siege began. The following year it ended."),
                       ["March 2015 → 2015-03", "The following year → 2016"])
        XCTAssertEqual(en("Now the town is quiet; it is currently held by rebels, as in the past."),
                       ["Now → PRESENT_REF", "currently → PRESENT_REF", "the past → PAST_REF"])
        XCTAssertEqual(en("Rebels attacked at dawn."), ["dawn → XXXX-XX-XXTMO"])
        XCTAssertEqual(tag("Rebels attacked at dawn.", language: "en").first?.timeOfDay, .dawn)
        // A clock and its date stay two expressions (as TIMEX annotates them); the clock takes the date's day.
        XCTAssertEqual(en("The meeting started at 10:30 a.m. on Tuesday."), ["10:30 a.m. → 2016-12-13T10:30", "Tuesday → 2016-12-13"])
        XCTAssertEqual(en("Fighting stopped in the last week of August 1918."), ["the last week of August 1918 → 1918-08"])
        XCTAssertEqual(en("Casualties fell in the second half of 2008."), ["the second half of 2008 → 2008-H2"])
        XCTAssertEqual(en("Both sides attacked early in 1914."), ["early in 1914 → 1914"])
    }

    func testEnglishDurationsAndSets() {
        let en = { (s: String) in self.tag(s, language: "en").map { "\($0.text) \($0.type.rawValue) \($0.value)" } }
        XCTAssertEqual(en("The siege lasted three years."), ["three years DURATION P3Y"])
        XCTAssertEqual(en("It took a decade to rebuild."), ["a decade DURATION P1DE"])
        XCTAssertEqual(en("The talks took 48 hours."), ["48 hours DURATION PT48H"])
        XCTAssertEqual(en("A two-day truce was agreed."), ["two-day DURATION P2D"])
        XCTAssertEqual(en("It went on for several weeks."), ["several weeks DURATION PXW"])
        XCTAssertEqual(en("Inspectors visit every week."), ["every week SET P1W"])
        XCTAssertEqual(en("Patrols run daily."), ["daily SET P1D"])
        XCTAssertEqual(en("Talks are held every Monday."), ["every Monday SET XXXX-WXX-1"])
    }

    // MARK: - Validity, ambiguity, mixed text

    func testInvalidDatesAreNotDates() {
        XCTAssertEqual(pairs("Ngày 31/2, không có gì xảy ra."), [])
        XCTAssertEqual(pairs("Ngày 31/4 là ngày nghỉ."), [])
        XCTAssertEqual(pairs("On February 30, 2016 nothing happened.", language: "en"), [])
        XCTAssertEqual(pairs("Filed 13/13/2016.", language: "en"), [])
    }

    func testLeapDays() {
        XCTAssertEqual(pairs("Ngày 29/2/2016, hai bên ký kết."), ["Ngày 29/2/2016 → 2016-02-29"])
        XCTAssertEqual(pairs("Ngày 29/2/2017, hai bên ký kết."), [])
        XCTAssertEqual(pairs("On February 29, 2017 nothing happened.", language: "en"), [])
        // A year-less 29 February goes to the nearest leap year.
        XCTAssertEqual(pairs("Ngày 29/2, hai bên ký kết.", dct: "2017-03-10"), ["Ngày 29/2 → 2016-02-29"])
    }

    func testYearBoundaries() {
        // A January article citing late December: last year.
        XCTAssertEqual(pairs("Ngày 28/12, Nga và Thổ Nhĩ Kỳ đạt thỏa thuận.", dct: "2017-01-05"), ["Ngày 28/12 → 2016-12-28"])
        XCTAssertEqual(pairs("On December 28 the truce began.", dct: "2017-01-05", language: "en"), ["December 28 → 2016-12-28"])
        XCTAssertEqual(pairs("Tháng 12, giá dầu giảm.", dct: "2017-01-05"), ["Tháng 12 → 2016-12"])
        // A late-December article announcing early January: next year.
        XCTAssertEqual(pairs("Ngày 3/1, hội nghị sẽ khai mạc.", dct: "2016-12-28"), ["Ngày 3/1 → 2017-01-03"])
        // `vừa qua` forces the past even when the future is closer.
        XCTAssertEqual(pairs("Ngày 3/1 vừa qua, hội nghị khai mạc.", dct: "2016-12-28"), ["Ngày 3/1 vừa qua → 2016-01-03"])
        // Relative words across the year boundary.
        XCTAssertEqual(pairs("Hôm qua, hai bên ký kết.", dct: "2017-01-01"), ["Hôm qua → 2016-12-31"])
        XCTAssertEqual(pairs("Tuần trước, hai bên ký kết.", dct: "2017-01-04"), ["Tuần trước → 2016-W52"])
        XCTAssertEqual(pairs("Tháng trước, hai bên ký kết.", dct: "2017-01-04"), ["Tháng trước → 2016-12"])
    }

    func testAmbiguousNumericDatesInEachLocale() {
        let us = tag("The accord was signed on 03/04/2016.", language: "en")
        XCTAssertEqual(us.map(\.value), ["2016-03-04"])
        XCTAssertEqual(us.first?.ambiguous, true)
        let gb = tag("The accord was signed on 03/04/2016.", language: "en-GB")
        XCTAssertEqual(gb.map(\.value), ["2016-04-03"])
        XCTAssertEqual(gb.first?.ambiguous, true)
        let option = tag("The accord was signed on 03/04/2016.", language: "en", order: .dayFirst)
        XCTAssertEqual(option.map(\.value), ["2016-04-03"])
        let vi = tag("Hiệp định được ký ngày 03/04/2016.")
        XCTAssertEqual(vi.map(\.value), ["2016-04-03"])
        XCTAssertEqual(vi.first?.ambiguous, false)
        // Only one reading is valid: no flag.
        let clear = tag("Signed on 04/13/2016.", language: "en")
        XCTAssertEqual(clear.map(\.value), ["2016-04-13"])
        XCTAssertEqual(clear.first?.ambiguous, false)
        XCTAssertEqual(tag("Signed on 03/03/2016.", language: "en").first?.ambiguous, false)
    }

    func testMixedLanguageText() {
        let text = "Ngày 14/12, Reuters dẫn lời một quan chức: \"On December 13 the talks ended\", và cuộc họp tới sẽ diễn ra vào thứ Hai tuần sau."
        XCTAssertEqual(pairs(text), ["Ngày 14/12 → 2016-12-14", "December 13 → 2016-12-13", "thứ Hai tuần sau → 2016-12-19"])
        let english = "Officials said the talks of Ngày 12/12 failed, and yesterday both sides met again."
        XCTAssertEqual(pairs(english, language: "en"), ["Ngày 12/12 → 2016-12-12", "yesterday → 2016-12-14"])
    }

    func testOffsetsAreUTF8IntoTheText() {
        let text = "Lực lượng chính phủ tuần tra ngày 13/12 và rạng sáng cùng ngày, rồi on Tuesday."
        let found = tag(text)
        XCTAssertEqual(found.count, 3)
        for e in found {
            XCTAssertEqual(String(decoding: Array(text.utf8)[e.start..<e.end], as: UTF8.self), e.text)
        }
        XCTAssertEqual(found.map(\.rule), ["vi.ngay-num.dm", "vi.pod+vi.anaday", "en.weekday"])
    }

    /// Random sequences of time words, numbers and punctuation (fixed seed): no crash, and
    /// every span slices the text it came from.
    func testRandomWordSequencesKeepValidSpans() {
        let pool = ["ngày", "hôm", "tháng", "năm", "sáng", "rạng", "đêm", "thứ", "Hai", "tuần", "trước", "sau", "đó", "cùng",
                    "vừa", "qua", "14/12", "31/2", "29/2", "2016", "1939-1945", "14-16/12", "03/04/2016", "10:30", "10h30", "giờ",
                    "the", "next", "day", "May", "December", "14", "1st", "of", "BC", "early", "mid", "-", "(", ")", ",", ".",
                    "two", "years", "later", "ago", "every", "week", "summer", "'", "40s", "August-September", "mid-March",
                    "hằng", "mỗi", "nay", "mai", "on", "Tuesday", "a.m.", "999999999", "0", "T17", ":", "00:00", "2009-12-19"]
        var seed: UInt64 = 42
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33)
        }
        for _ in 0..<1500 {
            let n = 1 + next() % 12
            var words: [String] = []
            for _ in 0..<n { words.append(pool[next() % pool.count]) }
            let text = words.joined(separator: next() % 3 == 0 ? "" : " ")
            for e in tag(text, dct: next() % 2 == 0 ? dct : nil, language: next() % 2 == 0 ? "vi" : "en",
                         mode: next() % 2 == 0 ? .news : .narrative) {
                XCTAssertTrue(e.start < e.end && e.end <= text.utf8.count, text)
                XCTAssertEqual(String(decoding: Array(text.utf8)[e.start..<e.end], as: UTF8.self), e.text)
                XCTAssertFalse(e.value.isEmpty, text)
            }
        }
    }

    func testBadInputDoesNotCrash() {
        for s in ["", "   ", "ngày", "ngày /", "tháng", "99999999999999/12", "31/31/31", "ngày 0/0", "Dec.", "the", "'", "quý IIII", "1-", "T17:", "mid-"] {
            _ = tag(s)
            _ = tag(s, language: "en", mode: .narrative)
        }
    }
}
