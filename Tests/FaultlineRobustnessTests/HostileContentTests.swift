import Foundation
import XCTest
import FaultlineModel
import FaultlineRender
import FuzzHarness

/// Article text that tries to break or script the outputs (`HostileText`: markup,
/// `</svg>`, quotes, `&`, backslashes, DOT syntax, bidi and zero-width characters,
/// controls, 10,000-character names) put into every text field of an analysis: every
/// output format stays well-formed and inert, and the text is still shown, escaped.
final class HostileContentTests: XCTestCase {
    /// One analysis per sample (every field that sample), and one mixing all samples with
    /// references to ids that do not exist.
    let analyses: [(name: String, analysis: Analysis)] =
        HostileText.samples.enumerated().map { ("sample \($0.offset) «\($0.element.prefix(30))»", SyntheticAnalysis.make(strings: [$0.element])) }
        + [("all samples", SyntheticAnalysis.make(strings: HostileText.samples)),
           ("all samples, dangling references", SyntheticAnalysis.make(strings: HostileText.samples, seed: 3, dangling: true))]

    static let script = "<script>alert(1)</script>"
    static let escapedScript = "&lt;script&gt;alert(1)&lt;/script&gt;"

    func testAnalysisJSONIsValidAndReadsBackUnchanged() throws {
        for (name, a) in analyses {
            let data = try JSONOutput.data(a)
            XCTAssertNoThrow(try OutputChecks.json(String(decoding: data, as: UTF8.self), name))
            XCTAssertEqual(try JSONDecoder().decode(Analysis.self, from: data), a, name)
        }
    }

    func testTimelineSVGIsWellFormedAndInert() throws {
        for (name, a) in analyses {
            for lanes in TimelineOptions.Lanes.allCases {
                let svg = try TimelineRenderer(options: TimelineOptions(lanes: lanes)).render(a)
                XCTAssertNoThrow(try OutputChecks.svg(String(decoding: svg, as: UTF8.self), "\(name) timeline \(lanes)"))
            }
        }
    }

    func testActorGraphSVGIsWellFormedAndInert() throws {
        for (name, a) in analyses {
            for clusters in [false, true] {
                let svg = try ActorGraphRenderer(options: ActorGraphOptions(clusterByCountry: clusters, includeLocations: true)).render(a)
                XCTAssertNoThrow(try OutputChecks.svg(String(decoding: svg, as: UTF8.self), "\(name) actors"))
            }
        }
    }

    func testContradictionMapSVGIsWellFormedAndInert() throws {
        for (name, a) in analyses {
            let svg = try ContradictionMapRenderer().render(a)
            XCTAssertNoThrow(try OutputChecks.svg(String(decoding: svg, as: UTF8.self), "\(name) contradictions"))
        }
    }

    /// The pictures' DOT parses, and Graphviz's own SVG (before post-processing) is XML.
    func testPictureDOTParsesAndGraphvizSVGIsXML() throws {
        for (name, a) in analyses {
            let timeline = TimelineRenderer(), map = ContradictionMapRenderer()
            XCTAssertNoThrow(try RenderHarness.renderChecked(timeline.dot(for: a), engine: timeline.engine, what: "\(name) timeline"))
            let actors = ActorGraphRenderer()
            XCTAssertNoThrow(try RenderHarness.renderChecked(actors.dot(for: a), engine: actors.engine, what: "\(name) actors"))
            XCTAssertNoThrow(try RenderHarness.renderChecked(map.dot(for: a), engine: map.engine, what: "\(name) map"))
        }
    }

