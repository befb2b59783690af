import FaultlineModel
@testable import FaultlineRender
import XCTest

final class GDELTExporterTests: XCTestCase {
    private func table() -> [[String]] {
        let text = Exporter().export(ExportFixture.analysis, as: .gdelt)
        XCTAssertTrue(text.hasSuffix("\n"))
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    func testHeaderAndRectangularRows() {
        let rows = table()
        XCTAssertEqual(rows.first, GDELTExporter.columns)
        for row in rows { XCTAssertEqual(row.count, GDELTExporter.columns.count, row.first ?? "") }
    }

    func testCompoundActorsExpandToOneRowPerPair() {
        let ids = table().dropFirst().map { $0[0] }
        XCTAssertEqual(ids, ["e4.1", "e4.2", "e4.3", "e4.4", "e6", "e1", "e2", "e3", "e7", "e5"])
        let e4 = table().filter { $0[0].hasPrefix("e4.") }
        XCTAssertEqual(e4.map { $0[6] }, ["Nga", "Thổ Nhĩ Kỳ", "Nga", "Thổ Nhĩ Kỳ"])   // Actor2Name
        XCTAssertEqual(e4.map { $0[2] }, ["", "", "SYRGOV", "SYRGOV"])                  // Actor1Code
        XCTAssertTrue(e4[0][3].hasPrefix("'=HYPERLINK("), "names get the spreadsheet formula guard")
    }

    func testCodesDatesAndGeo() throws {
        let col = Dictionary(uniqueKeysWithValues: GDELTExporter.columns.enumerated().map { ($1, $0) })
        let byID = Dictionary(uniqueKeysWithValues: table().dropFirst().map { ($0[0], $0) })
        let e3 = try XCTUnwrap(byID["e3"])
        XCTAssertEqual(e3[col["SQLDATE"]!], "20161214")
        XCTAssertEqual(e3[col["EventCode"]!], "1246")
        XCTAssertEqual(e3[col["EventBaseCode"]!], "124")
        XCTAssertEqual(e3[col["EventRootCode"]!], "12")
        XCTAssertEqual(e3[col["QuadClass"]!], "3")
        XCTAssertEqual(e3[col["GoldsteinScale"]!], "-4")
        XCTAssertEqual(e3[col["SOURCEURL"]!], "https://example.org/a?x=1&y=2")
        let e2 = try XCTUnwrap(byID["e2"])
        XCTAssertEqual(e2[col["ActionGeo_FullName"]!], "Aleppo")
        XCTAssertEqual(e2[col["ActionGeo_CountryCode"]!], "SYR")
        XCTAssertEqual(try XCTUnwrap(byID["e4.1"])[col["NumMentions"]!], "2")
        XCTAssertEqual(try XCTUnwrap(byID["e4.1"])[col["NumSources"]!], "2")
        XCTAssertEqual(try XCTUnwrap(byID["e4.1"])[col["SQLDATE"]!], "20161201")
        XCTAssertEqual(try XCTUnwrap(byID["e4.1"])[col["DatePrecision"]!], "month")
        XCTAssertEqual(try XCTUnwrap(byID["e5"])[col["SQLDATE"]!], "")
        XCTAssertEqual(try XCTUnwrap(byID["e5"])[col["Negated"]!], "1")
        XCTAssertEqual(try XCTUnwrap(byID["e6"])[col["SOURCEURL"]!], "en-wire-1")      // no URL: the document id
    }

    func testLineBreaksTabsAndControlsBecomeSpaces() {
        XCTAssertEqual(ExportEscaping.tsvField("a\tb\nc\r\n\u{01}d\u{2028}e"), "a b c d e")
        let text = Exporter().export(ExportFixture.analysis, as: .gdelt)
        XCTAssertFalse(text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" && $0 != "\n" })
    }
}
