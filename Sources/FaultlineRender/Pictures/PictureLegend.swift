/// A legend drawn as one node with an HTML-like table: a swatch and a description per row.
struct PictureLegend {
    enum Swatch {
        /// A filled box in a colour.
        case fill(String)
        /// A short run of a glyph (line or mark) in a colour.
        case glyph(String, color: String)
    }

    var title: String
    var rows: [(swatch: Swatch, text: String)] = []

    init(title: String = "Legend") { self.title = title }

    mutating func add(_ swatch: Swatch, _ text: String) { rows.append((swatch, text)) }

    /// The quad colours of events.
    mutating func addQuads() {
        for quad in 1...4 {
            add(.fill(PicturePalette.quadFill(quad)), "\(PicturePalette.quadName(quad)) (quad \(quad))")
        }
    }

    /// Adds the legend node to `dot` under `id`.
    func add(to dot: inout DOTBuilder, id: String) {
        dot.node(id, ["shape": "plaintext", "style": "", "margin": "0", "label": .html(html()), "id": .text(id),
                      "class": "legend", "tooltip": .text(title)])
    }

    func html() -> String {
        var table = "<TABLE BORDER=\"1\" COLOR=\"\(PicturePalette.laneBorder)\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"3\" BGCOLOR=\"#FFFFFF\">"
        table += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>\(DOTEscaping.html(title))</B></TD></TR>"
        for row in rows {
            table += "<TR>"
            switch row.swatch {
            case .fill(let color):
                table += "<TD BGCOLOR=\"\(DOTEscaping.html(color))\" WIDTH=\"24\" HEIGHT=\"12\" FIXEDSIZE=\"TRUE\"></TD>"
            case .glyph(let glyph, let color):
                table += "<TD WIDTH=\"24\"><FONT COLOR=\"\(DOTEscaping.html(color))\">\(DOTEscaping.html(glyph))</FONT></TD>"
            }
            table += "<TD ALIGN=\"LEFT\">\(DOTEscaping.html(row.text))</TD></TR>"
        }
        return table + "</TABLE>"
    }
}
