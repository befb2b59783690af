import Foundation
import XCTest
@testable import FaultlineRender

final class GraphvizRendererTests: XCTestCase {
    private let renderer = GraphvizRenderer.shared
    private let small = """
        digraph "small" {
          "a" [label="Alpha", id="nodeA", class="event quad1"];
          "b" [label="Beta"];
          "a" -> "b";
        }
        """

    func testRendersSVG() throws {
        let svg = String(decoding: try renderer.render(dot: small, format: .svg), as: UTF8.self)
        XCTAssertTrue(svg.contains("<svg"))
        XCTAssertTrue(svg.contains("<title>small</title>"), "the graph's name is its title")
        XCTAssertTrue(svg.contains("id=\"nodeA\""))
        XCTAssertTrue(svg.contains("class=\"node event quad1\""))
        XCTAssertTrue(svg.contains(">Alpha</text>"))
    }

    func testRendersPNGWithMagicBytes() throws {
        let png = try renderer.render(dot: small, format: .png)
        XCTAssertGreaterThan(png.count, 100)
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    func testRendersPDF() throws {
        let pdf = try renderer.render(dot: small, format: .pdf)
        XCTAssertEqual(String(decoding: pdf.prefix(5), as: UTF8.self), "%PDF-")
        XCTAssertTrue(String(decoding: pdf.suffix(16), as: UTF8.self).contains("%%EOF"))
    }

    func testRendersPlainWithPositions() throws {
        let text = String(decoding: try renderer.render(dot: small, format: .plain), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("graph "))
        XCTAssertTrue(text.hasSuffix("stop\n"))
        let layout = PlainLayout(text)
        let a = try XCTUnwrap(layout.node("a")), b = try XCTUnwrap(layout.node("b"))
        XCTAssertEqual(a.label, "Alpha")
        XCTAssertGreaterThan(a.y, b.y, "top-to-bottom: the tail is above the head")
        XCTAssertEqual(layout.edges, [PlainLayout.Edge(tail: "a", head: "b")])
    }

    func testPlainLayoutReadsQuotedAndContinuedFields() throws {
        let long = String(repeating: "Ω long name ", count: 200)
        let dot = "digraph \"p\" { \"\(long)\" [label=\"say \\\"hi\\\"\"]; \"\(long)\" -> \"b c\"; }"
        let text = String(decoding: try renderer.render(dot: dot, format: .plain), as: UTF8.self)
        XCTAssertTrue(text.contains("\\\n"), "Graphviz breaks the long name over lines")
        let layout = PlainLayout(text)
        XCTAssertEqual(layout.nodes.map(\.name).sorted(), ["b c", long].sorted())
        XCTAssertEqual(layout.node(long)?.label, "say \"hi\"")
        XCTAssertEqual(layout.edges, [PlainLayout.Edge(tail: long, head: "b c")])
    }

    func testOtherEnginesLayOut() throws {
        for engine in [LayoutEngine.neato, .fdp, .sfdp, .circo, .twopi] {
            let text = String(decoding: try renderer.render(dot: small, format: .plain, engine: engine), as: UTF8.self)
            XCTAssertEqual(PlainLayout(text).nodes.count, 2, "\(engine)")
        }
    }

    func testSyntaxErrorThrowsGraphvizMessageAndNextRenderWorks() throws {
        let bad = "digraph \"bad\" {\n  a -> ;\n}\n"
        XCTAssertThrowsError(try renderer.render(dot: bad, source: "bad.dot")) { error in
            guard let error = error as? RenderError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.stage, .parse)
            XCTAssertEqual(error.source, "bad.dot")
            XCTAssertTrue(error.messages.contains { $0.contains("syntax error in line 2") }, "\(error.messages)")
            XCTAssertTrue(error.description.hasPrefix("bad.dot: parse:"))
        }
        // The lexer and the error channel are reset: a good graph renders and reports no
        // stale error; a second bad graph reports only its own line.
        let output = try renderer.renderWithWarnings(dot: small, format: .svg)
        XCTAssertTrue(String(decoding: output.data, as: UTF8.self).contains("<title>small</title>"))
        XCTAssertEqual(output.warnings, [])
        XCTAssertThrowsError(try renderer.render(dot: "graph \"g\" {\n\n\n a -- ; }")) { error in
            let messages = (error as? RenderError)?.messages ?? []
            XCTAssertEqual(messages.count, 1, "\(messages)")
            XCTAssertTrue(messages.first?.contains("line 4") ?? false, "\(messages)")
        }
        XCTAssertNoThrow(try renderer.render(dot: small, format: .plain))
    }

