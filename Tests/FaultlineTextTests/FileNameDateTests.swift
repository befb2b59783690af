import XCTest
import FaultlineModel
@testable import FaultlineText

/// The publication date a file name gives, used when the file itself gives none.
final class FileNameDateTests: XCTestCase {
    func testDatesInFileNames() {
        XCTAssertEqual(PublishedDate.fromFileName("2024-10-02-vi-lebanon.txt"), "2024-10-02")
        XCTAssertEqual(PublishedDate.fromFileName("/some/dir/2023-11-08-myanmar.vi.txt"), "2023-11-08")
        XCTAssertEqual(PublishedDate.fromFileName("reuters_20240112_red-sea.html"), "2024-01-12")
        XCTAssertEqual(PublishedDate.fromFileName("tin 2023.09.20 karabakh.txt"), "2023-09-20")
        XCTAssertEqual(PublishedDate.fromFileName("gaza_2023_11_15.txt"), "2023-11-15")
        // Not dates: a year alone, a month that does not exist, mixed separators, longer
        // digit runs (ids), years outside 1900–2099.
        XCTAssertNil(PublishedDate.fromFileName("truce-2016.vi.txt"))
        XCTAssertNil(PublishedDate.fromFileName("2024-13-02-story.txt"))
        XCTAssertNil(PublishedDate.fromFileName("2024-10_02-story.txt"))
        XCTAssertNil(PublishedDate.fromFileName("article-1202401120.txt"))
        XCTAssertNil(PublishedDate.fromFileName("id-31415926.txt"))
        XCTAssertNil(PublishedDate.fromFileName("2024-10-021.txt"))
        // The folder's name is not the file's.
        XCTAssertNil(PublishedDate.fromFileName("/archive/2024-10-02/story.txt"))
    }

    func testPlainTextAndHTMLFilesTakeTheirNamesDate() throws {
        let dir = try TestSupport.temporaryDirectory(self)
        let txt = try TestSupport.write("Israel mở chiến dịch trên bộ\n\nQuân đội Israel ngày 1/10 cho biết đã bắt đầu chiến dịch.",
                                        to: "2024-10-02-vi-lebanon.txt", in: dir)
        let html = try TestSupport.write("<html><head><title>Strikes</title></head><body><p>The army said it struck depots.</p></body></html>",
                                         to: "20240112-strikes.html", in: dir)
        var ingestor = Ingestor()
        let r = ingestor.readAll([txt, html])
        XCTAssertEqual(r.issues, [])
        XCTAssertEqual(r.documents.map(\.published), ["2024-10-02", "2024-01-12"])
    }

    func testAnExplicitDateWinsOverTheFileName() throws {
        let dir = try TestSupport.temporaryDirectory(self)
        let html = try TestSupport.write("""
            <html><head><meta property="article:published_time" content="2024-10-03T08:00:00Z">
            <title>Strikes</title></head><body><p>The army said it struck depots.</p></body></html>
            """, to: "2024-10-02-strikes.html", in: dir)
        let jsonl = try TestSupport.write(#"{"id":"a","title":"T","text":"The army said it struck depots."}"# + "\n",
                                          to: "2024-10-02-feed.jsonl", in: dir)
        var ingestor = Ingestor()
        let r = ingestor.readAll([html, jsonl])
        // The page's own date; a feed's file name says nothing about each of its articles.
        XCTAssertEqual(r.documents.map(\.published), ["2024-10-03", nil])
        var overridden = Ingestor(options: IngestOptions(published: "2024-10-05"))
        XCTAssertEqual(overridden.readAll([html]).documents.map(\.published), ["2024-10-05"])
    }
}
