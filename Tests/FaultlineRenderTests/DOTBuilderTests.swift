import Foundation
import XCTest
@testable import FaultlineRender

final class DOTBuilderTests: XCTestCase {
    func testQuotesEveryIdAndValue() {
        var dot = DOTBuilder(name: "g")
        dot.graph(["rankdir": "LR"])
        dot.nodeDefaults(["shape": "box"])
        dot.node("node", ["label": "graph", "width": 1.5, "fixedsize": true])
        dot.edge("a b", "subgraph", ["weight": 3])
        dot.rank("same", ["a b", "node"])
        XCTAssertEqual(dot.build(), """
            digraph "g" {
              graph ["rankdir"="LR"];
              node ["shape"="box"];
              "node" ["label"="graph", "width"="1.5", "fixedsize"="true"];
              "a b" -> "subgraph" ["weight"="3"];
              { rank="same"; "a b"; "node"; }
            }

            """)
    }

    func testUndirectedGraphsUseDashDash() {
        var dot = DOTBuilder(name: "", kind: .graph)
        dot.edge("a", "b")
        XCTAssertEqual(dot.build(), "graph \"graph\" {\n  \"a\" -- \"b\";\n}\n", "an empty name becomes `graph`, never %3")
    }

    func testEscapesQuotesBackslashesNewlinesAndAmpersands() {
        XCTAssertEqual(DOTEscaping.quoted(#"say "hi""#), #""say \"hi\"""#)
        XCTAssertEqual(DOTEscaping.quoted(#"C:\new \N"#), #""C:\\new \\N""#)
        XCTAssertEqual(DOTEscaping.quoted("one\ntwo\r\nthree\rfour"), #""one\ntwo\nthree\nfour""#)
        XCTAssertEqual(DOTEscaping.quoted("AT&T &amp;"), #""AT&amp;T &amp;amp;""#)
        XCTAssertEqual(DOTEscaping.quoted("tab\there"), #""tab here""#)
    }

    func testDropsControlBidiAndInvisibleCharacters() {
        let text = "a\u{0}b\u{7}c\u{1B}d\u{7F}e\u{85}f\u{9B}g\u{202E}h\u{2066}i\u{200B}j\u{FEFF}k\u{200E}l"
        XCTAssertEqual(DOTEscaping.quoted(text), #""abcde\nfghijkl""#)
        // Joiners that scripts need are kept; so are right-to-left letters themselves.
        XCTAssertEqual(DOTEscaping.quoted("می\u{200C}خواهم عربي"), "\"می\u{200C}خواهم عربي\"")
        let nonchars = [0xFFFE, 0xFFFF, 0xFDD0].map { String(Unicode.Scalar(UInt32($0))!) }.joined()
        XCTAssertEqual(DOTEscaping.quoted("x" + nonchars + "y"), "\"xy\"")
    }

    func testLinksArePercentEncodedWhereURLsMayNotHoldCharacters() {
        var dot = DOTBuilder(name: "g")
        dot.node("a", ["URL": "https://x.org/a b?q=\"<x>\"&r={1}", "tooltip": "a b \"c\""])
        XCTAssertTrue(dot.build().contains(#""URL"="https://x.org/a%20b?q=%22%3Cx%3E%22&amp;r=%7B1%7D""#), dot.build())
        XCTAssertTrue(dot.build().contains(#""tooltip"="a b \"c\"""#), "only links are encoded")
    }

    func testHTMLEscaping() {
        XCTAssertEqual(DOTEscaping.html("<b>&\"x\"</b>\nnext"), "&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt; next")
    }

    func testSubgraphsNestAndCommentsStayOnOneLine() {
        var dot = DOTBuilder(name: "g")
        dot.comment("note\nwith */ break")
        dot.subgraph("cluster_a", ["label": "A"]) { inner in
            inner.node("x")
        }
        XCTAssertEqual(dot.build(), """
            digraph "g" {
              // note with */ break
              subgraph "cluster_a" {
                graph ["label"="A"];
                "x";
              }
            }

            """)
    }

    func testNumbersAreLocaleFreeAndTrimmed() {
        XCTAssertEqual(DOTValue.number(1.5), .text("1.5"))
        XCTAssertEqual(DOTValue.number(2.0), .text("2"))
        XCTAssertEqual(DOTValue.number(-0.0001), .text("0"))
        XCTAssertEqual(DOTValue.number(.nan), .text("0"))
        XCTAssertEqual(DOTValue.number(1.23456, digits: 2), .text("1.23"))
    }

    func testAttributesKeepOrderAndReplaceInPlace() {
        var attributes: DOTAttributes = ["a": "1", "b": "2"]
        attributes["a"] = "3"
        attributes["c"] = "4"
        attributes["b"] = nil
        XCTAssertEqual(attributes.pairs.map(\.key), ["a", "c"])
        XCTAssertEqual(attributes["a"], .text("3"))
    }

    /// Every hostile string as a node id, a label and a tooltip: Graphviz reads exactly the
    /// graph that was built (no injected nodes, edges or graphs), and the SVG is well-formed
    /// with no script element.
    func testHostileStringsCannotInjectDOTOrMarkup() throws {
        for (i, text) in PictureFixture.hostile.enumerated() {
            var dot = DOTBuilder(name: text)
            dot.node(text, ["label": .text(text), "tooltip": .text(text), "id": .text("n\(i)"), "class": .text(text),
                            "URL": .text("https://example.org/?a=1&b=" + text)])
            dot.node("other", ["label": .text(text)])
            dot.edge(text, "other", ["label": .text(text), "tooltip": .text(text)])
            let source = dot.build()

            let canonical = String(decoding: try GraphvizRenderer.shared.render(dot: source, format: .plain), as: UTF8.self)
            let layout = PlainLayout(canonical)
            XCTAssertEqual(layout.nodes.count, 2, "hostile string \(i) changed the graph")
            XCTAssertEqual(layout.edges.count, 1, "hostile string \(i) changed the graph")

            let raw = try GraphvizRenderer.shared.render(dot: source, format: .svg)
            let svg = try SVGPostProcessor(keepExternalLinks: true).text(raw)
            let parsed = try ParsedSVG(Data(svg.utf8))
            XCTAssertTrue(parsed.elements(named: "script").isEmpty, "string \(i)")
            XCTAssertNotNil(parsed.element(id: "n\(i)"), "string \(i)")
        }
    }

    /// What a label shows is what the caller wrote (after dropping invisible characters):
    /// Graphviz's entity decoding and `\N`-style escapes do not alter it.
    func testLabelsDisplayTheirTextLiterally() throws {
        let samples = ["AT&T R&D; &amp; &lt;b&gt; &nbsp;", "</svg><script>alert(1)</script>", #"back\slash \N \G \\ end\"#,
                       "\"; } digraph evil { a -> b [label=\"", "a\u{202E}b\u{200B}c عربي"]
        for (i, text) in samples.enumerated() {
            var dot = DOTBuilder(name: "literal")
            dot.node("n", ["label": .text(text), "id": "n"])
            let svg = try SVGPostProcessor().text(try GraphvizRenderer.shared.render(dot: dot.build(), format: .svg))
            let parsed = try ParsedSVG(Data(svg.utf8))
            let shown = parsed.elements(named: "text").map(\.text).joined()
            let expected = DOTEscaping.sanitized(text)
            XCTAssertEqual(shown.replacingOccurrences(of: "\u{A0}", with: " "), expected, "sample \(i)")
        }
    }

    func testTenThousandCharacterNamesRender() throws {
        let long = String(repeating: "Nguyễn Văn A ", count: 770)       // 10,010 characters
        XCTAssertGreaterThanOrEqual(long.count, 10_000)
        var dot = DOTBuilder(name: long)
        dot.node(long, ["label": .text(long), "tooltip": .text(long)])
        dot.edge(long, "b")
        let svg = try SVGPostProcessor().text(try GraphvizRenderer.shared.render(dot: dot.build(), format: .svg))
        let parsed = try ParsedSVG(Data(svg.utf8))
        XCTAssertTrue(parsed.elements(named: "title").contains { $0.text == long.trimmingCharacters(in: .whitespaces) || $0.text == long })
    }
}