    func testLeftoversOfOneInputNeverReachTheNext() throws {
        // Trailing text after a graph, an unterminated string, comment or HTML label: cgraph's
        // global lexer keeps them buffered unless it is reset before each read.
        let leftovers = ["digraph \"a\" { x -> y } }}} ", "digraph \"c\" { x [label=\"unterminated",
                         "/* open comment", "digraph \"j\" { x [label=<html", "digraph \"f\" { x } digraph \"g\" {}"]
        for (i, input) in leftovers.enumerated() {
            _ = try? renderer.render(dot: input, format: .plain)
            let text = String(decoding: try renderer.render(dot: "digraph \"next\(i)\" {\n z; }", format: .dot), as: UTF8.self)
            XCTAssertTrue(text.hasPrefix("digraph next\(i) {"), "after \(input): \(text)")
        }
    }

    func testEmptyAndNULInputThrow() {
        XCTAssertThrowsError(try renderer.render(dot: "")) { error in
            XCTAssertEqual((error as? RenderError)?.stage, .parse)
        }
        XCTAssertThrowsError(try renderer.render(dot: "digraph a {\u{0} b }")) { error in
            XCTAssertTrue("\(error)".contains("NUL byte at byte offset 11"), "\(error)")
        }
    }

    func testWarningsAreReturnedNotThrown() throws {
        let output = try renderer.renderWithWarnings(dot: "digraph \"w\" { a [shape=\"nosuchshape\"]; }", format: .svg)
        XCTAssertTrue(output.warnings.contains { $0.contains("nosuchshape") }, "\(output.warnings)")
        let clean = try renderer.renderWithWarnings(dot: small, format: .svg)
        XCTAssertEqual(clean.warnings, [], "warnings of one graph never leak into the next")
    }

    func testRendersManyTimesInALoop() throws {
        // Each iteration allocates and frees a graph, a layout and a render buffer; a leak or
        // a double free shows up under valgrind or as a crash here.
        for i in 0..<200 {
            let dot = "digraph \"loop\" { \"n\(i)\" -> \"m\(i)\" [label=\"\(i)\"]; }"
            let data = try renderer.render(dot: dot, format: i % 2 == 0 ? .svg : .plain)
            XCTAssertFalse(data.isEmpty)
        }
    }

    func testConcurrentRendersAllSucceed() {
        let count = 48
        let results = ResultBox(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { i in
            let dot = i % 8 == 7 ? "digraph { broken -> }" : "digraph \"c\(i)\" { \"x\(i)\" -> \"y\(i)\"; }"
            do {
                let svg = String(decoding: try renderer.render(dot: dot, format: .svg), as: UTF8.self)
                results.set(i, svg.contains("<title>c\(i)</title>") ? "ok" : "wrong output")
            } catch let error as RenderError {
                results.set(i, error.messages.contains { $0.contains("syntax error") } ? "bad" : "wrong error \(error)")
            } catch {
                results.set(i, "unexpected \(error)")
            }
        }
        for i in 0..<count {
            XCTAssertEqual(results.get(i), i % 8 == 7 ? "bad" : "ok", "render \(i)")
        }
    }

    func testUnknownEngineAndFormatAreErrorsWithGraphvizMessage() throws {
        XCTAssertThrowsError(try renderer.render(dot: small, formatName: "svg", engineName: "nosuchengine", source: "x.dot")) { error in
            let error = error as? RenderError
            XCTAssertEqual(error?.stage, .layout)
            XCTAssertTrue(error?.messages.contains { $0.contains("nosuchengine") } ?? false, "\(String(describing: error))")
        }
        XCTAssertThrowsError(try renderer.render(dot: small, formatName: "nosuchformat", engineName: "dot", source: "x.dot")) { error in
            let error = error as? RenderError
            XCTAssertEqual(error?.stage, .render)
            XCTAssertTrue(error?.messages.contains { $0.contains("nosuchformat") } ?? false, "\(String(describing: error))")
        }
        XCTAssertNoThrow(try renderer.render(dot: small, format: .svg))
        XCTAssertTrue(renderer.availableFormats().contains { $0.hasPrefix("svg") })
    }
}

/// A thread-safe slot per concurrent iteration.
private final class ResultBox: @unchecked Sendable {
    private var values: [String?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: String) { lock.lock(); values[i] = value; lock.unlock() }
    func get(_ i: Int) -> String? { lock.lock(); defer { lock.unlock() }; return values[i] }
}
