/// Builds DOT text in which every id and every attribute value is quoted and escaped.
///
/// Link attributes (`URL`, `href` …) are also percent-encoded where URLs may not hold a
/// character raw, because Graphviz copies them into the SVG unescaped.
///
/// Statements are written in the order they are added, so a caller that adds sorted input
/// gets byte-identical DOT on every run. The graph always has a name: an unnamed graph
/// makes Graphviz title the SVG `%3`.
///
/// ```swift
/// var dot = DOTBuilder(name: "timeline")
/// dot.graph(["rankdir": "TB"])
/// dot.node("e1", ["label": .text("041 · điện đàm"), "tooltip": .text(sentence)])
/// dot.edge("e1", "e2", ["style": "invis"])
/// let text = dot.build()
/// ```
public struct DOTBuilder: Sendable {
    /// Directed (`digraph`, edges `->`) or undirected (`graph`, edges `--`).
    public enum Kind: String, Sendable {
        case digraph, graph
    }

    public let name: String
    public let kind: Kind
    private var body = ""
    private var depth = 1

    /// - Parameter name: the graph's name (becomes the SVG `<title>`); empty becomes `graph`.
    public init(name: String, kind: Kind = .digraph) {
        self.name = name.isEmpty ? "graph" : name
        self.kind = kind
    }

    /// Graph attributes (`graph [...]`) for the current graph or subgraph.
    public mutating func graph(_ attributes: DOTAttributes) {
        guard !attributes.isEmpty else { return }
        line("graph " + DOTBuilder.attributeList(attributes) + ";")
    }

    /// Default attributes for nodes declared after this point.
    public mutating func nodeDefaults(_ attributes: DOTAttributes) {
        guard !attributes.isEmpty else { return }
        line("node " + DOTBuilder.attributeList(attributes) + ";")
    }

    /// Default attributes for edges declared after this point.
    public mutating func edgeDefaults(_ attributes: DOTAttributes) {
        guard !attributes.isEmpty else { return }
        line("edge " + DOTBuilder.attributeList(attributes) + ";")
    }

    /// A node statement.
    public mutating func node(_ id: String, _ attributes: DOTAttributes = [:]) {
        var text = DOTEscaping.quoted(id)
        if !attributes.isEmpty { text += " " + DOTBuilder.attributeList(attributes) }
        line(text + ";")
    }

    /// An edge statement (`->` in a digraph, `--` in a graph).
    public mutating func edge(_ from: String, _ to: String, _ attributes: DOTAttributes = [:]) {
        var text = DOTEscaping.quoted(from) + (kind == .digraph ? " -> " : " -- ") + DOTEscaping.quoted(to)
        if !attributes.isEmpty { text += " " + DOTBuilder.attributeList(attributes) }
        line(text + ";")
    }

    /// A subgraph; name it `cluster…` to have Graphviz draw it as a box.
    public mutating func subgraph(_ name: String, _ attributes: DOTAttributes = [:],
                                  _ content: (inout DOTBuilder) -> Void) {
        line("subgraph " + DOTEscaping.quoted(name) + " {")
        depth += 1
        graph(attributes)
        content(&self)
        depth -= 1
        line("}")
    }

    /// An anonymous subgraph putting `ids` on one rank (`same`, `min`, `max`, `source`, `sink`).
    public mutating func rank(_ kind: String = "same", _ ids: [String]) {
        guard !ids.isEmpty else { return }
        line("{ rank=" + DOTEscaping.quoted(kind) + "; " + ids.map { DOTEscaping.quoted($0) + ";" }.joined(separator: " ") + " }")
    }

    /// A comment line (`// …`), single-line, for readers of the DOT file.
    public mutating func comment(_ text: String) {
        let flat = DOTEscaping.sanitized(text).map { $0 == "\n" || $0 == "\r" ? " " : $0 }
        line("// " + String(flat))
    }

    /// The finished DOT text, ending with a newline.
    public func build() -> String {
        kind.rawValue + " " + DOTEscaping.quoted(name) + " {\n" + body + "}\n"
    }

    private mutating func line(_ text: String) {
        body += String(repeating: "  ", count: depth)
        body += text
        body += "\n"
    }

    /// `[key="value", …]` with every key and value quoted.
    static func attributeList(_ attributes: DOTAttributes) -> String {
        var parts: [String] = []
        parts.reserveCapacity(attributes.pairs.count)
        for (key, value) in attributes {
            switch value {
            case .text(let text):
                let value = DOTEscaping.urlAttributes.contains(key) ? DOTEscaping.urlSafe(text) : text
                parts.append(DOTEscaping.quoted(key) + "=" + DOTEscaping.quoted(value))
            case .html(let markup): parts.append(DOTEscaping.quoted(key) + "=<" + markup + ">")
            }
        }
        return "[" + parts.joined(separator: ", ") + "]"
    }
}
