import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Makes an SVG document safe to inline in the report, or refuses it.
///
/// The SVG is parsed with `XMLParser` (so it must be well-formed XML with an `<svg>`
/// root) and written out again from the parse, which drops the XML declaration, DOCTYPE,
/// comments and processing instructions and re-escapes all text. On the way it removes
/// what could run code or reach the network: elements outside an SVG drawing allow-list
/// (`script`, `foreignObject`, `iframe`, `animate`, `set` …, with their content), every
/// `on…` event attribute, `href`s other than in-document `#fragment`s (raster `data:`
/// images excepted), attribute values and style sheets that mention `javascript:`,
/// `@import`, `expression(` or a `url(…)` outside the document, and `xmlns` declarations
/// (inline SVG in HTML needs none). Ids are prefixed with the picture's name (and
/// `#id`/`url(#id)` references rewritten) so several Graphviz pictures, which all number
/// their elements `node1`, `graph0`…, can share a page. Attributes are written in name
/// order, so the result is deterministic.
struct ReportSVGSanitizer {
    enum Outcome: Equatable {
        /// The cleaned SVG and how many elements or attributes were removed.
        case accepted(svg: String, removed: Int)
        /// Why the picture was left out.
        case rejected(reason: String)
    }

    /// Elements a drawing needs (lower-cased local names). Graphviz emits a subset of these.
    static let allowedElements: Set<String> = [
        "svg", "g", "defs", "title", "desc", "style", "path", "polygon", "polyline", "ellipse", "circle",
        "rect", "line", "text", "tspan", "textpath", "a", "lineargradient", "radialgradient", "stop",
        "clippath", "marker", "symbol", "use", "pattern", "mask", "image",
    ]

    /// Deepest nesting accepted; deeper input is refused rather than risk the stack.
    static let maxDepth = 256

    let prefix: String

    init(prefix: String) {
        self.prefix = prefix
    }

    func sanitize(_ svg: String) -> Outcome {
        let builder = TreeBuilder()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = builder
        let ok = parser.parse()
        if let failure = builder.failure { return .rejected(reason: failure) }
        // FoundationXML's `parse()` can return true for a document libxml2 rejects (an
        // element left open, text after the root) and only set `parserError`; a picture
        // cut off part-way must be refused, not closed for it.
        guard ok, parser.parserError == nil, let root = builder.root else {
            let err = parser.parserError.map(ReportSVGSanitizer.describe) ?? "unknown error"
            return .rejected(reason: "not well-formed XML (line \(parser.lineNumber), column \(parser.columnNumber): \(err))")
        }
        guard builder.stack.isEmpty else {
            return .rejected(reason: "not well-formed XML: \(builder.stack.count) element(s) left open at the end (a truncated picture?)")
        }
        guard localName(root.name) == "svg" else {
            return .rejected(reason: "the root element is <\(root.name)>, not <svg>")
        }
        var ids = Set<String>()
        collectIDs(root, into: &ids)
        var removed = 0
        var out = ""
        write(root, ids: ids, removed: &removed, into: &out)
        return .accepted(svg: out, removed: removed)
    }

    /// "parser error 76" rather than Foundation's "The operation could not be completed"
    /// (the code is libxml2's on Linux, so it is not mapped to `XMLParser.ErrorCode` names).
    static func describe(_ error: Error) -> String {
        let ns = error as NSError
        return ns.domain == XMLParser.errorDomain ? "parser error \(ns.code)" : ns.localizedDescription
    }

    // MARK: - Writing

    private func write(_ node: Node, ids: Set<String>, removed: inout Int, into out: inout String) {
        let name = localName(node.name)
        guard Self.allowedElements.contains(name) else { removed += 1; return }
        if name == "style", !isSafeCSS(node.text) { removed += 1; return }
        var attributes: [(String, String)] = []
        for (key, raw) in node.attributes.sorted(by: { $0.key < $1.key }) {
            // Namespace declarations are not needed inline; dropping them is not a removal.
            if key == "xmlns" || key.hasPrefix("xmlns:") { continue }
            guard let value = cleanAttribute(key, raw, element: name, ids: ids) else { removed += 1; continue }
            attributes.append((key, value))
        }
        if name == "image", !attributes.contains(where: { $0.0 == "href" || $0.0 == "xlink:href" }) {
            removed += 1; return
        }
        out += "<" + ExportEscaping.xmlText(node.name)
        for (k, v) in attributes { out += " " + k + "=\"" + ExportEscaping.xmlAttribute(v) + "\"" }
        if node.children.isEmpty { out += "/>"; return }
        out += ">"
        for child in node.children {
            switch child {
            case .text(let t): out += ExportEscaping.xmlText(t)
            case .element(let e): write(e, ids: ids, removed: &removed, into: &out)
            }
        }
        out += "</" + node.name + ">"
    }

    /// The value to keep for an attribute, or nil to drop it.
    private func cleanAttribute(_ key: String, _ value: String, element: String, ids: Set<String>) -> String? {
        let lower = key.lowercased()
        guard !lower.hasPrefix("on"), isSafeName(key) else { return nil }
        if lower == "xmlns" || lower.hasPrefix("xmlns:") { return nil }
        if lower.contains(":"), !["xlink:href", "xlink:title", "xml:space", "xml:lang"].contains(lower) { return nil }
        let squeezed = squeeze(value)
        if Self.contains(squeezed, "javascript:") || Self.contains(squeezed, "vbscript:") { return nil }
        if lower == "href" || lower == "xlink:href" {
            if value.hasPrefix("#") { return "#" + renamed(String(value.dropFirst()), ids) }
            let rasters = ["data:image/png;base64,", "data:image/jpeg;base64,", "data:image/gif;base64,", "data:image/webp;base64,"]
            if element == "image", rasters.contains(where: { squeezed.hasPrefix($0) }) { return value }
            return nil
        }
        if lower == "id" { return renamed(value, ids) }
        if lower == "style" { return isSafeCSS(value) ? rewriteURLs(value, ids) : nil }
        // CSS function names ignore case (`URL(`); the squeezed value is lower-cased.
        if Self.contains(squeezed, "url(") { return isSafeCSS(value) ? rewriteURLs(value, ids) : nil }
        return value
    }

