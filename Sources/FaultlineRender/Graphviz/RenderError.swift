/// Graphviz could not read, lay out or render a graph.
///
/// The message carries Graphviz's own words (`syntax error in line 3 near '->'`), captured
/// through `agseterrf` while the failing call ran, so a user can find the offending line.
public struct RenderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The step that failed.
    public enum Stage: String, Sendable, Hashable {
        /// DOT text could not be parsed (`agmemread`).
        case parse
        /// The layout engine failed or is unknown (`gvLayout`).
        case layout
        /// The output format failed or is unknown (`gvRenderData`).
        case render
        /// The SVG could not be made well-formed (`SVGPostProcessor`).
        case postProcess = "post-process"
    }

    public var stage: Stage
    /// What the graph was called by the caller (a file name such as `timeline.dot`), or `<dot>`.
    public var source: String
    /// A one-line summary written by Faultline.
    public var summary: String
    /// Graphviz's messages for this call, one per line, in the order Graphviz wrote them.
    public var messages: [String]

    public init(stage: Stage, source: String, summary: String, messages: [String] = []) {
        self.stage = stage; self.source = source; self.summary = summary; self.messages = messages
    }

    public var description: String {
        var text = "\(source): \(stage.rawValue): \(summary)"
        if !messages.isEmpty { text += " (Graphviz: " + messages.joined(separator: "; ") + ")" }
        return text
    }
}
