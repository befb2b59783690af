import Foundation

/// Makes Graphviz's SVG publishable: well-formed, self-contained and inert.
///
/// Graphviz 2.43 can write SVG that is not well-formed XML (a raw `&` in `class` or `URL`,
/// entity-like text such as `&D;` kept raw in titles, `--` inside comments) and refers to
/// an external DTD. The processor
/// 1. repairs the text: drops the DOCTYPE and comments, escapes every `&` that does not
///    start a predefined or numeric XML reference, drops characters XML forbids;
/// 2. parses it with `XMLParser` into a tree (failure is a `RenderError`);
/// 3. removes anything active or external: `script` and `foreignObject` elements, `on…`
///    event attributes, links other than `#fragment` ones (unless allowed), and
///    `javascript:`/`data:` links always;
/// 4. copies each node's, edge's and cluster's tooltip into its `<title>` (what browsers
///    show on hover) and embeds a `<style>` element with the class styles;
/// 5. writes the tree back with its own escaping, so the result always parses.
public struct SVGPostProcessor: Sendable {
    /// CSS embedded in every SVG. Free of `<`, `>` and `&` so it means the same whether the
    /// SVG is read as XML or inlined into an HTML page.
    public var style: String
    /// Keep links to other documents (`http:` …); `#fragment` links are always kept and
    /// `javascript:`, `data:` and `vbscript:` links always removed.
    public var keepExternalLinks: Bool
    /// Start with `<?xml …?>`; turn off to inline the SVG in an HTML page.
    public var xmlDeclaration: Bool

    public init(style: String = SVGPostProcessor.defaultStyle, keepExternalLinks: Bool = false, xmlDeclaration: Bool = true) {
        self.style = style; self.keepExternalLinks = keepExternalLinks; self.xmlDeclaration = xmlDeclaration
    }

    /// The class styles of Faultline's pictures: hover and highlight emphasis, faded
    /// elements for filtering, marks for uncertain dates.
    public static let defaultStyle = """
        .node, .edge { cursor: default; }
        .node:hover polygon, .node:hover ellipse, .node:hover path { stroke-width: 2.5px; }
        .edge:hover path { stroke-width: 3px; }
        .highlight polygon, .highlight ellipse, .highlight path { stroke-width: 3px; }
        .faded { opacity: 0.15; }
        .uncertain text { font-style: italic; }
        .contradiction text { font-weight: bold; }
        """

    /// Processes SVG bytes (as written by `GraphvizRenderer`).
    ///
    /// - Parameter source: names the picture in error messages.
    /// - Throws: `RenderError` (stage `post-process`) when the text is not XML even after repair.
    public func process(_ svg: Data, source: String = "<svg>") throws -> Data {
        Data(try process(String(decoding: svg, as: UTF8.self), source: source).utf8)
    }

    /// Processes SVG text.
    public func process(_ svg: String, source: String = "<svg>") throws -> String {
        let repaired = SVGPostProcessor.repair(svg)
        let root: SVGElement
        switch SVGTreeParser.parse(Data(repaired.utf8)) {
        case .success(let element): root = element
        case .failure(let failure):
            throw RenderError(stage: .postProcess, source: source,
                              summary: "the SVG is not well-formed XML at line \(failure.line), column \(failure.column): \(failure.message)")
        }
        guard root.name == "svg" else {
            throw RenderError(stage: .postProcess, source: source, summary: "the root element is <\(root.name)>, not <svg>")
        }
        neutralise(root)
        copyTooltipsToTitles(root)
        embedStyle(in: root)
        var out = xmlDeclaration ? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n" : ""
        out.reserveCapacity(repaired.utf8.count + style.utf8.count + 64)
        root.write(to: &out)
        out += "\n"
        return out
    }

    // MARK: - Steps

    private static let activeElements: Set<String> = ["script", "foreignObject", "iframe", "object", "embed", "handler", "listener"]
    private static let linkAttributes = ["href", "xlink:href"]

    private func neutralise(_ root: SVGElement) {
        root.removeAll { SVGPostProcessor.activeElements.contains($0.name) || $0.name.hasSuffix(":script") }
        root.forEach { element in
            for key in element.attributes.keys where key.lowercased().hasPrefix("on") {
                element.attributes[key] = nil
            }
            for key in SVGPostProcessor.linkAttributes {
                guard let value = element.attributes[key] else { continue }
                if !isAllowedLink(value) { element.attributes[key] = nil }
            }
            if element.name == "a", element.attributes["target"] != nil, element.attributes["xlink:href"] == nil,
               element.attributes["href"] == nil {
                element.attributes["target"] = nil
            }
        }
    }

    private func isAllowedLink(_ value: String) -> Bool {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("#") { return true }
        guard keepExternalLinks else { return false }
        let scheme = trimmed.prefix { $0 != ":" && $0 != "/" && $0 != "?" && $0 != "#" }.lowercased()
        let compact = scheme.filter { !$0.isWhitespace && !$0.isNewline }
        return !(trimmed.contains(":") && ["javascript", "data", "vbscript"].contains(compact))
    }

    /// Browsers show an element's `<title>` child on hover; Graphviz puts the node *name*
    /// there and the tooltip on an inner `<a xlink:title>`.
    private func copyTooltipsToTitles(_ root: SVGElement) {
        root.forEach { group in
            guard group.name == "g",
                  group.classes.contains(where: { $0 == "node" || $0 == "edge" || $0 == "cluster" }),
                  let title = group.elements.first(where: { $0.name == "title" }),
                  let anchor = group.first(where: { $0.name == "a" && $0.attributes["xlink:title"] != nil }),
                  let tooltip = anchor.attributes["xlink:title"], !tooltip.isEmpty
            else { return }
            title.children = [.text(tooltip)]
        }
    }

