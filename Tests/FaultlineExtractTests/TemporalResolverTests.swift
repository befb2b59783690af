import XCTest
import FaultlineModel
@testable import FaultlineExtract

final class TemporalResolverTests: XCTestCase {
    /// A wire story in the seed's layout, written for this test: title, lead with a
    /// dateline, a photo caption with an earlier date, body paragraphs with anaphora.
    let article: [Sentence] = [
        Sentence(index: 0, text: "Iran và Iraq nhất trí mở lại cửa khẩu", paragraph: 0, role: .title),
        Sentence(index: 1, text: "Ngày 3/3, Bộ Ngoại giao Iran cho biết hai nước đã nhất trí mở lại cửa khẩu biên giới.", paragraph: 1, role: .lead),
        Sentence(index: 2, text: "Xe tải chờ qua cửa khẩu Mehran ngày 1/3. Ảnh: Reuters", paragraph: 2, role: .caption),
        Sentence(index: 3, text: "Theo thông báo, hai bộ trưởng đã điện đàm về vấn đề này.", paragraph: 3, role: .body),
        Sentence(index: 4, text: "Hai bên cũng thảo luận về an ninh biên giới.", paragraph: 3, role: .body),
        Sentence(index: 5, text: "Trước đó, hãng tin IRNA hôm 2/3 cho biết các cuộc đụng độ đã nổ ra vào rạng sáng cùng ngày.", paragraph: 4, role: .body),
        Sentence(index: 6, text: "Đến tối hôm sau, tình hình đã lắng dịu.", paragraph: 4, role: .body),
        Sentence(index: 7, text: "Trong diễn biến liên quan cùng ngày, Thổ Nhĩ Kỳ kêu gọi kiềm chế.", paragraph: 5, role: .body),
    ]

    func testCaptionKeepsItsOwnDateAndDoesNotBecomeThePreviousDate() {
        let r = TemporalResolver(sentences: article, dct: "2017-03-04", language: "vi")
        XCTAssertEqual(r.date(forSentence: 1, at: nil).date, EventDate(value: "2017-03-03", precision: .day, text: "Ngày 3/3", anchor: .explicit))
        XCTAssertEqual(r.date(forSentence: 2, at: 0).date.value, "2017-03-01")
        // Body after the caption: no date of its own, no date in the paragraph → the lead's.
        XCTAssertEqual(r.date(forSentence: 3, at: 10).date, EventDate(value: "2017-03-03", precision: .day, text: nil, anchor: .previous))
        XCTAssertEqual(r.date(forSentence: 4, at: 0).date.anchor, .previous)
    }

    func testSameDayAnaphoraFollowsTheLastBodyDate() {
        let r = TemporalResolver(sentences: article, dct: "2017-03-04", language: "vi")
        let exprs = r.expressions(inSentence: 5)
        XCTAssertEqual(exprs.map(\.value), ["PAST_REF", "2017-03-02", "2017-03-02TMO"])
        XCTAssertEqual(exprs.last?.timeOfDay, .dawn)
        // An event after `rạng sáng cùng ngày` takes it, with its part of day.
        let offset = "Trước đó, hãng tin IRNA hôm 2/3 cho biết các cuộc đụng độ đã nổ ra vào rạng sáng cùng ngày".utf8.count
        let d = r.date(forSentence: 5, at: offset)
        XCTAssertEqual(d.date.value, "2017-03-02")
        XCTAssertEqual(d.date.anchor, .relative)
        XCTAssertEqual(d.timeOfDay, .dawn)
        // `tối hôm sau` = evening of the next day after 2/3.
        XCTAssertEqual(r.expressions(inSentence: 6).map(\.value), ["2017-03-03TEV"])
        // `cùng ngày` in a later paragraph: still the last body date (3/3 evening's day).
        XCTAssertEqual(r.date(forSentence: 7, at: 40).date.value, "2017-03-03")
    }

