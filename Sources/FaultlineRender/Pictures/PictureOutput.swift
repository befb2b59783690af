import Foundation
import FaultlineModel

/// What every picture shares: its font and the way DOT becomes a published file.
enum PictureOutput {
    /// A font list Graphviz passes on to SVG (`font-family`) and to pango for PNG/PDF.
    static let font = "Helvetica,Arial,sans-serif"

    /// Renders `dot`; SVG goes through `SVGPostProcessor` so it is self-contained and well-formed.
    static func render(dot: String, engine: LayoutEngine, format: GraphvizFormat, source: String) throws -> Data {
        let data = try GraphvizRenderer.shared.render(dot: dot, format: format, engine: engine, source: source)
        guard format == .svg else { return data }
        return try SVGPostProcessor().process(data, source: source.replacingOccurrences(of: ".dot", with: ".svg"))
    }
}

/// How a contradiction is explained in tooltips and labels.
enum ContradictionText {
    /// `Contradiction x1 — blame, score 0.86` with the topic and explanation on further lines.
    static func tooltip(_ x: Contradiction) -> String {
        var lines = ["Contradiction \(x.id) — \(x.kind.rawValue), score \(DOTValue.format(x.score, digits: 2))"]
        if !x.topic.isEmpty { lines.append("topic: " + PictureText.short(x.topic, 200)) }
        if !x.explanation.isEmpty { lines.append(PictureText.short(x.explanation, 400)) }
        lines.append("claims: " + x.claims.joined(separator: " ↔ "))
        return lines.joined(separator: "\n")
    }
}
