import Foundation
import FaultlineModel
import FaultlineRender

/// Fuzz harness for DOT building and rendering.
///
/// Mode byte bit 0 clear: a graph is built with `DOTBuilder` from input strings (graph
/// name, node ids, labels, HTML-like labels, tooltips, URLs, classes, edges, a cluster, a
/// rank, a comment). Set: an analysis from the input (`SyntheticAnalysis`) is drawn by
/// the timeline, actor-graph and contradiction-map renderers with input-chosen options.
///
/// Checked: Graphviz accepts every graph Faultline builds (a parse error means the
/// escaping let text act as syntax); Graphviz's SVG is well-formed XML; after
/// `SVGPostProcessor` it is an inert `<svg>`; the renderer stays usable.
public enum RenderHarness {
    public static func run(_ bytes: [UInt8]) throws {
        var input = FuzzInput(bytes)
        let mode = input.byte()
        if mode & 1 == 0 {
            try builtGraph(&input)
        } else {
            try pictures(&input, mode: mode)
        }
    }

    static func builtGraph(_ input: inout FuzzInput) throws {
        var dot = DOTBuilder(name: input.string(limit: 200), kind: input.bool() ? .digraph : .graph)
        dot.graph(["label": .text(input.string(limit: 300)), "tooltip": .text(input.string(limit: 300))])
        dot.comment(input.string(limit: 200))
        let nodeCount = 1 + input.int(below: 5)
        var ids: [String] = []
        for _ in 0..<nodeCount {
            let id = input.string(limit: 200)
            ids.append(id)
            var attributes: DOTAttributes = ["tooltip": .text(input.string(limit: 300)), "class": .text(input.string(limit: 80)),
                                             "id": .text(input.string(limit: 80))]
            switch input.int(below: 3) {
            case 0: attributes["label"] = .text(input.string(limit: 300))
            case 1:
                let cell = DOTEscaping.html(input.string(limit: 300))
                attributes["label"] = .html("<TABLE BORDER=\"0\"><TR><TD>\(cell)</TD></TR></TABLE>")
                attributes["shape"] = "plaintext"
            default: attributes["xlabel"] = .text(input.string(limit: 200))
            }
            if input.bool() { attributes["URL"] = .text(input.string(limit: 200)) }
            dot.node(id, attributes)
        }
        for _ in 0..<input.int(below: 5) {
            let a = ids[input.int(below: ids.count)], b = ids[input.int(below: ids.count)]
            dot.edge(a, b, ["label": .text(input.string(limit: 200)), "tooltip": .text(input.string(limit: 200))])
        }
        let clusterName = "cluster_" + input.string(limit: 80)
        let member = ids[input.int(below: ids.count)]
        let clusterLabel = input.string(limit: 200)
        dot.subgraph(clusterName, ["label": .text(clusterLabel)]) { $0.node(member) }
        dot.rank("same", Array(ids.prefix(2)))
        let text = dot.build()
        try renderChecked(text, engine: .dot, what: "DOTBuilder graph")
    }

    static func pictures(_ input: inout FuzzInput, mode: UInt8) throws {
        let lanes = TimelineOptions.Lanes.allCases[input.int(below: TimelineOptions.Lanes.allCases.count)]
        let orientation = TimelineOptions.Orientation.allCases[input.int(below: TimelineOptions.Orientation.allCases.count)]
        let flags = input.byte()
        let title = flags & 1 != 0 ? input.string(limit: 200) : nil
        let prefix = flags & 2 != 0 ? input.string(limit: 40) : ""
        let analysis = SyntheticAnalysis.make(&input)
        let timeline = TimelineRenderer(options: TimelineOptions(
            lanes: lanes, maxEvents: 1 + Int(flags >> 4), showClaims: flags & 4 != 0, showLegend: flags & 8 != 0,
            orientation: orientation, maxPerRow: 1 + Int(mode >> 6), title: title, idPrefix: prefix))
        try renderChecked(timeline.dot(for: analysis), engine: timeline.engine, what: "timeline")
        if mode & 2 != 0 {
            let actors = ActorGraphRenderer(options: ActorGraphOptions(clusterByCountry: flags & 4 != 0, includeLocations: flags & 8 != 0,
                                                                       title: title, idPrefix: prefix))
            try renderChecked(actors.dot(for: analysis), engine: actors.engine, what: "actor graph")
        }
        if mode & 4 != 0 {
            let map = ContradictionMapRenderer(options: ContradictionMapOptions(onlyContradicted: flags & 4 != 0, title: title, idPrefix: prefix))
            try renderChecked(map.dot(for: analysis), engine: map.engine, what: "contradiction map")
        }
    }

    /// Renders `dot` to SVG and checks the raw and post-processed SVG.
    public static func renderChecked(_ dot: String, engine: LayoutEngine, what: String) throws {
        // A crash inside Graphviz kills the process before any check can say which graph it
        // was: FAULTLINE_FUZZ_DUMP_DOT=1 prints each graph first.
        if ProcessInfo.processInfo.environment["FAULTLINE_FUZZ_DUMP_DOT"] != nil {
            FileHandle.standardError.write(Data("--- \(what) (\(engine.rawValue)) ---\n\(dot)\n".utf8))
        }
        let raw: Data
        do {
            raw = try GraphvizRenderer.shared.render(dot: dot, format: .svg, engine: engine, source: what)
        } catch {
            throw FuzzFailure(what, "Graphviz refused Faultline's DOT: \(error)\n--- DOT ---\n\(dot.prefix(4000))")
        }
        let svgText = String(decoding: raw, as: UTF8.self)
        try OutputChecks.xml(svgText, what + " (Graphviz SVG)")
        let processed: String
        do {
            processed = try SVGPostProcessor().process(svgText, source: what)
        } catch {
            throw FuzzFailure(what, "post-processing failed: \(error)")
        }
        try OutputChecks.svg(processed, what + " (post-processed SVG)")
    }
}