    private func embedStyle(in root: SVGElement) {
        root.children.removeAll { if case .element(let e) = $0 { return e.name == "style" } else { return false } }
        guard !style.isEmpty else { return }
        let element = SVGElement(name: "style", attributes: ["type": "text/css"])
        element.children = [.text("\n" + style + "\n")]
        root.children.insert(contentsOf: [.text("\n"), .element(element)], at: 0)
    }

    // MARK: - Text repair

    /// Graphviz's text made parseable: no DOCTYPE, no comments, every `&` a valid reference,
    /// no `<` inside attribute values (Graphviz writes `URL` and `class` unescaped), no
    /// characters XML forbids. Works on UTF-8 bytes; invalid UTF-8 was already replaced.
    static func repair(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16)
        let n = bytes.count
        var i = 0
        var inTag = false
        var quote: UInt8? = nil            // the quote of the attribute value being read
        func starts(_ literal: String, at index: Int) -> Bool {
            var j = index
            for b in literal.utf8 {
                guard j < n, bytes[j] == b else { return false }
                j += 1
            }
            return true
        }
        func skip(past terminator: String, from index: Int) -> Int {
            var j = index
            while j < n, !starts(terminator, at: j) { j += 1 }
            return min(n, j + terminator.utf8.count)
        }
        while i < n {
            let b = bytes[i]
            if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D { i += 1; continue }
            // U+FFFE and U+FFFF (EF BF BE / EF BF BF) are not XML characters.
            if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF {
                i += 3
                continue
            }
            if b == UInt8(ascii: "&") {
                let length = referenceLength(bytes, at: i)
                if length > 0 {
                    out.append(contentsOf: bytes[i..<(i + length)])
                    i += length
                } else {
                    out.append(contentsOf: Array("&amp;".utf8))
                    i += 1
                }
                continue
            }
            if let q = quote {                              // inside an attribute value
                if b == q { quote = nil; out.append(b) } else if b == UInt8(ascii: "<") { out.append(contentsOf: Array("&lt;".utf8)) } else { out.append(b) }
                i += 1
                continue
            }
            if inTag {
                if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") { quote = b }
                if b == UInt8(ascii: ">") { inTag = false }
                out.append(b)
                i += 1
                continue
            }
            if b == UInt8(ascii: "<") {
                if starts("<!--", at: i) { i = skip(past: "-->", from: i + 4); continue }
                if starts("<!DOCTYPE", at: i) {
                    var j = i + 9
                    var bracket = 0
                    while j < n {
                        if bytes[j] == UInt8(ascii: "[") { bracket += 1 }
                        if bytes[j] == UInt8(ascii: "]") { bracket -= 1 }
                        if bytes[j] == UInt8(ascii: ">"), bracket <= 0 { break }
                        j += 1
                    }
                    i = min(n, j + 1)
                    continue
                }
                if starts("<![CDATA[", at: i) {
                    let end = skip(past: "]]>", from: i + 9)
                    out.append(contentsOf: bytes[i..<end])
                    i = end
                    continue
                }
                if starts("<?", at: i) {
                    let end = skip(past: "?>", from: i + 2)
                    out.append(contentsOf: bytes[i..<end])
                    i = end
                    continue
                }
                let next = i + 1 < n ? bytes[i + 1] : 0
                let startsName = next == UInt8(ascii: "/") || next == UInt8(ascii: "_") || next == UInt8(ascii: ":")
                    || (next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z")) || (next >= UInt8(ascii: "A") && next <= UInt8(ascii: "Z"))
                if startsName {
                    inTag = true
                    out.append(b)
                } else {
                    out.append(contentsOf: Array("&lt;".utf8))
                }
                i += 1
                continue
            }
            out.append(b)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Length of a well-formed reference at `i` (`&amp;`, `&#45;`, `&#x6C34;` …) that XML
    /// accepts without a DTD, or 0.
    static func referenceLength(_ bytes: [UInt8], at i: Int) -> Int {
        let n = bytes.count
        var j = i + 1
        if j < n, bytes[j] == UInt8(ascii: "#") {
            j += 1
            var hex = false
            if j < n, bytes[j] == UInt8(ascii: "x") { hex = true; j += 1 }
            var value: UInt32 = 0
            let digitsStart = j
            while j < n, j - digitsStart < 8 {
                let c = bytes[j]
                let digit: UInt32
                switch c {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(c - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: digit = UInt32(c - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: digit = UInt32(c - UInt8(ascii: "A") + 10)
                default: digit = UInt32.max
                }
                if digit == UInt32.max { break }
                value = value * (hex ? 16 : 10) + digit
                j += 1
            }
            guard j > digitsStart, j < n, bytes[j] == UInt8(ascii: ";"),
                  let scalar = Unicode.Scalar(value), SVGElement.isXMLChar(scalar) else { return 0 }
            return j - i + 1
        }
        for name in ["amp;", "lt;", "gt;", "quot;", "apos;"] {
            var k = 0
            var matched = true
            for b in name.utf8 {
                guard j + k < n, bytes[j + k] == b else { matched = false; break }
                k += 1
            }
            if matched { return 1 + k }
        }
        return 0
    }
}
