import FaultlineModel

/// GraphML (graphml.graphdrawing.org) that yEd, Gephi, Cytoscape, networkx and igraph read.
///
/// Every attribute is declared once with `<key id= for= attr.name= attr.type=>`; node
/// labels go into the `label` key (yEd: map it with Edit → Properties Mapper). Edges carry
/// `kind` and `weight`. Only declared keys are used; values are XML-escaped and characters
/// XML 1.0 forbids are dropped, so the file is well-formed whatever the articles held.
struct GraphMLExporter {
    func export(_ index: ExportIndex) -> String {
        let graph = ExportGraph(index)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        out += " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        out += key(id: "d_label", for: "node", name: "label", type: .string)
        for (i, a) in ExportGraph.nodeAttributes.enumerated() {
            out += key(id: "n\(i)", for: "node", name: a.name, type: a.type)
        }
        out += key(id: "e_weight", for: "edge", name: "weight", type: .double)
        for (i, a) in ExportGraph.edgeAttributes.enumerated() {
            out += key(id: "e\(i)", for: "edge", name: a.name, type: a.type)
        }
        out += "  <graph id=\"faultline\" edgedefault=\"directed\">\n"
        for n in graph.nodes {
            out += "    <node id=\"\(ExportEscaping.xmlAttribute(n.id))\">\n"
            out += data("d_label", n.label)
            for (i, a) in ExportGraph.nodeAttributes.enumerated() {
                if let v = n.values[a.name] { out += data("n\(i)", v.text) }
            }
            out += "    </node>\n"
        }
        for e in graph.edges {
            out += "    <edge id=\"\(ExportEscaping.xmlAttribute(e.id))\" source=\"\(ExportEscaping.xmlAttribute(e.source))\""
            out += " target=\"\(ExportEscaping.xmlAttribute(e.target))\">\n"
            out += data("e_weight", ExportNumber.format(e.weight))
            for (i, a) in ExportGraph.edgeAttributes.enumerated() {
                if let v = e.values[a.name] { out += data("e\(i)", v.text) }
            }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    private func key(id: String, for domain: String, name: String, type: ExportGraph.ValueType) -> String {
        let t: String
        switch type {
        case .string: t = "string"
        case .int: t = "int"
        case .double: t = "double"
        case .bool: t = "boolean"
        }
        return "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(name)\" attr.type=\"\(t)\"/>\n"
    }

    private func data(_ key: String, _ value: String) -> String {
        "      <data key=\"\(key)\">\(ExportEscaping.xmlText(value))</data>\n"
    }
}