    func testWithoutDocumentDateYearsStayUnknown() {
        let r = TemporalResolver(sentences: article, dct: nil, language: "vi")
        XCTAssertEqual(r.date(forSentence: 1, at: nil).date.value, "XXXX-03-03")
        XCTAssertEqual(r.date(forSentence: 3, at: nil).date.value, "XXXX-03-03")
        XCTAssertEqual(r.date(forSentence: 2, at: nil).date.value, "XXXX-03-01")
    }

    func testFallsBackToDocumentDateThenNone() {
        let plain = [Sentence(index: 0, text: "Hai bên tiếp tục đàm phán.", paragraph: 1, role: .lead)]
        let withDCT = TemporalResolver(sentences: plain, dct: "2016-12-15", language: "vi")
        XCTAssertEqual(withDCT.date(forSentence: 0, at: 0).date, EventDate(value: "2016-12-15", precision: .day, text: nil, anchor: .document))
        let without = TemporalResolver(sentences: plain, dct: nil, language: "vi")
        XCTAssertEqual(without.date(forSentence: 0, at: 0).date, .none)
    }

    func testFirstBodyParagraphStandsForAMissingLead() {
        let s = [Sentence(index: 0, text: "Talks resume", paragraph: 0, role: .title),
                 Sentence(index: 1, text: "On December 13 the envoys met in Geneva.", paragraph: 1, role: .body),
                 Sentence(index: 2, text: "They agreed to meet again.", paragraph: 2, role: .body)]
        let r = TemporalResolver(sentences: s, dct: "2016-12-15", language: "en")
        XCTAssertEqual(r.date(forSentence: 2, at: 5).date, EventDate(value: "2016-12-13", precision: .day, text: nil, anchor: .previous))
        XCTAssertEqual(r.date(forSentence: 0, at: 0).date.value, "2016-12-13")
    }

    func testDurationsAndVagueWordsDoNotDateEvents() {
        let s = [Sentence(index: 0, text: "Ngày 10/12, hai bên ngừng bắn.", paragraph: 1, role: .lead),
                 Sentence(index: 1, text: "Trước đó, giao tranh kéo dài 3 ngày.", paragraph: 2, role: .body)]
        let r = TemporalResolver(sentences: s, dct: "2016-12-15", language: "vi")
        XCTAssertEqual(r.expressions(inSentence: 1).map(\.value), ["PAST_REF", "P3D"])
        XCTAssertEqual(r.date(forSentence: 1, at: 20).date, EventDate(value: "2016-12-10", precision: .day, text: nil, anchor: .previous))
    }

    func testNearestExpressionBeforeTheTriggerWins() {
        let s = [Sentence(index: 0, text: "On Monday rebels attacked the town, and on Tuesday the army retook it.", paragraph: 1, role: .lead)]
        let r = TemporalResolver(sentences: s, dct: "2016-12-15", language: "en")
        let attacked = s[0].text.utf8.count - "attacked the town, and on Tuesday the army retook it.".utf8.count
        let retook = s[0].text.utf8.count - "retook it.".utf8.count
        XCTAssertEqual(r.date(forSentence: 0, at: attacked).date.value, "2016-12-12")
        XCTAssertEqual(r.date(forSentence: 0, at: retook).date.value, "2016-12-13")
        // A trigger before every expression takes the first one after it.
        XCTAssertEqual(r.date(forSentence: 0, at: 0).date.value, "2016-12-12")
    }

    func testMentionsCarrySentenceIndexesAndSentenceOffsets() {
        let r = TemporalResolver(sentences: article, dct: "2017-03-04", language: "vi")
        for m in r.mentions {
            let text = article[m.sentence].text
            let slice = String(decoding: Array(text.utf8)[m.expression.start..<m.expression.end], as: UTF8.self)
            XCTAssertEqual(slice, m.expression.text)
        }
        XCTAssertEqual(r.mentions.first?.sentence, 1)
    }

    // MARK: - The seed article

