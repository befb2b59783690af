import FaultlineModel
@testable import FaultlineRender
import XCTest

final class GraphMLExporterTests: XCTestCase {
    func testParsesBackWithDeclaredKeysAndConnectedEdges() throws {
        let xml = try XMLTestParser.parse(Exporter().export(ExportFixture.analysis, as: .graphml))
        let root = try XCTUnwrap(xml.elements.first)
        XCTAssertEqual(root.name, "graphml")
        XCTAssertEqual(root.namespace, "http://graphml.graphdrawing.org/xmlns")
        let keys = xml.all("key")
        let keyIDs = Set(keys.compactMap { $0.attributes["id"] })
        XCTAssertEqual(keyIDs.count, keys.count, "key ids are unique")
        for k in keys {
            XCTAssertNotNil(k.attributes["attr.name"])
            XCTAssertTrue(["string", "int", "double", "boolean"].contains(k.attributes["attr.type"] ?? ""))
            XCTAssertTrue(["node", "edge"].contains(k.attributes["for"] ?? ""))
        }
        for d in xml.all("data") { XCTAssertTrue(keyIDs.contains(d.attributes["key"] ?? ""), "undeclared key \(d.attributes["key"] ?? "")") }
        XCTAssertEqual(xml.all("graph").first?.attributes["edgedefault"], "directed")

        let nodes = xml.all("node"), edges = xml.all("edge")
        XCTAssertEqual(nodes.count, ExportFixture.expectedNodes)
        XCTAssertEqual(edges.count, ExportFixture.expectedEdges)
        let nodeIDs = Set(nodes.compactMap { $0.attributes["id"] })
        XCTAssertEqual(nodeIDs.count, nodes.count)
        XCTAssertTrue(nodeIDs.contains("actor:ghost-actor"), "an actor only referenced by an event still gets a node")
        for e in edges {
            XCTAssertTrue(nodeIDs.contains(e.attributes["source"] ?? ""))
            XCTAssertTrue(nodeIDs.contains(e.attributes["target"] ?? ""))
        }
        XCTAssertEqual(Set(edges.compactMap { $0.attributes["id"] }).count, edges.count)
    }

    func testEdgeKindsAndHostileLabels() throws {
        let xml = try XMLTestParser.parse(Exporter().export(ExportFixture.analysis, as: .graphml))
        let kindKey = try XCTUnwrap(xml.all("key").first { $0.attributes["for"] == "edge" && $0.attributes["attr.name"] == "kind" }?.attributes["id"])
        let kinds = xml.all("data").filter { $0.attributes["key"] == kindKey }.map(\.text)
        XCTAssertEqual(Dictionary(grouping: kinds, by: { $0 }).mapValues(\.count),
                       ["source": 7, "target": 7, "location": 2, "says": 3, "via": 1, "reports": 3, "contradicts": 2, "cooccurs": 2])
        let labels = xml.all("data").filter { $0.attributes["key"] == "d_label" }.map(\.text)
        // The bell character is not allowed in XML 1.0 and is dropped; everything else survives.
        XCTAssertTrue(labels.contains(ExportFixture.hostileName.replacingOccurrences(of: "\u{07}", with: "")))
        XCTAssertTrue(labels.contains(ExportFixture.longName))
        let texts = xml.all("data").map(\.text)
        XCTAssertTrue(texts.contains(ExportFixture.hostileText.replacingOccurrences(of: "\u{01}", with: "")))
    }
}