    /// DOT syntax in ids, labels and tooltips stays text: Graphviz sees exactly the nodes
    /// and edges that were built, and the label is drawn (escaped) in the SVG.
    func testDOTSyntaxInTextCreatesNoNodesOrEdges() throws {
        for (k, sample) in HostileText.samples.enumerated() {
            var dot = DOTBuilder(name: sample)
            dot.graph(["label": .text(sample)])
            dot.comment(sample)
            for n in 0..<3 {
                dot.node("\(sample)\(n)", ["label": .text(sample), "tooltip": .text(sample), "URL": .text(sample), "class": .text(sample)])
            }
            dot.node("html\(k)", ["label": .html("<B>" + DOTEscaping.html(sample) + "</B>")])
            dot.edge("\(sample)0", "\(sample)1", ["label": .text(sample)])
            dot.edge("\(sample)1", "\(sample)2", ["tooltip": .text(sample)])
            dot.subgraph("cluster_" + sample, ["label": .text(sample)]) { $0.node("\(sample)2") }
            dot.rank("same", ["\(sample)0", "\(sample)1"])
            let text = dot.build()
            let json = try GraphvizRenderer.shared.render(dot: text, format: .json)
            let graph = try XCTUnwrap(JSONSerialization.jsonObject(with: json) as? [String: Any], "sample \(k)")
            let objects = (graph["objects"] as? [[String: Any]]) ?? []
            let nodes = objects.filter { $0["nodes"] == nil && $0["subgraphs"] == nil && ($0["name"] as? String)?.hasPrefix("cluster_") != true }
            XCTAssertEqual(nodes.count, 4, "sample \(k): nodes")
            XCTAssertEqual((graph["edges"] as? [Any])?.count ?? 0, 2, "sample \(k): edges")
            XCTAssertNoThrow(try RenderHarness.renderChecked(text, engine: .dot, what: "sample \(k)"))
        }
        var dot = DOTBuilder(name: "g")
        dot.node("n", ["label": .text(Self.script)])
        let svg = String(decoding: try GraphvizRenderer.shared.render(dot: dot.build()), as: UTF8.self)
        XCTAssertTrue(svg.contains(Self.escapedScript), "the label is drawn as text")
    }

    func testHTMLReportIsBalancedAndRunsOnlyItsOwnScript() throws {
        for (name, a) in analyses {
            var pictures: [String: String] = [:]
            pictures["timeline"] = String(decoding: try TimelineRenderer().render(a), as: UTF8.self)
            pictures["actors"] = String(decoding: try ActorGraphRenderer().render(a), as: UTF8.self)
            pictures["contradictions"] = String(decoding: try ContradictionMapRenderer().render(a), as: UTF8.self)
            // A picture that is itself hostile: the report must clean or refuse it.
            pictures[HostileText.samples[1]] = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script><g onload=\"x()\"><a href=\"javascript:x()\"><text>t</text></a></g></svg>"
            let html = HTMLReport().render(analysis: a, pictures: pictures, title: a.documents.first?.title ?? "")
            XCTAssertNoThrow(try OutputChecks.html(html, "\(name) report", scripts: 1))
        }
        let a = SyntheticAnalysis.make(strings: [Self.script])
        let html = HTMLReport().render(analysis: a, pictures: [:], title: Self.script)
        XCTAssertTrue(html.contains("<title>" + Self.escapedScript + "</title>"), "the title is shown, escaped")
        XCTAssertTrue(html.contains(Self.escapedScript + "</td>") || html.contains(Self.escapedScript + "</span>"), "table cells show the text, escaped")
    }

    func testGraphMLAndGEXFAreWellFormedAndInert() throws {
        for (name, a) in analyses {
            for format in [ExportFormat.graphml, .gexf] {
                XCTAssertNoThrow(try OutputChecks.inertXML(Exporter().export(a, as: format), "\(name) \(format)"))
            }
        }
        let graphml = Exporter().export(SyntheticAnalysis.make(strings: [Self.script]), as: .graphml)
        XCTAssertTrue(graphml.contains(Self.escapedScript))
    }

