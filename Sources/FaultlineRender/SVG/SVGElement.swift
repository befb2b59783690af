/// A minimal XML tree of an SVG document, parsed with `XMLParser` and written back with
/// Faultline's own escaping, so the output is well-formed whatever Graphviz wrote.
///
/// Comments, processing instructions and the DOCTYPE are not kept; attribute order is
/// normalised (`id`, `class`, then by name) so the output is deterministic.
final class SVGElement {
    var name: String
    var attributes: [String: String]
    var children: [SVGContent] = []

    init(name: String, attributes: [String: String] = [:]) {
        self.name = name; self.attributes = attributes
    }

    /// Child elements (text nodes skipped).
    var elements: [SVGElement] {
        children.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }

    /// The concatenated text of direct text children.
    var text: String {
        children.reduce(into: "") { if case .text(let t) = $1 { $0 += t } }
    }

    /// Space-separated values of the `class` attribute.
    var classes: [Substring] { (attributes["class"] ?? "").split(separator: " ") }

    /// Visits this element and every descendant element, depth first, in document order.
    func forEach(_ body: (SVGElement) -> Void) {
        body(self)
        for case .element(let child) in children { child.forEach(body) }
    }

    /// The first descendant (not self) satisfying `predicate`, depth first.
    func first(where predicate: (SVGElement) -> Bool) -> SVGElement? {
        for case .element(let child) in children {
            if predicate(child) { return child }
            if let found = child.first(where: predicate) { return found }
        }
        return nil
    }

    /// Removes descendant elements satisfying `predicate` (with their content).
    func removeAll(where predicate: (SVGElement) -> Bool) {
        children.removeAll { if case .element(let e) = $0 { return predicate(e) } else { return false } }
        for case .element(let child) in children { child.removeAll(where: predicate) }
    }

    /// Writes the element as XML.
    func write(to out: inout String) {
        out += "<"
        out += name
        for key in SVGElement.orderedKeys(attributes) {
            out += " "
            out += key
            out += "=\""
            SVGElement.escapeAttribute(attributes[key]!, into: &out)
            out += "\""
        }
        if children.isEmpty {
            out += "/>"
            return
        }
        out += ">"
        for child in children {
            switch child {
            case .element(let element): element.write(to: &out)
            case .text(let text): SVGElement.escapeText(text, into: &out)
            }
        }
        out += "</"
        out += name
        out += ">"
    }

    static func orderedKeys(_ attributes: [String: String]) -> [String] {
        func rank(_ key: String) -> Int {
            switch key {
            case "id": return 0
            case "class": return 1
            case "xmlns": return 2
            default: return key.hasPrefix("xmlns:") ? 3 : 4
            }
        }
        return attributes.keys.sorted { (rank($0), $0) < (rank($1), $1) }
    }

    static func escapeText(_ text: String, into out: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: if SVGElement.isXMLChar(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
    }

    static func escapeAttribute(_ text: String, into out: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default: if SVGElement.isXMLChar(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
    }

    /// The XML 1.0 `Char` production.
    static func isXMLChar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}

/// A child of an element: an element or a run of character data.
enum SVGContent {
    case element(SVGElement)
    case text(String)
}
