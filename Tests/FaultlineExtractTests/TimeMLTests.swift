import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// `TimeMLWriter` and `TimeMLReader`: valid, escaped XML that reads back to the same text and spans.
final class TimeMLTests: XCTestCase {
    func testWriterTagsInlineWithDCTAndEscapes() {
        let text = "Ngày 14/12, Nga & Thổ Nhĩ Kỳ nói <không> \"ngừng bắn\"; hôm sau họ gặp."
        let exprs = TimeTagger(language: "vi").tag(text, dct: "2016-12-15")
        let xml = TimeMLWriter.write(text: text, dct: "2016-12-15", expressions: exprs, docID: "a&b")
        XCTAssertTrue(xml.hasPrefix("<?xml version=\"1.0\" ?>\n<TimeML"))
        XCTAssertTrue(xml.contains("<DOCID>a&amp;b</DOCID>"))
        XCTAssertTrue(xml.contains("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2016-12-15\""))
        XCTAssertTrue(xml.contains("<TEXT><TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2016-12-14\">Ngày 14/12</TIMEX3>, Nga &amp; Thổ"))
        XCTAssertTrue(xml.contains("&lt;không&gt; &quot;ngừng bắn&quot;"))
        XCTAssertTrue(xml.contains("<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2016-12-15\">hôm sau</TIMEX3>"))
        XCTAssertTrue(xml.hasSuffix("</TEXT>\n</TimeML>\n"))
    }

    func testWriterOutputReadsBack() throws {
        let text = "On December 14, 2016 <b>talks</b> & \"more\" began; two days later they failed.\nNew line."
        let exprs = TimeTagger(language: "en").tag(text, dct: "2016-12-15")
        let xml = TimeMLWriter.write(text: text, dct: "2016-12-15", expressions: exprs)
        let doc = try TimeMLReader.parse(xml, id: "x")
        XCTAssertEqual(doc.text, text)
        XCTAssertEqual(doc.dct, "2016-12-15")
        XCTAssertEqual(doc.timexes.map(\.text), exprs.map(\.text))
        XCTAssertEqual(doc.timexes.map(\.start), exprs.map(\.start))
        XCTAssertEqual(doc.timexes.map(\.value), exprs.map(\.value))
        XCTAssertEqual(doc.timexes.map(\.type), exprs.map(\.type))
    }

    func testWriterSkipsOverlapsAndOutOfRangeSpans() {
        let a = TimeExpression(text: "14/12", start: 0, end: 5, type: .date, value: "XXXX-12-14", anchor: .explicit, rule: "t")
        let b = TimeExpression(text: "12", start: 3, end: 5, type: .date, value: "XXXX-12", anchor: .explicit, rule: "t")
        let c = TimeExpression(text: "?", start: 50, end: 60, type: .date, value: "X", anchor: .explicit, rule: "t")
        let xml = TimeMLWriter.write(text: "14/12 rồi", dct: nil, expressions: [b, a, c])
        XCTAssertEqual(xml.components(separatedBy: "<TIMEX3").count - 1, 1)
        XCTAssertFalse(xml.contains("<DCT>"))
        XCTAssertTrue(xml.contains("<TEXT><TIMEX3 tid=\"t1\" type=\"DATE\" value=\"XXXX-12-14\">14/12</TIMEX3> rồi</TEXT>"))
    }

    func testReaderSkipsOtherTagsAndDecodesEntities() throws {
        let source = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>doc1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-06" functionInDocument="CREATION_TIME">02/06/1998</TIMEX3></DCT>
        <TEXT>The <EVENT eid="e1">talks</EVENT> of <TIMEX3 tid="t1" type="DATE" value="1998-02-05">Thursday</TIMEX3> &amp; <TIMEX3 tid="t2" type="DURATION" value="P2D" mod="APPROX">about two days</TIMEX3> of <TIMEX3 tid="t3" type="DATE">a long time</TIMEX3>.</TEXT>
        </TimeML>
        """
        let doc = try TimeMLReader.parse(source, id: "fallback")
        XCTAssertEqual(doc.id, "doc1")
        XCTAssertEqual(doc.dct, "1998-02-06")
        XCTAssertEqual(doc.text, "The talks of Thursday & about two days of a long time.")
        XCTAssertEqual(doc.timexes.map(\.text), ["Thursday", "about two days", "a long time"])
        XCTAssertEqual(doc.timexes.map(\.value), ["1998-02-05", "P2D", nil])
        XCTAssertEqual(doc.timexes[1].mod, "APPROX")
        XCTAssertEqual(doc.timexes[1].type, .duration)
        let t = doc.timexes[0]
        XCTAssertEqual(String(decoding: Array(doc.text.utf8)[t.start..<t.end], as: UTF8.self), "Thursday")
    }

    func testReaderErrorsNameFileAndLine() {
        let unclosed = "<TimeML>\n<TEXT>\nOn <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1999\">1999\n</TEXT></TimeML>"
        XCTAssertThrowsError(try TimeMLReader.parse(unclosed, id: "x", file: "bad.tml")) { error in
            let e = error as? TimeMLError
            XCTAssertEqual(e?.file, "bad.tml")
            XCTAssertGreaterThan(e?.line ?? 0, 1)
        }
        XCTAssertThrowsError(try TimeMLReader.parse("<TimeML><DCT></DCT></TimeML>", id: "x", file: "empty.tml")) { error in
            XCTAssertTrue("\(error)".hasPrefix("empty.tml:"))
        }
        XCTAssertThrowsError(try TimeMLReader.parse("<TimeML><TEXT>a < b", id: "x", file: "lt.tml"))
        XCTAssertThrowsError(try TimeMLReader.read(contentsOf: URL(fileURLWithPath: "/nonexistent/none.tml")))
    }

    func testReadsWikiWarsStructure() throws {
        let url = sharedDirectory().appendingPathComponent("data/wikiwars-timex3/01_WW2.tml")
        guard FileManager.default.fileExists(atPath: url.path) else { throw XCTSkip("WikiWars not present") }
        let doc = try TimeMLReader.read(contentsOf: url)
        XCTAssertEqual(doc.id, "01_WW2")
        XCTAssertEqual(doc.dct, "2009-12-19")
        XCTAssertEqual(doc.timexes.first?.value, "2009-12-19T17:00:00")
        XCTAssertEqual(doc.timexes[1].text, "September 1, 1939")
        XCTAssertGreaterThan(doc.timexes.count, 150)
        for t in doc.timexes {
            XCTAssertEqual(String(decoding: Array(doc.text.utf8)[t.start..<t.end], as: UTF8.self), t.text)
        }
    }
}
