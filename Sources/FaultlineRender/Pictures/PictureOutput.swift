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
