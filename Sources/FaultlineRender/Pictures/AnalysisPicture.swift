import Foundation
import FaultlineModel

/// A picture of an `Analysis` drawn with Graphviz: the timeline, the actor graph and the
/// contradiction map all write DOT for one layout engine and render it the same way.
///
/// ```swift
/// let timeline = TimelineRenderer(options: TimelineOptions(lanes: .country))
/// let dot = timeline.dot(for: analysis)                 // write timeline.dot
/// let svg = try timeline.render(dot: dot, format: .svg) // write timeline.svg
/// ```
public protocol AnalysisPicture: Sendable {
    /// File stem of the picture (`timeline`), used for output files and in error messages.
    var name: String { get }
    /// The layout engine the DOT is written for.
    var engine: LayoutEngine { get }
    /// The picture as DOT text, deterministic for a given analysis and options.
    func dot(for analysis: Analysis) -> String
}

extension AnalysisPicture {
    /// Renders DOT written by `dot(for:)`; SVG goes through `SVGPostProcessor`, so it is
    /// self-contained and well-formed.
    ///
    /// - Throws: `RenderError` naming `<name>.dot` (or `<name>.svg` for SVG repair) when
    ///   Graphviz rejects the graph.
    public func render(dot: String, format: GraphvizFormat = .svg) throws -> Data {
        let data = try GraphvizRenderer.shared.render(dot: dot, format: format, engine: engine, source: name + ".dot")
        guard format == .svg else { return data }
        return try SVGPostProcessor().process(data, source: name + ".svg")
    }

    /// `dot(for:)` rendered as `format`.
    public func render(_ analysis: Analysis, format: GraphvizFormat = .svg) throws -> Data {
        try render(dot: dot(for: analysis), format: format)
    }
}