    /// Splits the seed into the layout an ingest step gives: title, lead, caption (`Ảnh:`),
    /// body paragraphs, sign-off.
    static func seedSentences(_ text: String) -> [Sentence] {
        var out: [Sentence] = []
        let paragraphs = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        for (p, para) in paragraphs.enumerated() {
            let role: SentenceRole = p == 0 ? .title : p == 1 ? .lead : para.contains("Ảnh:") ? .caption
                : para.hasPrefix("TTXVN") ? .signoff : .body
            var current = ""
            let chars = Array(para)
            for (k, c) in chars.enumerated() {
                current.append(c)
                if c == ".", k + 2 < chars.count, chars[k + 1] == " ", chars[k + 2].isUppercase {
                    out.append(Sentence(index: out.count, text: current.trimmingCharacters(in: .whitespaces), paragraph: p, role: role))
                    current = ""
                }
            }
            if !current.trimmingCharacters(in: .whitespaces).isEmpty {
                out.append(Sentence(index: out.count, text: current.trimmingCharacters(in: .whitespaces), paragraph: p, role: role))
            }
        }
        return out
    }

    func seedText() throws -> String {
        let url = sharedDirectory().appendingPathComponent("seed/aleppo-2016-12-14.vi.txt")
        guard FileManager.default.fileExists(atPath: url.path) else { throw XCTSkip("seed article not present") }
        return try String(contentsOf: url, encoding: .utf8)
    }

    func testSeedDatesWithDocumentDate() throws {
        let sentences = TemporalResolverTests.seedSentences(try seedText())
        let r = TemporalResolver(sentences: sentences, dct: "2016-12-15", language: "vi")
        func sentence(containing s: String) -> Sentence { sentences.first { $0.text.contains(s) }! }
        func offset(of s: String, in sentence: Sentence) -> Int {
            let range = sentence.text.range(of: s)!
            return sentence.text.utf8.distance(from: sentence.text.utf8.startIndex, to: range.lowerBound)
        }

        let lead = sentence(containing: "Ngày 14/12")
        XCTAssertEqual(r.date(forSentence: lead.index, at: offset(of: "nhất trí", in: lead)).date,
                       EventDate(value: "2016-12-14", precision: .day, text: "Ngày 14/12", anchor: .explicit))

        let caption = sentence(containing: "tuần tra")
        XCTAssertEqual(caption.role, .caption)
        XCTAssertEqual(r.date(forSentence: caption.index, at: offset(of: "tuần tra", in: caption)).date.value, "2016-12-13")

        // The phone call: no date in its paragraph → the lead's date.
        let call = sentence(containing: "điện đàm")
        XCTAssertEqual(r.date(forSentence: call.index, at: offset(of: "điện đàm", in: call)).date,
                       EventDate(value: "2016-12-14", precision: .day, text: nil, anchor: .previous))

        let attack = sentence(containing: "rạng sáng")
        let d = r.date(forSentence: attack.index, at: offset(of: "nối lại", in: attack))
        XCTAssertEqual(d.date.value, "2016-12-14")
        let dawn = r.expressions(inSentence: attack.index).first { $0.text == "rạng sáng cùng ngày" }
        XCTAssertEqual(dawn?.value, "2016-12-14TMO")
        XCTAssertEqual(dawn?.timeOfDay, .dawn)
        XCTAssertEqual(r.date(forSentence: attack.index, at: offset(of: "đẩy lui", in: attack)).timeOfDay, .dawn)

        let france = sentence(containing: "Trong diễn biến liên quan cùng ngày")
        XCTAssertEqual(r.date(forSentence: france.index, at: offset(of: "nhấn mạnh", in: france)).date.value, "2016-12-14")
        let un = sentence(containing: "LHQ cho biết")
        XCTAssertEqual(r.date(forSentence: un.index, at: offset(of: "can thiệp", in: un)).date.value, "2016-12-14")

        // Nothing in the text is dated outside December 2016.
        for m in r.mentions where TemporalResolver.precision(of: m.expression.value) != nil {
            XCTAssertTrue(m.expression.value.hasPrefix("2016-12-1"), "\(m.expression.text) → \(m.expression.value)")
        }
        // `sáng kiến` (initiative) and `trái chiều` (conflicting) are not parts of the day.
        XCTAssertFalse(r.mentions.contains { $0.expression.text.contains("sáng kiến") || $0.expression.text.contains("chiều") })
    }

