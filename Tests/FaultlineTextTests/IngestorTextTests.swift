import XCTest
import FaultlineModel
@testable import FaultlineText

final class IngestorTextTests: XCTestCase {
    func testPlainTextFileTitleBodyIdAndLanguageSuffix() throws {
        let dir = try TestSupport.temporaryDirectory(self)
        let path = try TestSupport.write("\n\nRussia and Turkey back Aleppo truce\n\nThe two ministers spoke by phone on Wednesday.\n",
                                         to: "truce-2016.vi.txt", in: dir)
        var ingestor = Ingestor()
        let r = ingestor.readAll([path])
        XCTAssertEqual(r.issues, [])
        let d = try XCTUnwrap(r.documents.first)
        XCTAssertEqual(d.id, "truce-2016")
        XCTAssertEqual(d.language, "vi")  // the suffix wins over the guess
        XCTAssertEqual(d.title, "Russia and Turkey back Aleppo truce")
        XCTAssertEqual(d.text, "The two ministers spoke by phone on Wednesday.")
        XCTAssertEqual(d.origin, path)
        XCTAssertNil(d.published)
        XCTAssertEqual(d.sentences.map(\.role), [.title, .lead])
    }

    func testOptionsOverridePublishedAndLanguage() throws {
        let dir = try TestSupport.temporaryDirectory(self)
        let path = try TestSupport.write("Tiêu đề\n\nNga và Thổ Nhĩ Kỳ điện đàm.", to: "a.txt", in: dir)
        var ingestor = Ingestor(options: IngestOptions(published: "2016-12-15", language: "en-GB"))
        let d = try XCTUnwrap(ingestor.readAll([path]).documents.first)
        XCTAssertEqual(d.published, "2016-12-15")
        XCTAssertEqual(d.language, "en")

        var bad = Ingestor(options: IngestOptions(published: "15 Dec"))
        let r = bad.readAll([path])
        XCTAssertEqual(r.errors.map(\.file), ["--published"])
        XCTAssertNil(r.documents.first?.published)
        XCTAssertEqual(r.documents.first?.language, "vi")
    }

    func testMarkdownTitleAndMissingTitleLine() throws {
        let dir = try TestSupport.temporaryDirectory(self)
        let md = try TestSupport.write("# Ceasefire talks stall\n\nNegotiators left Doha without a deal on Friday.", to: "notes.md", in: dir)
        let long = String(repeating: "The army said it had repelled an attack near the border. ", count: 10)
        let noTitle = try TestSupport.write(long, to: "one-line.txt", in: dir)
        var ingestor = Ingestor()
        let r = ingestor.readAll([md, noTitle])
        XCTAssertEqual(r.documents.map(\.title), ["Ceasefire talks stall", ""])
        XCTAssertEqual(r.documents[1].sentences.count, 10)
        XCTAssertEqual(r.documents[1].sentences.first?.role, .lead)
        XCTAssertEqual(r.documents[1].language, "en")
    }

    func testDuplicateIdsGetDeterministicSuffixes() throws {
        let dir = try TestSupport.temporaryDirectory(self)
        let a = try TestSupport.write("T\n\nNga tấn công.", to: "x/story.vi.txt", in: dir)
        let b = try TestSupport.write("T\n\nNga rút quân.", to: "y/story.en.txt", in: dir)
        let c = try TestSupport.write("T\n\nNga đàm phán.", to: "z/story.txt", in: dir)
        var ingestor = Ingestor()
        XCTAssertEqual(ingestor.readAll([a, b, c, a]).documents.map(\.id), ["story", "story-2", "story-3", "story-4"])
    }

    func testStandardInputTextAndJSONL() throws {
        let dir = try TestSupport.temporaryDirectory(self)
        let text = try TestSupport.write("Headline here\n\nThe minister said the talks would resume.", to: "in.txt", in: dir)
        let jsonl = try TestSupport.write("\n{\"title\":\"A\",\"text\":\"The army said it withdrew.\"}\n{\"id\":\"b\",\"text\":\"Quân đội rút lui.\"}\n",
                                          to: "in.data", in: dir)
        var ingestor = Ingestor()
        var items: [IngestItem] = []
        ingestor.read(handle: try FileHandle(forReadingFrom: URL(fileURLWithPath: text)), label: "-") { items.append($0) }
        ingestor.read(handle: try FileHandle(forReadingFrom: URL(fileURLWithPath: jsonl)), label: "-") { items.append($0) }
        let docs = items.compactMap { if case .document(let d) = $0 { return d } else { return nil } }
        XCTAssertEqual(docs.map(\.id), ["stdin", "stdin-2", "b"])
        XCTAssertEqual(docs.map(\.origin), ["-", "-:2", "-:3"])
        XCTAssertEqual(docs.map(\.language), ["en", "en", "vi"])
        XCTAssertEqual(docs[0].title, "Headline here")
    }

    func testDocumentFromTextInMemory() throws {
        var ingestor = Ingestor()
        let d = try ingestor.document(fromText: "Tiêu đề\n\nNội dung bài báo.", id: "mem", published: "2016-12-14T08:00:00Z")
        XCTAssertEqual(d.published, "2016-12-14")
        XCTAssertEqual(d.origin, "mem")
        XCTAssertThrowsError(try ingestor.document(fromText: " \n\u{200B}\n", id: "blank")) { error in
            XCTAssertEqual((error as? IngestError)?.kind, .emptyDocument)
        }
    }
}
