import FaultlineModel

/// Cytoscape.js elements JSON (`cy.add(json.elements)` or Cytoscape Desktop's `.cyjs`
/// import): `{"elements":{"nodes":[{"data":{"id",…}}],"edges":[{"data":{"id","source","target",…}}]}}`.
///
/// Same nodes and edges as the GraphML and GEXF exports (see `ExportGraph`); every
/// attribute is a `data` field with its JSON type, dates as `start`/`end` strings.
/// Cytoscape draws labels as plain text, so strings are written as they are (JSON-escaped).
struct CytoscapeExporter {
    struct Element: Encodable {
        var data: [String: JSONValue]
    }
    struct Elements: Encodable {
        var nodes: [Element]
        var edges: [Element]
    }
    struct Document: Encodable {
        var elements: Elements
    }

    enum JSONValue: Encodable {
        case string(String), int(Int), double(Double), bool(Bool)
        func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .string(let s): try c.encode(s)
            case .int(let i): try c.encode(i)
            case .double(let d): try c.encode(d.isFinite ? d : 0)
            case .bool(let b): try c.encode(b)
            }
        }
    }

    func export(_ index: ExportIndex) -> String {
        let graph = ExportGraph(index)
        let nodes = graph.nodes.map { n -> Element in
            var d = convert(n.values)
            d["id"] = .string(n.id)
            d["label"] = .string(n.label)
            if let r = n.range { d["start"] = .string(r.start.iso); d["end"] = .string(r.end.iso) }
            return Element(data: d)
        }
        let edges = graph.edges.map { e -> Element in
            var d = convert(e.values)
            d["id"] = .string(e.id)
            d["source"] = .string(e.source)
            d["target"] = .string(e.target)
            d["weight"] = .double(e.weight)
            if let r = e.range { d["start"] = .string(r.start.iso); d["end"] = .string(r.end.iso) }
            return Element(data: d)
        }
        return (try? JSONOutput.string(Document(elements: Elements(nodes: nodes, edges: edges)))) ?? "{}\n"
    }

    private func convert(_ values: [String: ExportGraph.Value]) -> [String: JSONValue] {
        values.mapValues { v in
            switch v {
            case .string(let s): return .string(s)
            case .int(let i): return .int(i)
            case .double(let d): return .double(d)
            case .bool(let b): return .bool(b)
            }
        }
    }
}
