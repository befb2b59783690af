import XCTest
import FaultlineModel
@testable import FaultlineText

final class IngestorJSONLTests: XCTestCase {
    func testArticlesWithAllFields() throws {
        let dir = try TestSupport.temporaryDirectory(self)
        let path = try TestSupport.write("""
        {"id": "r1", "title": "Syria army advances", "text": "Government forces advanced in Aleppo on Tuesday.\\n\\nRebels said they held their lines.", "published": "2016-12-13T18:45:00+02:00", "source": "Reuters", "language": "en-US", "url": "https://example.com/r1"}
        {"id": 42, "title": "Quân đội Syria tiến công", "text": "Quân đội Syria tiến vào Aleppo.", "published": "14/12/2016", "language": "vi"}
        {"text": "Không có tiêu đề và không có id."}
        """, to: "corpus.jsonl", in: dir)
        var ingestor = Ingestor()
        let r = ingestor.readAll([path])
        XCTAssertEqual(r.issues, [])
        XCTAssertEqual(r.documents.map(\.id), ["r1", "42", "corpus-3"])
        let d = r.documents[0]
        XCTAssertEqual(d.published, "2016-12-13")
        XCTAssertEqual(d.source, "Reuters")
        XCTAssertEqual(d.language, "en")
        XCTAssertEqual(d.url, "https://example.com/r1")
        XCTAssertEqual(d.origin, "\(path):1")
        XCTAssertEqual(d.sentences.map(\.role), [.title, .lead, .body])
        XCTAssertEqual(d.sentences.map(\.paragraph), [0, 1, 2])
        XCTAssertEqual(r.documents[1].published, "2016-12-14")
        XCTAssertEqual(r.documents[2].title, "")
        XCTAssertEqual(r.documents[2].language, "vi")
    }

    func testMalformedLinesAreReportedAndTheRestProcessed() throws {
        let dir = try TestSupport.temporaryDirectory(self)
        let path = try TestSupport.write("""
        {"id": "a", "text": "First article."}
        {"id": "b", "text": "Broken
        not json at all

        {"id": "c", "title": "No text here"}
        ["an", "array"]
        {"id": "d", "text": 12}
        {"id": "e", "text": "   "}
        {"id": "f", "text": "Last article.", "published": "sometime"}
        """, to: "mixed.jsonl", in: dir)
        var ingestor = Ingestor()
        let r = ingestor.readAll([path])
        XCTAssertEqual(r.documents.map(\.id), ["a", "f"])
        let lines = r.issues.map { "\($0.line ?? 0) \($0.kind.rawValue) \($0.severity.rawValue)" }
        XCTAssertEqual(lines, [
            "2 malformedJSON error", "3 malformedJSON error", "5 missingField error", "6 malformedJSON error",
            "7 invalidField error", "8 emptyDocument error", "9 invalidField warning",
        ])
        XCTAssertTrue(r.issues[0].description.hasPrefix("\(path):2: malformed JSON: unterminated string at column 21"), r.issues[0].description)
        XCTAssertEqual(r.issues[2].description, "\(path):5: missing \"text\" field")
        XCTAssertTrue(r.issues[6].description.hasPrefix("\(path):9: warning: unrecognised date"))
        XCTAssertNil(r.documents[1].published)
    }

    func testStreamsAHundredThousandLines() throws {
        let dir = try TestSupport.temporaryDirectory(self)
        let url = dir.appendingPathComponent("big.jsonl")
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: nil))
        let out = try FileHandle(forWritingTo: url)
        var chunk = ""
        for i in 0..<100_000 {
            chunk += "{\"id\":\"n\(i)\",\"text\":\"Unit \(i) withdrew.\",\"language\":\"en\"}\n"
            if i % 10_000 == 9_999 { out.write(Data(chunk.utf8)); chunk = "" }
        }
        try out.close()

        var ingestor = Ingestor()
        var count = 0, issues = 0
        var last = ""
        ingestor.read(url.path) { item in
            switch item {
            case .document(let d): count += 1; last = d.id
            case .issue: issues += 1
            }
        }
        XCTAssertEqual(count, 100_000)
        XCTAssertEqual(issues, 0)
        XCTAssertEqual(last, "n99999")
    }

    func testLineReaderHandlesChunkBoundariesCRLFAndLongLines() throws {
        let dir = try TestSupport.temporaryDirectory(self)
        let path = try TestSupport.write("ab\r\n\ncdef\n" + String(repeating: "x", count: 50) + "\nlast", to: "l.txt", in: dir)
        var reader = LineReader(handle: try FileHandle(forReadingFrom: URL(fileURLWithPath: path)), maxLineBytes: 10, chunkSize: 3)
        var lines: [String] = []
        while let line = reader.next() {
            lines.append("\(line.number)@\(line.offset):" + (line.overflow.map { "overflow \($0)" } ?? String(decoding: line.bytes, as: UTF8.self)))
        }
        XCTAssertEqual(lines, ["1@0:ab", "2@4:", "3@5:cdef", "4@10:overflow 50", "5@61:last"])
    }

    func testJSONParserMessagesAndLimits() {
        func parse(_ s: String) -> Result<JSONLineParser.Value, JSONLineParser.Failure> { JSONLineParser.parse(Array(s.utf8)) }
        XCTAssertEqual(try parse(#"{"a": "x\"y\u00e9\ud83d\ude00", "b": [1, -2.5e3, true, null]}"#).get(),
                       .object(["a": .string("x\"yé😀"), "b": .array([.number("1"), .number("-2.5e3"), .bool(true), .null])]))
        XCTAssertEqual(try parse(#"{"a": "\ud800"}"#).get(), .object(["a": .string("\u{FFFD}")]))
        guard case .failure(let f) = parse(#"{"a" 1}"#) else { return XCTFail() }
        XCTAssertEqual(f.message, "expected ':' after key \"a\"")
        guard case .failure(let deep) = parse(String(repeating: "[", count: 100_000)) else { return XCTFail() }
        XCTAssertTrue(deep.message.contains("nesting"))
        guard case .failure(let trailing) = parse(#"{} x"#) else { return XCTFail() }
        XCTAssertEqual(trailing.offset, 3)
    }

    func testPublishedDateForms() {
        XCTAssertEqual(PublishedDate.normalize("2016-12-14"), "2016-12-14")
        XCTAssertEqual(PublishedDate.normalize("2016-12-14T23:59:59.000+07:00"), "2016-12-14")
        XCTAssertEqual(PublishedDate.normalize("2016/12/14 08:00"), "2016-12-14")
        XCTAssertEqual(PublishedDate.normalize("20161214"), "2016-12-14")
        XCTAssertEqual(PublishedDate.normalize("4/1/2017"), "2017-01-04")
        XCTAssertEqual(PublishedDate.normalize("14.12.2016"), "2016-12-14")
        XCTAssertNil(PublishedDate.normalize("2016-13-01"))
        XCTAssertNil(PublishedDate.normalize("2017-02-29"))
        XCTAssertNil(PublishedDate.normalize("yesterday"))
        XCTAssertNil(PublishedDate.normalize("2016-12-145"))
    }
}
