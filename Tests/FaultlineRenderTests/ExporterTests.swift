import FaultlineModel
@testable import FaultlineRender
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Golden files for every export format and CSV table, and determinism.
/// Regenerate: `FAULTLINE_UPDATE_GOLDEN=1 swift test --filter FaultlineRenderTests`.
final class ExporterTests: XCTestCase {
    func testEveryFormatMatchesItsGoldenFile() throws {
        let analysis = ExportFixture.analysis
        for format in ExportFormat.allCases where format != .csv {   // CSV: one golden per table below
            try ExportGolden.check(Exporter().export(analysis, as: format), "fixture.\(format.rawValue).\(format.fileExtension)")
        }
    }

    func testEveryCSVTableMatchesItsGoldenFile() throws {
        let analysis = ExportFixture.analysis
        for table in CSVTable.allCases {
            try ExportGolden.check(Exporter().csv(analysis, table: table), "fixture.\(table.rawValue).csv")
        }
        XCTAssertEqual(Exporter().export(analysis, as: .csv), Exporter().csv(analysis, table: .events))
    }

    func testOutputDoesNotDependOnInputOrder() {
        let a = ExportFixture.analysis
        var b = a
        b.actors.reverse(); b.events.reverse(); b.claims.reverse(); b.documents.reverse()
        b.contradictions.reverse(); b.cooccurrence.reverse(); b.centrality.reverse()
        for format in ExportFormat.allCases {
            XCTAssertEqual(Exporter().export(a, as: format), Exporter().export(b, as: format), format.rawValue)
        }
        XCTAssertEqual(HTMLReport().render(analysis: a, pictures: [:], title: "t"),
                       HTMLReport().render(analysis: b, pictures: [:], title: "t"))
    }

    func testCLINamesAreExactlyTheDocumentedOnes() {
        XCTAssertEqual(ExportFormat.allCases.map(\.rawValue),
                       ["plover", "gdelt", "graphml", "gexf", "timelinejs", "vis", "cytoscape", "csv"])
        XCTAssertEqual(ExportFormat(rawValue: "gexf"), .gexf)
        XCTAssertNil(ExportFormat(rawValue: "GEXF"))
    }

    func testEmptyAnalysisGivesValidEmptyOutputs() throws {
        let empty = Analysis()
        XCTAssertEqual(Exporter().export(empty, as: .plover), "")
        XCTAssertEqual(Exporter().export(empty, as: .gdelt).components(separatedBy: "\n").count, 2)   // header + final newline
        for format in [ExportFormat.timelinejs, .vis, .cytoscape] {
            let text = Exporter().export(empty, as: format)
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(text.utf8)), format.rawValue)
        }
        for format in [ExportFormat.graphml, .gexf] {
            let parser = XMLParser(data: Data(Exporter().export(empty, as: format).utf8))
            XCTAssertTrue(parser.parse(), format.rawValue)
        }
    }

    func testTimelineTitleDefaultsToTheOnlyDocument() throws {
        var a = ExportFixture.analysis
        a.documents = [a.documents[1]]
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(Exporter().export(a, as: .timelinejs).utf8)) as? [String: Any])
        let title = (json["title"] as? [String: Any])?["text"] as? [String: Any]
        XCTAssertEqual(title?["headline"] as? String, "Ceasefire &quot;holds&quot; &amp; talks resume")
        let custom = Exporter(title: "Mine").export(a, as: .timelinejs)
        XCTAssertTrue(custom.contains("\"headline\" : \"Mine\""))
    }
}
