import Foundation
import XCTest

/// `Output/` is what the README's main command produces from `Examples/`; it must not go stale.
final class GalleryTests: XCTestCase {
    func testOutputGalleryIsUpToDate() throws {
        let root = CLIHarness.packageRoot
        let tmp = try CLIHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let r = try CLIHarness.run(["analyze", "Examples", "--out", tmp.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        let committed = root.appendingPathComponent("Output")
        let produced = try FileManager.default.contentsOfDirectory(atPath: tmp.path).sorted()
        XCTAssertEqual(produced, ["actors.dot", "actors.svg", "analysis.json", "contradictions.dot", "contradictions.svg",
                                  "report.html", "timeline.dot", "timeline.svg"])
        for name in produced {
            let fresh = try Data(contentsOf: tmp.appendingPathComponent(name))
            let old = try? Data(contentsOf: committed.appendingPathComponent(name))
            XCTAssertEqual(fresh, old, "Output/\(name) is stale: regenerate it with `swift run faultline analyze Examples` and commit it")
        }
    }

    func testSameInputSameBytes() throws {
        let a = try CLIHarness.run(["analyze", "Examples", "--json", "--jobs", "1"])
        let b = try CLIHarness.run(["analyze", "Examples", "--json", "--jobs", "4"])
        XCTAssertEqual(a.status, 0, a.stderr)
        XCTAssertEqual(a.stdout, b.stdout, "one and four threads must give byte-identical JSON")
        XCTAssertGreaterThan(a.stdout.count, 1000)
    }

    func testTimelineSVGIsWellFormedXML() throws {
        let svg = CLIHarness.packageRoot.appendingPathComponent("Output/timeline.svg")
        let data = try Data(contentsOf: svg)
        let parser = XMLParserProbe(data: data)
        XCTAssertTrue(parser.parse(), "Output/timeline.svg is not well-formed: \(parser.error ?? "")")
    }
}

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses XML and keeps the first error.
final class XMLParserProbe: NSObject, XMLParserDelegate {
    let parser: XMLParser
    var error: String?

    init(data: Data) {
        parser = XMLParser(data: data)
        super.init()
        parser.delegate = self
    }

    func parse() -> Bool {
        let ok = parser.parse()
        if !ok && error == nil { error = parser.parserError.map { "\($0)" } ?? "unknown" }
        return ok
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if error == nil { error = "line \(parser.lineNumber): \(parseError)" }
    }
}
