import Foundation
import XCTest
import FaultlineModel
@testable import FaultlineRender

final class SVGPostProcessorTests: XCTestCase {
    private let processor = SVGPostProcessor()

    /// What Graphviz 2.43 really writes for a raw `&` in `class` and `URL` and `--` in a
    /// node name: not well-formed until repaired.
    func testRepairsGraphvizOutputThatIsNotWellFormed() throws {
        let source = """
            digraph "g&x" {
              "a--b" [class="q&x;", URL="http://example.org/?a=1&b=2", tooltip="R&D; <x>", id="n1"];
            }
            """
        let raw = try GraphvizRenderer.shared.render(dot: source, format: .svg)
        let rawText = String(decoding: raw, as: UTF8.self)
        XCTAssertTrue(rawText.contains("class=\"node q&x;\""), "Graphviz writes the class raw (if this fails, Graphviz got fixed)")
        let svg = try processor.text(raw)
        let parsed = try ParsedSVG(Data(svg.utf8))
        XCTAssertEqual(parsed.element(id: "n1")?.classes, ["node", "q&x;"])
        XCTAssertFalse(svg.contains("<!DOCTYPE"))
        XCTAssertFalse(svg.contains("<!--"))
        XCTAssertFalse(svg.contains("http://example.org"), "external links are dropped by default")
        let kept = try SVGPostProcessor(keepExternalLinks: true).text(raw)
        XCTAssertTrue(kept.contains("xlink:href=\"http://example.org/?a=1&amp;b=2\""))
    }

    func testEmbedsStyleAndCopiesTooltipsIntoTitles() throws {
        var dot = DOTBuilder(name: "tips")
        dot.node("a", ["tooltip": "first line\nsecond line", "id": "node-a", "class": "event"])
        dot.node("b", ["id": "node-b"])
        dot.edge("a", "b", ["tooltip": "edge tip", "id": "edge-ab"])
        let svg = try processor.text(try GraphvizRenderer.shared.render(dot: dot.build(), format: .svg))
        let parsed = try ParsedSVG(Data(svg.utf8))
        let style = try XCTUnwrap(parsed.elements(named: "style").first)
        XCTAssertTrue(style.text.contains(".faded"))
        XCTAssertEqual(parsed.elements.first?.name, "svg")
        XCTAssertEqual(parsed.elements.dropFirst().first?.name, "style", "the style comes first, before anything it styles")
        let titles = parsed.elements(named: "title").map(\.text)
        XCTAssertTrue(titles.contains("first line\nsecond line"), "\(titles)")
        XCTAssertTrue(titles.contains("edge tip"))
        XCTAssertTrue(titles.contains("b"), "a node without tooltip keeps its name as title")
        for forbidden in ["<", ">", "&"] { XCTAssertFalse(SVGPostProcessor.defaultStyle.contains(forbidden)) }
    }

    func testRemovesActiveContent() throws {
        let svg = """
            <?xml version="1.0"?>
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)">
            <script>alert(2)</script>
            <g id="n" class="node" onclick="alert(3)"><title>n</title>
            <a xlink:href="javascript:alert(4)" target="_blank"><text>x</text></a>
            <a xlink:href=" JavaScript:alert(5)"><text>y</text></a>
            <a xlink:href="#n"><text>z</text></a>
            <foreignObject><div>html</div></foreignObject>
            <image xlink:href="http://tracker.example/p.png"/>
            </g></svg>
            """
        for keep in [false, true] {
            let out = try SVGPostProcessor(keepExternalLinks: keep).process(svg)
            XCTAssertFalse(out.lowercased().contains("alert"), out)
            XCTAssertFalse(out.contains("foreignObject"))
            XCTAssertTrue(out.contains("xlink:href=\"#n\""), "fragment links stay")
            XCTAssertEqual(out.contains("tracker.example"), keep)
            XCTAssertNoThrow(try ParsedSVG(Data(out.utf8)))
        }
    }

    func testRepairKeepsValidReferencesAndEscapesTheRest() {
        let text = "<t a=\"&amp; &lt; &#45; &#x6C34; &quot;\">&apos; &D; &nbsp; &#0; &#x110000; & ; &#12a;</t>"
        XCTAssertEqual(SVGPostProcessor.repair(text),
                       "<t a=\"&amp; &lt; &#45; &#x6C34; &quot;\">&apos; &amp;D; &amp;nbsp; &amp;#0; &amp;#x110000; &amp; ; &amp;#12a;</t>")
    }

    func testRepairEscapesMarkupInsideAttributeValuesAndStrayLessThan() {
        let text = "<a href=\"x?<script>&y=1\" t='<b>'>1 < 2 <b>ok</b></a>"
        XCTAssertEqual(SVGPostProcessor.repair(text), "<a href=\"x?&lt;script>&amp;y=1\" t='&lt;b>'>1 &lt; 2 <b>ok</b></a>")
    }

    func testRepairDropsForbiddenCharactersCommentsAndDoctype() {
        let fffe = String(Unicode.Scalar(UInt32(0xFFFE))!)
        let text = "<!DOCTYPE svg [ <!ENTITY x \"y\"> ]><!-- a -- b --><s>a\u{1}b\u{8}c\tok" + fffe + "</s>"
        XCTAssertEqual(SVGPostProcessor.repair(text), "<s>abc\tok</s>")
    }

