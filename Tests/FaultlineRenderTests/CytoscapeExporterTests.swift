import FaultlineModel
@testable import FaultlineRender
import XCTest

final class CytoscapeExporterTests: XCTestCase {
    func testElementsHaveIdsAndEdgesConnectNodes() throws {
        let text = Exporter().export(ExportFixture.analysis, as: .cytoscape)
        let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let elements = try XCTUnwrap(doc["elements"] as? [String: Any])
        let nodes = try XCTUnwrap(elements["nodes"] as? [[String: Any]])
        let edges = try XCTUnwrap(elements["edges"] as? [[String: Any]])
        XCTAssertEqual(nodes.count, ExportFixture.expectedNodes)
        XCTAssertEqual(edges.count, ExportFixture.expectedEdges)
        var ids = Set<String>()
        for n in nodes {
            let data = try XCTUnwrap(n["data"] as? [String: Any])
            ids.insert(try XCTUnwrap(data["id"] as? String))
            XCTAssertNotNil(data["label"] as? String)
        }
        XCTAssertEqual(ids.count, nodes.count)
        for e in edges {
            let data = try XCTUnwrap(e["data"] as? [String: Any])
            XCTAssertNotNil(data["id"] as? String)
            XCTAssertTrue(ids.contains(try XCTUnwrap(data["source"] as? String)))
            XCTAssertTrue(ids.contains(try XCTUnwrap(data["target"] as? String)))
            XCTAssertNotNil(data["kind"] as? String)
        }
        let e2 = try XCTUnwrap(nodes.compactMap { $0["data"] as? [String: Any] }.first { $0["id"] as? String == "event:e2" })
        XCTAssertEqual(e2["quad"] as? Int, 4)
        XCTAssertEqual(e2["goldstein"] as? Double, -10)
        XCTAssertEqual(e2["start"] as? String, "2016-12-14")
        let hostile = try XCTUnwrap(nodes.compactMap { $0["data"] as? [String: Any] }.first { $0["id"] as? String == "actor:x-hostile" })
        XCTAssertEqual(hostile["label"] as? String, ExportFixture.hostileName, "plain-text labels keep every character")
    }
}
