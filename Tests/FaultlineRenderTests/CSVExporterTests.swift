import FaultlineModel
@testable import FaultlineRender
import XCTest

final class CSVExporterTests: XCTestCase {
    /// An independent RFC 4180 reader: quoted fields may hold commas, quotes and line breaks.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r", chars.first == "\n" {
                chars.removeFirst(); row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    func testQuotedCellsRoundTrip() throws {
        let rows = Self.parse(Exporter().csv(ExportFixture.analysis, table: .events))
        let header = try XCTUnwrap(rows.first)
        for r in rows { XCTAssertEqual(r.count, header.count) }
        let text = try XCTUnwrap(header.firstIndex(of: "text"))
        let e4 = try XCTUnwrap(rows.first { $0.first == "e4" })
        // Quotes, commas and the line break survive; the control character \u{01} is dropped.
        XCTAssertEqual(e4[text], ExportFixture.hostileText.replacingOccurrences(of: "\u{01}", with: ""))
        XCTAssertEqual(rows.count, 8)
    }

    func testFormulaInjectionGuardOnTextButNotNumbers() throws {
        let rows = Self.parse(Exporter().csv(ExportFixture.analysis, table: .events))
        let header = rows[0]
        let e6 = try XCTUnwrap(rows.first { $0.first == "e6" })
        XCTAssertEqual(e6[header.firstIndex(of: "trigger")!], "'=SUM(A1)")
        XCTAssertEqual(e6[header.firstIndex(of: "text")!], "'+1 @analyst: Turkey accused the army, -5 said = trouble")
        XCTAssertEqual(e6[header.firstIndex(of: "goldstein")!], "-2")
        let actors = Self.parse(Exporter().csv(ExportFixture.analysis, table: .actors))
        let hostile = try XCTUnwrap(actors.first { $0.first == "x-hostile" })
        XCTAssertTrue(hostile[1].hasPrefix("'=HYPERLINK("))
        for cell in ["@x", "-x", "+x", "=x", "\tx"] {
            XCTAssertTrue(CSVExporter.field(.text(cell)).hasPrefix("'") || CSVExporter.field(.text(cell)).hasPrefix("\"'"), cell)
        }
        XCTAssertEqual(CSVExporter.field(.text("a,\"b\"")), "\"a,\"\"b\"\"\"")
        XCTAssertEqual(CSVExporter.field(.text("plain")), "plain")
    }

    func testEveryTableHasAHeaderAndCRLFLines() {
        for table in CSVTable.allCases {
            let text = Exporter().csv(ExportFixture.analysis, table: table)
            XCTAssertTrue(text.hasSuffix("\r\n"), table.rawValue)
            XCTAssertEqual(Self.parse(text).first?.first, table == .cooccurrence ? "a" : "id", table.rawValue)
        }
        let contradictions = Self.parse(Exporter().csv(ExportFixture.analysis, table: .contradictions))
        XCTAssertEqual(contradictions.count, 3)
        XCTAssertEqual(contradictions[1][5], "c2")
    }
}
