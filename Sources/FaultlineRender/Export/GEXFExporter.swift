import FaultlineModel

/// GEXF 1.3 (gexf.net) for Gephi, dynamic: `mode="dynamic"` with `timeformat="date"`, and
/// `start`/`end` (inclusive days) on every dated node and edge, so Gephi's timeline plays
/// the events in order. Undated elements have no span and stay visible throughout.
///
/// Attributes are declared per class (`<attributes class="node">`) with numeric ids;
/// event nodes are coloured by quad class (`viz:color`) so a first layout already reads.
struct GEXFExporter {
    func export(_ index: ExportIndex) -> String {
        let graph = ExportGraph(index)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\""
        out += " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        out += " xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
        out += "  <meta>\n    <creator>Faultline</creator>\n"
        out += "    <description>Actors, events and claims extracted from \(index.analysis.documents.count) document(s)</description>\n"
        out += "  </meta>\n"
        out += "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n"
        out += attributes(class: "node", ExportGraph.nodeAttributes)
        out += attributes(class: "edge", ExportGraph.edgeAttributes)
        out += "    <nodes>\n"
        for n in graph.nodes {
            out += "      <node id=\"\(ExportEscaping.xmlAttribute(n.id))\" label=\"\(ExportEscaping.xmlAttribute(n.label))\"\(span(n.range))>\n"
            out += attvalues(n.values, ExportGraph.nodeAttributes, indent: "        ")
            if case .int(let q)? = n.values["quad"], let c = Self.quadColor(q) {
                out += "        <viz:color r=\"\(c.0)\" g=\"\(c.1)\" b=\"\(c.2)\"/>\n"
            }
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for e in graph.edges {
            out += "      <edge id=\"\(ExportEscaping.xmlAttribute(e.id))\" source=\"\(ExportEscaping.xmlAttribute(e.source))\""
            out += " target=\"\(ExportEscaping.xmlAttribute(e.target))\" label=\"\(e.kind)\" weight=\"\(ExportNumber.format(e.weight))\"\(span(e.range))>\n"
            out += attvalues(e.values, ExportGraph.edgeAttributes, indent: "        ")
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    /// Quad colours shared with the report: cooperation green/teal, conflict orange/red.
    static func quadColor(_ quad: Int) -> (Int, Int, Int)? {
        switch quad {
        case 1: return (26, 152, 80)
        case 2: return (44, 123, 182)
        case 3: return (253, 174, 97)
        case 4: return (215, 48, 39)
        default: return nil
        }
    }

    private func span(_ r: ExportDateRange?) -> String {
        guard let r else { return "" }
        return " start=\"\(r.start.iso)\" end=\"\(r.end.iso)\""
    }

    private func attributes(class cls: String, _ attrs: [ExportGraph.Attribute]) -> String {
        var out = "    <attributes class=\"\(cls)\" mode=\"static\">\n"
        for (i, a) in attrs.enumerated() {
            let t: String
            switch a.type {
            case .string: t = "string"
            case .int: t = "integer"
            case .double: t = "double"
            case .bool: t = "boolean"
            }
            out += "      <attribute id=\"\(i)\" title=\"\(a.name)\" type=\"\(t)\"/>\n"
        }
        return out + "    </attributes>\n"
    }

    private func attvalues(_ values: [String: ExportGraph.Value], _ attrs: [ExportGraph.Attribute], indent: String) -> String {
        var rows = ""
        for (i, a) in attrs.enumerated() {
            if let v = values[a.name] { rows += indent + "  <attvalue for=\"\(i)\" value=\"\(ExportEscaping.xmlAttribute(v.text))\"/>\n" }
        }
        return rows.isEmpty ? "" : indent + "<attvalues>\n" + rows + indent + "</attvalues>\n"
    }
}
