/// A plain-text table with aligned columns, for terminals and golden files.
///
/// Widths count characters (grapheme clusters), so Vietnamese text in NFC aligns. Columns are
/// separated by two spaces; a dashed rule follows the header; trailing spaces are trimmed.
struct TextTable {
    enum Align { case left, right }

    let headers: [String]
    let align: [Align]
    var rows: [[String]] = []

    init(_ headers: [String], align: [Align]? = nil) {
        self.headers = headers
        self.align = align ?? Array(repeating: .left, count: headers.count)
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    func render() -> String {
        var widths = headers.map(\.count)
        for r in rows { for (i, cell) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) } }
        func line(_ cells: [String]) -> String {
            var out = ""
            for i in headers.indices {
                let cell = i < cells.count ? cells[i] : ""
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                if i > 0 { out += "  " }
                out += align[i] == .right ? pad + cell : cell + pad
            }
            while out.last == " " { out.removeLast() }
            return out
        }
        var lines = [line(headers), line(widths.map { String(repeating: "-", count: $0) })]
        lines += rows.map(line)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` on one line, cut to `width` characters with an ellipsis.
    static func snippet(_ text: String, width: Int) -> String {
        let flat = text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
        guard flat.count > width, width > 1 else { return flat }
        return String(flat.prefix(width - 1)) + "…"
    }

    /// A number with a fixed count of decimals, without Foundation's locale-dependent formatting.
    static func fixed(_ x: Double, _ decimals: Int) -> String {
        guard x.isFinite else { return "-" }
        guard abs(x) < 1e15 else { return String(x) }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let n = (abs(x) * scale).rounded()
        let whole = Int(n / scale)
        var frac = String(Int(n.truncatingRemainder(dividingBy: scale)))
        while frac.count < decimals { frac = "0" + frac }
        let sign = x < 0 && n != 0 ? "-" : ""
        return decimals == 0 ? sign + String(whole) : sign + String(whole) + "." + frac
    }
}