    func testSeedWithoutDocumentDate() throws {
        let sentences = TemporalResolverTests.seedSentences(try seedText())
        let r = TemporalResolver(sentences: sentences, dct: nil, language: "vi")
        let lead = sentences.first { $0.text.contains("Ngày 14/12") }!
        XCTAssertEqual(r.date(forSentence: lead.index, at: nil).date.value, "XXXX-12-14")
        let attack = sentences.first { $0.text.contains("rạng sáng") }!
        XCTAssertEqual(r.expressions(inSentence: attack.index).map(\.value), ["XXXX-12-14", "XXXX-12-14TMO"])
    }

    /// Dates of the sentences of a one-paragraph story dated by its lead.
    func dates(_ lang: String, _ lead: String, _ body: [String]) -> [String?] {
        let sentences = [Sentence(index: 0, text: lead, paragraph: 0, role: .lead)]
            + body.enumerated().map { Sentence(index: $0.offset + 1, text: $0.element, paragraph: 1, role: .body) }
        let r = TemporalResolver(sentences: sentences, dct: "2024-04-16", language: lang)
        return body.indices.map { r.date(forSentence: $0 + 1, at: nil).date.value }
    }

    func testAPeriodStartDatesNothing() {
        XCTAssertEqual(dates("en", "Fighting resumed on Monday.", [
            "More than 8.5 million people have fled their homes since April 15, the agency said.",
            "The army has shelled the city ever since 2023.",
            "The militia attacked the town on April 12.",
        ]), ["2024-04-15", "2024-04-15", "2024-04-12"])
        XCTAssertEqual(dates("vi", "Giao tranh tái diễn hôm 15/4.", [
            "Hơn 8,5 triệu người đã phải rời bỏ nhà cửa kể từ ngày 15/4/2023.",
            "Israel đã không kích Gaza kể từ ngày 7/10.",
            "Quân đội tấn công thị trấn từ ngày 10/4 đến ngày 12/4.",
        ]), ["2024-04-15", "2024-04-15", "2024-04-10"])
    }

    func testAYearBeforeANounDatesNothing() {
        XCTAssertEqual(dates("en", "China rejected the ruling on Tuesday.", [
            "Beijing again rejected the 2016 ruling of the arbitral tribunal.",
            "Russia defended its 2014 annexation of Crimea.",
            "Russia annexed Crimea in 2014.",
            "The war began in 2014 and escalated in 2022.",
        ]), ["2024-04-16", "2024-04-16", "2014", "2014"])
    }

    func testAMonthBeforeANounDatesNothing() {
        XCTAssertEqual(dates("en", "Israeli drones struck Nabatieh on Monday.", [
            "Lebanon condemned the strike as a violation of the November ceasefire.",
            "Fighting resumed after the March offensive stalled.",
            "The ceasefire took effect in November.",
        ]), ["2024-04-15", "2024-04-15", "2023-11"])
    }

    func testAVietnameseYearAfterTheNounItClassifiesDatesNothing() {
        XCTAssertEqual(dates("vi", "Lực lượng bảo vệ bờ biển Philippines lên tiếng hôm 15/4.", [
            "Mỹ kêu gọi Bắc Kinh tôn trọng phán quyết của Tòa Trọng tài năm 2016.",
            "Hai bên viện dẫn hiệp định năm 1954.",
            "Trung Quốc chiếm bãi cạn này vào năm 2012.",
            "Xung đột nổ ra năm 2014.",
        ]), ["2024-04-15", "2024-04-15", "2012", "2014"])
    }
}

/// `../shared` next to the package root, found from this file's path.
func sharedDirectory(file: String = #filePath) -> URL {
    var dir = URL(fileURLWithPath: file).deletingLastPathComponent()
    while dir.path != "/" {
        if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
            return dir.deletingLastPathComponent().appendingPathComponent("shared")
        }
        dir = dir.deletingLastPathComponent()
    }
    return URL(fileURLWithPath: "/nonexistent")

}
