import Foundation

/// Node positions read from Graphviz's `plain` output, for checks on a layout.
///
/// Coordinates are in inches with the origin at the bottom left, as Graphviz writes them:
/// in a top-to-bottom layout an earlier rank has a *larger* `y`.
public struct PlainLayout: Sendable, Hashable {
    /// One `node` line: centre and size.
    public struct Node: Sendable, Hashable {
        public var name: String
        public var x: Double
        public var y: Double
        public var width: Double
        public var height: Double
        public var label: String
    }

    /// One `edge` line: tail and head node names.
    public struct Edge: Sendable, Hashable {
        public var tail: String
        public var head: String
    }

    public var width: Double
    public var height: Double
    public var nodes: [Node]
    public var edges: [Edge]

    /// Parses `plain` text; lines it does not understand are skipped.
    public init(_ text: String) {
        width = 0; height = 0; nodes = []; edges = []
        // Graphviz breaks long quoted strings with a backslash-newline continuation.
        for line in text.replacingOccurrences(of: "\\\n", with: "").split(separator: "\n") {
            let fields = PlainLayout.fields(of: Substring(line))
            guard let kind = fields.first else { continue }
            switch kind {
            case "graph" where fields.count >= 4:
                width = Double(fields[2]) ?? 0
                height = Double(fields[3]) ?? 0
            case "node" where fields.count >= 7:
                nodes.append(Node(name: fields[1], x: Double(fields[2]) ?? 0, y: Double(fields[3]) ?? 0,
                                  width: Double(fields[4]) ?? 0, height: Double(fields[5]) ?? 0,
                                  label: fields[6]))
            case "edge" where fields.count >= 3:
                edges.append(Edge(tail: fields[1], head: fields[2]))
            default:
                continue
            }
        }
    }

    /// The node called `name`, if the layout has it.
    public func node(_ name: String) -> Node? { nodes.first { $0.name == name } }

    /// Splits a line into fields; double-quoted fields may contain spaces and `\"`.
    static func fields(of line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var inQuotes = false
        var escaped = false
        var hasField = false
        for ch in line {
            if inQuotes {
                if escaped {
                    current.append(ch == "n" ? "\n" : ch)
                    escaped = false
                } else if ch == "\\" {
                    escaped = true
                } else if ch == "\"" {
                    inQuotes = false
                } else {
                    current.append(ch)
                }
            } else if ch == " " {
                if hasField { fields.append(current); current = ""; hasField = false }
            } else if ch == "\"" {
                inQuotes = true; hasField = true
            } else {
                current.append(ch); hasField = true
            }
        }
        if hasField { fields.append(current) }
        return fields
    }
}