    private func renamed(_ id: String, _ ids: Set<String>) -> String {
        ids.contains(id) ? prefix + "-" + id : id
    }

    /// `url(#x)` → `url(#prefix-x)` for ids of this picture. Works on bytes, like the
    /// checks, and cuts only at ASCII bytes, so the pieces stay valid UTF-8.
    private func rewriteURLs(_ css: String, _ ids: Set<String>) -> String {
        let bytes = Array(css.utf8)
        let open = Array("url(#".utf8)
        var out: [UInt8] = []
        var k = 0
        while let r = Self.find(open, in: bytes, from: k) {
            out += bytes[k..<(r + open.count)]
            var end = r + open.count
            while end < bytes.count, ![0x29, 0x22, 0x27, 0x20].contains(bytes[end]) { end += 1 }  // ) " ' space
            out += renamed(String(decoding: bytes[(r + open.count)..<end], as: UTF8.self), ids).utf8
            k = end
        }
        out += bytes[k...]
        return String(decoding: out, as: UTF8.self)
    }

    /// CSS is safe when it loads nothing and runs nothing: no `@import`, no `expression(`,
    /// no `behavior`/`-moz-binding`, and every `url(` points into the document (`#…`).
    func isSafeCSS(_ css: String) -> Bool {
        let s = Array(squeeze(css).utf8)
        for bad in ["@import", "expression(", "javascript:", "vbscript:", "behavior:", "-moz-binding", "\\"]
        where Self.find(Array(bad.utf8), in: s, from: 0) != nil {
            return false
        }
        let open = Array("url(".utf8)
        var k = 0
        while let r = Self.find(open, in: s, from: k) {
            k = r + open.count
            while k < s.count, s[k] == 0x22 || s[k] == 0x27 { k += 1 }  // " '
            if k == s.count || s[k] != 0x23 { return false }  // #
        }
        return true
    }

    /// True when the UTF-8 bytes of `text` hold those of `needle`. `String.contains`
    /// compares characters: a combining mark after the colon of `javascript:` or the
    /// parenthesis of `url(` joins it into another character and hides the match.
    static func contains(_ text: String, _ needle: String) -> Bool {
        find(Array(needle.utf8), in: Array(text.utf8), from: 0) != nil
    }

    /// Offset of the first occurrence of `needle` in `bytes` at or after `from`.
    static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count, from <= bytes.count - needle.count else { return nil }
        var i = from
        while i <= bytes.count - needle.count {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// Lower-cased with whitespace and control characters removed, so `java\tscript:` and
    /// `URL ( x )` are seen for what browsers make of them. Compared byte by byte (`contains`).
    private func squeeze(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.lowercased().unicodeScalars where u.value > 0x20 && !(0x7F...0x9F).contains(u.value) { out.append(u) }
        return String(out)
    }

    private func isSafeName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { s in
            (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") || s == "-" || s == "_" || s == ":" || s == "."
        }
    }

    private func localName(_ qualified: String) -> String {
        (qualified.split(separator: ":").last.map(String.init) ?? qualified).lowercased()
    }

    private func collectIDs(_ node: Node, into ids: inout Set<String>) {
        if let id = node.attributes["id"] { ids.insert(id) }
        for case .element(let e) in node.children { collectIDs(e, into: &ids) }
    }

    // MARK: - Parsing into a tree

    final class Node {
        let name: String
        let attributes: [String: String]
        var children: [Child] = []
        init(name: String, attributes: [String: String]) { self.name = name; self.attributes = attributes }

        /// Concatenated text of direct text children (a `<style>` sheet).
        var text: String {
            children.reduce(into: "") { acc, c in if case .text(let t) = c { acc += t } }
        }
    }

    enum Child {
        case text(String)
        case element(Node)
    }

    final class TreeBuilder: NSObject, XMLParserDelegate {
        var root: Node?
        /// Elements open at this point of the parse: empty at the end of a whole document.
        var stack: [Node] = []
        var failure: String?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            guard failure == nil else { return }
            if stack.count >= ReportSVGSanitizer.maxDepth {
                failure = "elements nested deeper than \(ReportSVGSanitizer.maxDepth) levels"
                parser.abortParsing()
                return
            }
            let node = Node(name: elementName, attributes: attributeDict)
            if let parent = stack.last { parent.children.append(.element(node)) } else if root == nil { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            if !stack.isEmpty { stack.removeLast() }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            appendText(string)
        }

        // libxml2 may recover from some errors and still report success, so the first
        // error decides.
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            guard failure == nil else { return }
            failure = "not well-formed XML (line \(parser.lineNumber), column \(parser.columnNumber): \(ReportSVGSanitizer.describe(parseError)))"
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            appendText(String(decoding: CDATABlock, as: UTF8.self))
        }

        private func appendText(_ s: String) {
            guard let parent = stack.last else { return }
            if case .text(let t)? = parent.children.last {
                parent.children[parent.children.count - 1] = .text(t + s)
            } else {
                parent.children.append(.text(s))
            }
        }
    }
}