    /// JSON exports parse, and the fields TimelineJS and vis-timeline insert as HTML are
    /// inert HTML fragments (article markup shows as text).
    func testJSONExportsAreValidAndTheirHTMLFieldsInert() throws {
        for (name, a) in analyses {
            XCTAssertNoThrow(try OutputChecks.jsonLines(Exporter().export(a, as: .plover), "\(name) plover"))
            XCTAssertNoThrow(try OutputChecks.json(Exporter().export(a, as: .cytoscape), "\(name) cytoscape"))
            let timeline = try OutputChecks.json(Exporter().export(a, as: .timelinejs), "\(name) timelinejs")
            let vis = try OutputChecks.json(Exporter().export(a, as: .vis), "\(name) vis")
            for (path, fragment) in Self.strings(in: timeline, keys: ["headline", "text"]) + Self.strings(in: vis, keys: ["content", "title"]) {
                XCTAssertNoThrow(try OutputChecks.html("<div>" + fragment + "</div>", "\(name) \(path)", scripts: 0))
            }
        }
    }

    func testCSVAndTSVKeepOneRecordPerRow() throws {
        for (name, a) in analyses {
            let events = try OutputChecks.csv(Exporter().csv(a, table: .events), "\(name) events.csv")
            XCTAssertEqual(events.count, a.events.count + 1, name)
            let actors = try OutputChecks.csv(Exporter().csv(a, table: .actors), "\(name) actors.csv")
            XCTAssertEqual(actors.count, a.actors.count + 1, name)
            for table in CSVTable.allCases { XCTAssertNoThrow(try OutputChecks.csv(Exporter().csv(a, table: table), "\(name) \(table)")) }
            XCTAssertNoThrow(try OutputChecks.tsv(Exporter().export(a, as: .gdelt), "\(name) gdelt"))
        }
    }

    /// 10,000-character names are shortened in pictures: the drawing stays a sane size.
    func testLongNamesDoNotBlowUpPictures() throws {
        let a = SyntheticAnalysis.make(strings: [HostileText.longName, HostileText.longWord])
        for (picture, dot, svg) in [("timeline", TimelineRenderer().dot(for: a), try TimelineRenderer().render(a)),
                                    ("actors", ActorGraphRenderer().dot(for: a), try ActorGraphRenderer().render(a)),
                                    ("contradictions", ContradictionMapRenderer().dot(for: a), try ContradictionMapRenderer().render(a))] {
            let text = String(decoding: svg, as: UTF8.self)
            let root = try OutputChecks.xml(text, picture).first!
            let width = Double(root.attributes["width"]?.replacingOccurrences(of: "pt", with: "") ?? "") ?? .infinity
            let longest = Self.longestText(text)
            let statement = dot.split(separator: "\n").first { $0.contains(longest.prefix(40)) } ?? ""
            XCTAssertLessThan(width, 6000, "\(picture) is \(width)pt wide; its longest text is \(longest.count) characters, from «\(statement.prefix(300))…»")
        }
    }

    /// The longest `<text>` element content of an SVG (what makes a picture wide).
    static func longestText(_ svg: String) -> String {
        var best = Substring(""), rest = Substring(svg)
        while let open = rest.range(of: "<text"), let gt = rest[open.upperBound...].firstIndex(of: ">"),
              let close = rest[gt...].range(of: "</text>") {
            let content = rest[rest.index(after: gt)..<close.lowerBound]
            if content.count > best.count { best = content }
            rest = rest[close.upperBound...]
        }
        return String(best)
    }

    /// String values under `keys`, anywhere in a JSON value, with their path.
    static func strings(in json: Any, keys: Set<String>, path: String = "$") -> [(String, String)] {
        var out: [(String, String)] = []
        if let d = json as? [String: Any] {
            for (k, v) in d {
                if keys.contains(k), let s = v as? String { out.append((path + "." + k, s)) }
                out += strings(in: v, keys: keys, path: path + "." + k)
            }
        } else if let a = json as? [Any] {
            for (i, v) in a.enumerated() { out += strings(in: v, keys: keys, path: path + "[\(i)]") }
        }
        return out
    }
}
