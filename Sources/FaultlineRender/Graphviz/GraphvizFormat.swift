/// An output format Graphviz renders to; the raw value is Graphviz's own format name (`-T`).
public enum GraphvizFormat: String, CaseIterable, Sendable, Hashable {
    /// Scalable vector graphics (XML text). Run it through `SVGPostProcessor` before publishing.
    case svg
    /// A PNG bitmap (cairo renderer).
    case png
    /// A PDF document (cairo renderer).
    case pdf
    /// Graphviz's simple line-based layout description: `graph`, `node`, `edge`, `stop` lines.
    case plain
    /// The input graph with layout attributes added (`pos`, `bb` …), as DOT text.
    case dot
    /// Layout as JSON (Graphviz's `json` format).
    case json

    /// File name extension conventionally used for the format.
    public var fileExtension: String {
        switch self {
        case .plain: return "txt"
        case .dot: return "gv"
        default: return rawValue
        }
    }

    /// Whether the output is text (UTF-8) rather than binary.
    public var isText: Bool { self != .png && self != .pdf }
}