    /// A cut-off picture is refused, not silently closed: FoundationXML's `parse()` can
    /// return true for it, so the open elements are counted too.
    func testTruncatedSVGIsRefused() throws {
        let svg = try processor.process("<svg><g id=\"graph0\"><title>G</title><g><text>A</text></g></g></svg>")
        let bytes = Array(svg.utf8)
        let end = try XCTUnwrap(svg.range(of: "</svg>", options: .backwards)).upperBound
        // Every cut before the end of `</svg>`.
        for cut in 1..<svg.utf8.distance(from: svg.startIndex, to: end) {
            let text = String(decoding: bytes[..<cut], as: UTF8.self)
            XCTAssertThrowsError(try processor.process(text), "accepted the first \(cut) bytes: \(text)") { error in
                XCTAssertEqual((error as? RenderError)?.stage, .postProcess)
            }
        }
        XCTAssertThrowsError(try processor.process("<svg><g></g>"))
        XCTAssertThrowsError(try processor.process("<svg></svg>after"))
        XCTAssertNoThrow(try processor.process(svg))
    }

    func testInputThatIsNotXMLThrowsWithPosition() {
        XCTAssertThrowsError(try processor.process("<svg><g></svg>", source: "x.svg")) { error in
            let error = error as? RenderError
            XCTAssertEqual(error?.stage, .postProcess)
            XCTAssertEqual(error?.source, "x.svg")
            XCTAssertTrue(error?.summary.contains("line 1") ?? false, "\(String(describing: error))")
        }
        XCTAssertThrowsError(try processor.process("<html/>")) { error in
            XCTAssertTrue("\(error)".contains("not <svg>"))
        }
    }

    func testPicturesRenderConcurrently() throws {
        let analysis = PictureFixture.analysis()
        let expected = try TimelineRenderer().render(analysis)
        let results = PictureResults(count: 16)
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            do {
                switch i % 3 {
                case 0: results.set(i, try TimelineRenderer().render(analysis) == expected ? "same" : "different")
                case 1: results.set(i, try ParsedSVG(try ActorGraphRenderer().render(analysis)).element(id: "actor-russia") != nil ? "same" : "broken")
                default: results.set(i, try ParsedSVG(try ContradictionMapRenderer().render(analysis)).element(id: "claim-c2") != nil ? "same" : "broken")
                }
            } catch {
                results.set(i, "\(error)")
            }
        }
        for i in 0..<16 { XCTAssertEqual(results.get(i), "same", "render \(i)") }
    }

    func testXMLDeclarationCanBeLeftOutForInlining() throws {
        let raw = try GraphvizRenderer.shared.render(dot: "digraph \"g\" { a }", format: .svg)
        XCTAssertTrue(try SVGPostProcessor().text(raw).hasPrefix("<?xml"))
        XCTAssertTrue(try SVGPostProcessor(xmlDeclaration: false).text(raw).hasPrefix("<svg "))
    }

    func testOutputIsDeterministic() throws {
        let dot = TimelineRenderer().dot(for: PictureFixture.analysis())
        let a = try GraphvizRenderer.shared.render(dot: dot, format: .svg)
        let b = try GraphvizRenderer.shared.render(dot: dot, format: .svg)
        XCTAssertEqual(try processor.process(a), try processor.process(b))
    }

    /// Every picture of the hostile fixture is well-formed, has no script element, and
    /// shows the hostile text as text.
    func testHostileAnalysisPicturesStayWellFormedAndInert() throws {
        let analysis = PictureFixture.hostileAnalysis()
        let pictures: [(String, Data)] = [
            ("timeline", try TimelineRenderer().render(analysis)),
            ("timeline-country", try TimelineRenderer(options: TimelineOptions(lanes: .country, maxEvents: 3)).render(analysis)),
            ("actors", try ActorGraphRenderer().render(analysis)),
            ("actors-clustered", try ActorGraphRenderer(options: ActorGraphOptions(clusterByCountry: true, includeLocations: true)).render(analysis)),
            ("contradictions", try ContradictionMapRenderer().render(analysis)),
        ]
        for (name, data) in pictures {
            let parsed = try ParsedSVG(data)
            XCTAssertTrue(parsed.elements(named: "script").isEmpty, name)
            XCTAssertTrue(parsed.elements(named: "foreignObject").isEmpty, name)
            XCTAssertFalse(parsed.elements.contains { $0.attributes.keys.contains { $0.lowercased().hasPrefix("on") } }, name)
            let texts = parsed.elements.map(\.text).joined(separator: "\n")
            XCTAssertTrue(texts.contains("</svg><script>alert(1)</script>") || texts.contains("<script>alert('x')</script>"),
                          "\(name): the hostile text is shown as text")
        }
    }

    func testHostileIdsStayWellFormed() throws {
        var analysis = PictureFixture.analysis()
        let evil = "e\"&<x>--\\N"
        analysis.events[0].id = evil
        analysis.claims[0].events = [evil]
        analysis.actors[0].id = "ru&\"ss<ia>"
        analysis.events[8].target = ["ru&\"ss<ia>"]
        for data in [try TimelineRenderer().render(analysis), try ContradictionMapRenderer().render(analysis)] {
            let parsed = try ParsedSVG(data)
            XCTAssertNotNil(parsed.element(id: "event-" + evil))
        }
    }
}

/// A thread-safe slot per concurrent iteration.
private final class PictureResults: @unchecked Sendable {
    private var values: [String?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: String) { lock.lock(); values[i] = value; lock.unlock() }
    func get(_ i: Int) -> String? { lock.lock(); defer { lock.unlock() }; return values[i] }
}
