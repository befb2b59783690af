import FaultlineModel
@testable import FaultlineRender
import XCTest

/// GraphML and GEXF read back by an independent reader: Python's networkx, through
/// `Tests/scripts/check_exports.py`. Skipped when python3 or networkx is missing
/// (CI installs `python3-networkx`).
final class ExportNetworkXTests: XCTestCase {
    func testNetworkXReadsGraphMLAndGEXF() throws {
        guard let python = ToolRunner.which("python3") else { throw XCTSkip("python3 is not installed") }
        guard let probe = ToolRunner.run(python, ["-c", "import networkx"]), probe.status == 0 else {
            throw XCTSkip("networkx is not installed (pip install networkx, or apt-get install python3-networkx)")
        }
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let graphml = dir.appendingPathComponent("fixture.graphml"), gexf = dir.appendingPathComponent("fixture.gexf")
        try Data(Exporter().export(ExportFixture.analysis, as: .graphml).utf8).write(to: graphml)
        try Data(Exporter().export(ExportFixture.analysis, as: .gexf).utf8).write(to: gexf)
        let script = PackageRoot.url.appendingPathComponent("Tests/scripts/check_exports.py").path
        let result = try XCTUnwrap(ToolRunner.run(python, [script, "--graphml", graphml.path, "--gexf", gexf.path,
                                                           "--nodes", String(ExportFixture.expectedNodes),
                                                           "--edges", String(ExportFixture.expectedEdges)]))
        XCTAssertEqual(result.status, 0, result.output + result.error)
        let lines = result.output.split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        for line in lines {
            let summary = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            XCTAssertEqual(summary["nodes"] as? Int, ExportFixture.expectedNodes)
            XCTAssertEqual(summary["edges"] as? Int, ExportFixture.expectedEdges)
            XCTAssertEqual(summary["problems"] as? [String], [])
        }
    }
}
