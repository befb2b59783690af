import FaultlineModel
@testable import FaultlineRender
import XCTest

final class GEXFExporterTests: XCTestCase {
    func testParsesBackAsDynamicGEXF13() throws {
        let xml = try XMLTestParser.parse(Exporter().export(ExportFixture.analysis, as: .gexf))
        let root = try XCTUnwrap(xml.elements.first)
        XCTAssertEqual(root.name, "gexf")
        XCTAssertEqual(root.namespace, "http://gexf.net/1.3")
        XCTAssertEqual(root.attributes["version"], "1.3")
        let graph = try XCTUnwrap(xml.all("graph").first)
        XCTAssertEqual(graph.attributes["mode"], "dynamic")
        XCTAssertEqual(graph.attributes["timeformat"], "date")
        XCTAssertEqual(xml.all("node").count, ExportFixture.expectedNodes)
        XCTAssertEqual(xml.all("edge").count, ExportFixture.expectedEdges)

        // Every attvalue refers to an attribute declared for its class.
        var declared: [String: Set<String>] = [:]
        for (i, el) in xml.elements.enumerated() where el.name == "attribute" {
            let cls = xml.elements[el.parent!].attributes["class"] ?? ""
            declared[cls, default: []].insert(el.attributes["id"] ?? "")
            _ = i
        }
        XCTAssertEqual(declared["node"]?.count, ExportGraph.nodeAttributes.count)
        for el in xml.elements where el.name == "attvalue" {
            let owner = xml.elements[xml.elements[el.parent!].parent!]
            XCTAssertTrue(declared[owner.name]?.contains(el.attributes["for"] ?? "") ?? false)
        }
    }

    func testSpansFollowDatePrecision() throws {
        let xml = try XMLTestParser.parse(Exporter().export(ExportFixture.analysis, as: .gexf))
        let nodes = Dictionary(uniqueKeysWithValues: xml.all("node").map { ($0.attributes["id"]!, $0.attributes) })
        XCTAssertEqual(nodes["event:e1"]?["start"], "2016-12-14")
        XCTAssertEqual(nodes["event:e1"]?["end"], "2016-12-14")
        XCTAssertEqual(nodes["event:e4"]?["start"], "2016-12-01")
        XCTAssertEqual(nodes["event:e4"]?["end"], "2016-12-31")
        XCTAssertEqual(nodes["event:e6"]?["start"], "2016-12-12")   // 2016-W50, Monday to Sunday
        XCTAssertEqual(nodes["event:e6"]?["end"], "2016-12-18")
        XCTAssertNil(nodes["event:e5"]?["start"])                   // undated: always visible
        XCTAssertNil(nodes["event:e7"]?["start"])                   // year unknown
        XCTAssertEqual(nodes["actor:turkey"]?["start"], "2016-12-01") // its events span e4 … e6
        XCTAssertEqual(nodes["actor:turkey"]?["end"], "2016-12-31")
        XCTAssertEqual(nodes["actor:x-hostile"]?["label"], ExportFixture.hostileName.replacingOccurrences(of: "\u{07}", with: ""))
        let edge = try XCTUnwrap(xml.all("edge").first { $0.attributes["id"] == "contradicts:x1" })
        XCTAssertEqual(edge.attributes["weight"], "0.86")
        XCTAssertEqual(edge.attributes["start"], "2016-12-14")
        let colors = xml.elements.filter { $0.name == "color" && $0.namespace == "http://gexf.net/1.3/viz" }
        XCTAssertEqual(colors.count, 7)
    }
}
